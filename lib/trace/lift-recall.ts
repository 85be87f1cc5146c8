// Lifts a batch's recall (a recall made in error, or a re-test that passed), with a reason. The
// recall itself stays in the history: the audit row keeps when it was recalled, why, and why it
// was lifted (shown on the officer batch page). Consumers stop seeing the red banner at once
// (NOTIFY trace_changed empties every instance's cache, as for the recall).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZLiftRecallInput } from "./trace.schema";

export async function liftRecall({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  assertPermission(actor, "trace.write");
  const data = parseInput(ZLiftRecallInput, input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.batch.findUnique({ where: { id: data.batchId }, select: { status: true, recallReason: true, recalledAt: true } });
    if (!before) throw new AppError("NOT_FOUND", "未找到该批次。");
    if (before.status !== "RECALLED") throw new AppError("CONFLICT", "该批次没有召回，无需解除。");
    const { count } = await tx.batch.updateMany({
      where: { id: data.batchId, version: data.expectedVersion, status: "RECALLED" },
      data: { status: "ACTIVE", recallReason: null, recalledAt: null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "该批次刚被其他人修改过，请刷新页面后再试。");
    await writeAudit(tx, {
      actorId: actor.id,
      action: "trace.recall_lifted",
      targetType: "Batch",
      targetId: data.batchId,
      details: { reason: data.reason, recalledAt: before.recalledAt?.toISOString() ?? null, recallReason: before.recallReason },
    });
  });
}
