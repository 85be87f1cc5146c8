// Recalls a batch with a reason. The consumer page shows the red banner at once: the update
// fires NOTIFY trace_changed (migration trigger), which empties every instance's cache.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZRecallBatchInput } from "./trace.schema";

export async function recallBatch({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  assertPermission(actor, "trace.write");
  const data = parseInput(ZRecallBatchInput, input);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.batch.updateMany({
      where: { id: data.batchId, version: data.expectedVersion, status: "ACTIVE" },
      data: { status: "RECALLED", recallReason: data.reason, recalledAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) {
      const batch = await tx.batch.findUnique({ where: { id: data.batchId } });
      if (!batch) throw new AppError("NOT_FOUND", "未找到该批次。");
      if (batch.status === "RECALLED") throw new AppError("CONFLICT", "该批次已经召回。");
      throw new AppError("CONFLICT", "该批次刚被其他人修改过，请刷新页面后再试。");
    }
    await writeAudit(tx, { actorId: actor.id, action: "trace.batch_recalled", targetType: "Batch", targetId: data.batchId, details: { reason: data.reason } });
  });
}
