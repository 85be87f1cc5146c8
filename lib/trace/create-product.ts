// Adds a product to a producer; its GTIN (when it has one) is stored as GTIN-14.
import "server-only";
import { prisma } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { enqueueSearchSync } from "../search/enqueue-search-sync";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZCreateProductInput } from "./trace.schema";

export async function createProduct({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  assertPermission(actor, "trace.write");
  const data = parseInput(ZCreateProductInput, input);
  const producer = await prisma.producer.findUnique({ where: { id: data.producerId } });
  if (!producer) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { producerId: "所选生产主体不存在" } });
  try {
    return await prisma.$transaction(async (tx) => {
      const product = await tx.product.create({ data });
      await enqueueSearchSync(tx, [{ type: "product", id: product.id }]);
      await writeAudit(tx, { actorId: actor.id, action: "trace.product_created", targetType: "Product", targetId: product.id, details: { name: product.name, gtin: product.gtin } });
      return product;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { gtin: "该商品条码已登记在其他产品下" } });
    throw err;
  }
}
