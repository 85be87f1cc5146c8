// Records a harvest, packing, shipping or receiving step of a batch (EPCIS what/when/where/who).
import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { touchActiveBatch } from "./touch-batch";
import { ZRecordTraceEventInput } from "./trace.schema";

export async function recordTraceEvent({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  assertPermission(actor, "trace.write");
  const data = parseInput(ZRecordTraceEventInput, input);
  return prisma.$transaction(async (tx) => {
    await touchActiveBatch(tx, data.batchId);
    const event = await tx.traceEvent.create({ data });
    await writeAudit(tx, { actorId: actor.id, action: "trace.event_recorded", targetType: "Batch", targetId: data.batchId, details: { type: data.type, eventId: event.id } });
    return event;
  });
}
