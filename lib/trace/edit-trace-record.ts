// Audited corrections of producers, products and batches: a typo no longer stays forever. Each
// edit names the version the form showed (stale → CONFLICT, nothing written), and the audit row
// keeps every changed field's previous and new value ({ changes: { field: { from, to } } }), which
// the officer pages show as the record's history (list-record-history.ts). Consumers see the
// change at once (NOTIFY trace_changed empties the caches). A product's GTIN and a batch's lot
// are printed in its codes: they can be corrected (a typo at registration) only until a consumer
// has scanned one of its codes; after that the printed labels would point nowhere.
import "server-only";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { isUniqueViolation } from "../db-errors";
import { ZEditBatchInput, ZEditProducerInput, ZEditProductInput } from "./trace.schema";

type Changes = Record<string, { from: string | null; to: string | null }>;

const show = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

function diff(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [field, value] of Object.entries(after)) {
    const from = show(before[field]);
    const to = show(value);
    if (from !== to) changes[field] = { from, to };
  }
  return changes;
}

async function applyEdit(
  tx: Tx,
  options: { actor: Actor; kind: "Producer" | "Product" | "Batch"; id: string; expectedVersion: number; before: Record<string, unknown> | null; data: Record<string, unknown> },
  update: (data: Record<string, unknown>) => Promise<{ count: number }>,
) {
  if (!options.before) throw new AppError("NOT_FOUND", "未找到该记录。");
  const changes = diff(options.before, options.data);
  if (Object.keys(changes).length === 0) return { changed: 0 };
  const { count } = await update(Object.fromEntries(Object.keys(changes).map((k) => [k, options.data[k]])));
  if (count === 0) throw new AppError("CONFLICT", "该记录刚被其他人修改过，请刷新页面后再改。");
  await writeAudit(tx, { actorId: options.actor.id, action: `trace.${options.kind.toLowerCase()}_edited`, targetType: options.kind, targetId: options.id, details: { changes } });
  return { changed: Object.keys(changes).length };
}

export async function editProducer({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  assertPermission(actor, "trace.write");
  const { producerId, expectedVersion, ...data } = parseInput(ZEditProducerInput, input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.producer.findUnique({ where: { id: producerId } });
    return applyEdit(tx, { actor, kind: "Producer", id: producerId, expectedVersion, before, data }, (changed) =>
      tx.producer.updateMany({ where: { id: producerId, version: expectedVersion }, data: { ...changed, version: { increment: 1 } } }),
    );
  });
}

function fieldError(field: string, message: string): AppError {
  return new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { [field]: message } });
}

/** Runs an edit whose unique identifier (GTIN, lot) may collide with another record's. */
async function uniqueEdit<T>(field: string, message: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (isUniqueViolation(err)) throw fieldError(field, message);
    throw err;
  }
}

export async function editProduct({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  assertPermission(actor, "trace.write");
  const { productId, expectedVersion, ...data } = parseInput(ZEditProductInput, input);
  return uniqueEdit("gtin", "该商品条码已登记在另一个产品上", () =>
    prisma.$transaction(async (tx) => {
      const before = await tx.product.findUnique({ where: { id: productId } });
      if (before && before.gtin !== data.gtin && (await tx.scanLog.count({ where: { batch: { productId } } })) > 0) {
        throw fieldError("gtin", "该产品的二维码已被消费者扫描过，商品条码不能再改；确有错误请停用该产品后重新登记");
      }
      return applyEdit(tx, { actor, kind: "Product", id: productId, expectedVersion, before, data }, (changed) =>
        tx.product.updateMany({ where: { id: productId, version: expectedVersion }, data: { ...changed, version: { increment: 1 } } }),
      );
    }),
  );
}

export async function editBatch({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  assertPermission(actor, "trace.write");
  const { batchId, expectedVersion, ...data } = parseInput(ZEditBatchInput, input);
  return uniqueEdit("lot", "该产品已有这个批次号的批次", () =>
    prisma.$transaction(async (tx) => {
      const row = await tx.batch.findUnique({ where: { id: batchId } });
      if (row && row.lot !== data.lot && (await tx.scanLog.count({ where: { batchId } })) > 0) {
        throw fieldError("lot", "该批次的二维码已被消费者扫描过，批次号不能再改");
      }
      const before = row ? { ...row, quantity: row.quantity === null ? null : Number(row.quantity) } : null;
      const normalised = { ...data, quantity: data.quantity === null ? null : Number(data.quantity) };
      return applyEdit(tx, { actor, kind: "Batch", id: batchId, expectedVersion, before, data: normalised }, (changed) =>
        tx.batch.updateMany({ where: { id: batchId, version: expectedVersion }, data: { ...changed, ...("quantity" in changed ? { quantity: data.quantity } : {}), version: { increment: 1 } } }),
      );
    }),
  );
}
