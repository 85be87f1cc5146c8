// Registers a batch: a random trace code, the harvest as a commissioning event (DESIGN.md: the
// EPCIS vocabulary has no harvesting step; AI 7007 carries the harvest date) and the producer's
// commitment certificate (承诺达标合格证), all in one transaction.
import "server-only";
import { prisma } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { generateTraceCode } from "./trace-code";
import { ZCreateBatchInput } from "./trace.schema";

export async function createBatch({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  assertPermission(actor, "trace.write");
  const data = parseInput(ZCreateBatchInput, input);
  const product = await prisma.product.findUnique({ where: { id: data.productId }, include: { producer: true } });
  if (!product) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { productId: "所选产品不存在" } });
  if (!product.isActive) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { productId: "该产品已停用，不能新增批次" } });
  const harvestDay = data.harvestEnd ?? data.harvestStart;
  for (let attempt = 0; ; attempt++) {
    const traceCode = generateTraceCode();
    try {
      return await prisma.$transaction(async (tx) => {
        const batch = await tx.batch.create({
          data: {
            productId: product.id,
            lot: data.lot,
            traceCode,
            harvestStart: data.harvestStart,
            harvestEnd: data.harvestEnd,
            packedAt: data.packedAt,
            expiresAt: data.expiresAt,
            quantity: data.quantity,
            unit: data.unit,
            originPlace: data.originPlace,
            events: {
              create: {
                type: "COMMISSIONING",
                // The day's end in Beijing time: the harvest is recorded once it is done.
                occurredAt: new Date(`${harvestDay.toISOString().slice(0, 10)}T18:00:00+08:00`),
                place: data.originPlace,
                actor: product.producer.name,
                note: "采收",
              },
            },
            certificates: {
              create: {
                type: "COMMITMENT",
                number: `CN-${traceCode}`,
                basis: data.commitmentBasis,
                issuer: product.producer.name,
                issuedAt: data.packedAt ?? harvestDay,
                producerId: product.producerId,
              },
            },
          },
        });
        await writeAudit(tx, { actorId: actor.id, action: "trace.batch_created", targetType: "Batch", targetId: batch.id, details: { lot: batch.lot, traceCode } });
        return batch;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // Either the lot exists for this product, or (one in ~10^10) the random code was taken.
      const clash = await prisma.batch.findUnique({ where: { productId_lot: { productId: product.id, lot: data.lot } } });
      if (clash) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { lot: "该产品已有相同批次号的批次" } });
      if (attempt >= 3) throw err;
    }
  }
}
