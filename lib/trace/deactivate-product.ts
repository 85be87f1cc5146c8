// Withdraws a product: its Digital Link answers 410 Gone and its pages say it is withdrawn.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { enqueueSearchSync } from "../search/enqueue-search-sync";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZDeactivateProductInput } from "./trace.schema";

export async function deactivateProduct({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  assertPermission(actor, "trace.write");
  const data = parseInput(ZDeactivateProductInput, input);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({
      where: { id: data.productId, isActive: true },
      data: { isActive: false, deactivatedAt: new Date(), deactivationReason: data.reason },
    });
    if (count === 0) throw new AppError("CONFLICT", "该产品不存在或已停用。");
    await enqueueSearchSync(tx, [{ type: "product", id: data.productId }]);
    await writeAudit(tx, { actorId: actor.id, action: "trace.product_deactivated", targetType: "Product", targetId: data.productId, details: { reason: data.reason } });
  });
}
