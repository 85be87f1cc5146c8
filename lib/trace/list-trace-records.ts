// What trace operators read: producers with their products, a product with its batches, a
// batch with everything recorded on it. Each checks trace.read.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertPermission, type Actor } from "../auth/actor";

export async function listProducers({ actor }: { actor: Actor }) {
  assertPermission(actor, "trace.read");
  return prisma.producer.findMany({
    orderBy: { createdAt: "asc" },
    include: { products: { orderBy: { createdAt: "asc" }, include: { _count: { select: { batches: true } } } } },
  });
}

export async function listRecentBatches({ actor, take = 20 }: { actor: Actor; take?: number }) {
  assertPermission(actor, "trace.read");
  return prisma.batch.findMany({ orderBy: { createdAt: "desc" }, take, include: { product: { select: { name: true } } } });
}

export async function getProducerRecord({ actor, producerId }: { actor: Actor; producerId: string }) {
  assertPermission(actor, "trace.read");
  const producer = await prisma.producer.findUnique({ where: { id: producerId }, include: { products: { orderBy: { createdAt: "asc" } } } });
  if (!producer) throw new AppError("NOT_FOUND", "未找到该生产主体。");
  return producer;
}

export async function getProductRecord({ actor, productId }: { actor: Actor; productId: string }) {
  assertPermission(actor, "trace.read");
  const product = await prisma.product.findUnique({
    where: { id: productId },
    include: { producer: true, batches: { orderBy: { createdAt: "desc" } } },
  });
  if (!product) throw new AppError("NOT_FOUND", "未找到该产品。");
  return product;
}

export async function getBatchRecord({ actor, batchId }: { actor: Actor; batchId: string }) {
  assertPermission(actor, "trace.read");
  const batch = await prisma.batch.findUnique({
    where: { id: batchId },
    include: {
      product: { include: { producer: true } },
      events: { orderBy: { occurredAt: "asc" } },
      inspections: { orderBy: { inspectedAt: "asc" } },
      certificates: { orderBy: { issuedAt: "asc" } },
      _count: { select: { scans: true } },
    },
  });
  if (!batch) throw new AppError("NOT_FOUND", "未找到该批次。");
  return batch;
}
