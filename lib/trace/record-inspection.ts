// Records a test result (e.g. pesticide residue pass/fail with agency and date) as an
// inspecting event with its inspection row, in one transaction.
import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { touchActiveBatch } from "./touch-batch";
import { ZRecordInspectionInput } from "./trace.schema";

export async function recordInspection({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  assertPermission(actor, "trace.write");
  const data = parseInput(ZRecordInspectionInput, input);
  return prisma.$transaction(async (tx) => {
    await touchActiveBatch(tx, data.batchId);
    const event = await tx.traceEvent.create({
      data: { batchId: data.batchId, type: "INSPECTING", occurredAt: data.inspectedAt, place: data.agency, actor: data.agency, note: data.item },
    });
    const inspection = await tx.inspection.create({ data: { ...data, eventId: event.id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "trace.inspection_recorded",
      targetType: "Batch",
      targetId: data.batchId,
      details: { item: data.item, result: data.result, agency: data.agency },
    });
    return inspection;
  });
}
