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
