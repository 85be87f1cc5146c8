// Attaches a certificate to a batch: the commitment certificate (承诺达标合格证, with its basis)
// or a green-food, organic or geographical-indication mark with its number and validity.
import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { touchBatch } from "./touch-batch";
import { ZAddCertificateInput } from "./trace.schema";
import type { CommitmentBasis } from "@/generated/prisma/enums";

export async function addCertificate({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  assertPermission(actor, "trace.write");
  const data = parseInput(ZAddCertificateInput, input);
  return prisma.$transaction(async (tx) => {
    await touchBatch(tx, data.batchId);
    const certificate = await tx.certificate.create({ data: { ...data, basis: data.basis as CommitmentBasis | null } });
    await writeAudit(tx, { actorId: actor.id, action: "trace.certificate_added", targetType: "Batch", targetId: data.batchId, details: { type: data.type, number: data.number } });
    return certificate;
  });
}
