// Registers a producer (farm, cooperative or household) that trace labels will name.
import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZCreateProducerInput } from "./trace.schema";

export async function createProducer({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  assertPermission(actor, "trace.write");
  const data = parseInput(ZCreateProducerInput, input);
  return prisma.$transaction(async (tx) => {
    const producer = await tx.producer.create({ data });
    await writeAudit(tx, { actorId: actor.id, action: "trace.producer_created", targetType: "Producer", targetId: producer.id, details: { name: producer.name } });
    return producer;
  });
}
