// Bumps a batch's version inside the transaction that changes what its page shows, so a
// concurrent recall with a stale version gets CONFLICT (CONVENTIONS.md "Transactions").
import type { Tx } from "../db";
import { AppError } from "../errors";

export async function touchBatch(tx: Tx, batchId: string, expectedVersion?: number) {
  const { count } = await tx.batch.updateMany({
    where: { id: batchId, ...(expectedVersion ? { version: expectedVersion } : {}) },
    data: { version: { increment: 1 } },
  });
  if (count === 0) {
    const exists = await tx.batch.count({ where: { id: batchId } });
    if (!exists) throw new AppError("NOT_FOUND", "未找到该批次。");
    throw new AppError("CONFLICT", "该批次刚被其他人修改过，请刷新页面后再试。");
  }
}

/** As touchBatch, for changes a recalled batch must not get (new events, inspections): CONFLICT. */
export async function touchActiveBatch(tx: Tx, batchId: string) {
  const batch = await tx.batch.findUnique({ where: { id: batchId }, select: { status: true } });
  if (!batch) throw new AppError("NOT_FOUND", "未找到该批次。");
  if (batch.status === "RECALLED") throw new AppError("CONFLICT", "该批次已召回，不能再记录环节或检测结果。如召回原因已消除，请先解除召回。");
  await touchBatch(tx, batchId);
}
