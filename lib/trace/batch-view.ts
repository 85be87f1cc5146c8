// What consumers see for a batch or a product, read through the cache (trace-cache.ts). Views
// are plain data, so a cached copy can be shared by concurrent requests.
import "server-only";
import { prisma } from "../db";
import { siteConfig } from "../site";
import { cachedTrace } from "./trace-cache";
import { buildDigitalLink } from "./digital-link";
import { formatGs1Date } from "./gs1-element-string";

const batchInclude = {
  product: { include: { producer: true } },
  events: { orderBy: { occurredAt: "asc" as const }, include: { inspections: true } },
  inspections: { orderBy: { inspectedAt: "asc" as const } },
  certificates: { orderBy: { issuedAt: "asc" as const } },
};

type BatchRow = NonNullable<Awaited<ReturnType<typeof loadBatchRow>>>;

function loadBatchRow(where: { traceCode: string } | { productId_lot: { productId: string; lot: string } }) {
  return prisma.batch.findUnique({ where, include: batchInclude });
}

/** The batch's Digital Link: GTIN + lot, with the dates as data attributes. */
export function batchDigitalLink(batch: { lot: string; packedAt: Date | null; expiresAt: Date | null; product: { gtin: string | null } }, origin = siteConfig().url): string | null {
  if (!batch.product.gtin) return null;
  return buildDigitalLink(origin, {
    gtin: batch.product.gtin,
    lot: batch.lot,
    ...(batch.packedAt ? { packingDate: formatGs1Date(batch.packedAt) } : {}),
    ...(batch.expiresAt ? { expiryDate: formatGs1Date(batch.expiresAt) } : {}),
  });
}

function toView(b: BatchRow) {
  const p = b.product;
  return {
    id: b.id,
    version: b.version,
    traceCode: b.traceCode,
    lot: b.lot,
    status: b.status,
    recallReason: b.recallReason,
    recalledAt: b.recalledAt,
    harvestStart: b.harvestStart,
    harvestEnd: b.harvestEnd,
    packedAt: b.packedAt,
    expiresAt: b.expiresAt,
    quantity: b.quantity === null ? null : Number(b.quantity),
    unit: b.unit,
    originPlace: b.originPlace,
    digitalLink: batchDigitalLink(b),
    product: { id: p.id, name: p.name, gtin: p.gtin, category: p.category, isActive: p.isActive, deactivationReason: p.deactivationReason },
    producer: {
      name: p.producer.name,
      kind: p.producer.kind,
      town: p.producer.town,
      village: p.producer.village,
      contactName: p.producer.contactName,
      phone: p.producer.phone,
      commitment: p.producer.commitment,
    },
    events: b.events.map((e) => ({
      id: e.id,
      type: e.type,
      occurredAt: e.occurredAt,
      place: e.place,
      actor: e.actor,
      note: e.note,
      inspections: e.inspections.map((i) => ({ id: i.id, item: i.item, result: i.result, value: i.value, agency: i.agency, reportNo: i.reportNo, inspectedAt: i.inspectedAt })),
    })),
    inspections: b.inspections.map((i) => ({ id: i.id, item: i.item, result: i.result, value: i.value, agency: i.agency, reportNo: i.reportNo, inspectedAt: i.inspectedAt })),
    certificates: b.certificates.map((c) => ({ id: c.id, type: c.type, number: c.number, basis: c.basis, issuer: c.issuer, issuedAt: c.issuedAt, validUntil: c.validUntil })),
  };
}

export type BatchView = ReturnType<typeof toView>;

export function getBatchView(traceCode: string): Promise<BatchView | null> {
  return cachedTrace(`batch:${traceCode}`, async () => {
    const row = await loadBatchRow({ traceCode });
    return row ? toView(row) : null;
  });
}

export async function getProductView(gtin14: string) {
  return cachedTrace(`product:${gtin14}`, async () => {
    const product = await prisma.product.findUnique({
      where: { gtin: gtin14 },
      include: { producer: true, batches: { orderBy: { createdAt: "desc" }, take: 10, select: { traceCode: true, lot: true, status: true, packedAt: true } } },
    });
    if (!product) return null;
    return {
      id: product.id,
      name: product.name,
      gtin: gtin14,
      category: product.category,
      isActive: product.isActive,
      deactivatedAt: product.deactivatedAt,
      deactivationReason: product.deactivationReason,
      producer: { name: product.producer.name, town: product.producer.town, village: product.producer.village, commitment: product.producer.commitment },
      batches: product.batches,
    };
  });
}

export type ProductView = NonNullable<Awaited<ReturnType<typeof getProductView>>>;

export type Resolution =
  | { kind: "batch"; batch: BatchView; product: ProductView }
  | { kind: "product"; product: ProductView; unknownLot: string | null }
  | { kind: "gone"; product: ProductView }
  | { kind: "unknown" };

/**
 * The GS1 resolver's decision for /01/{gtin}[/10/{lot}]: a withdrawn product is gone (410);
 * a known lot is its batch; an unknown lot of a known product falls back to the product.
 */
export async function resolveGtinLot(gtin14: string, lot: string | undefined): Promise<Resolution> {
  const product = await getProductView(gtin14);
  if (!product) return { kind: "unknown" };
  if (!product.isActive) return { kind: "gone", product };
  if (lot === undefined) return { kind: "product", product, unknownLot: null };
  const traceCode = await cachedTrace(`lot:${gtin14}:${lot}`, async () => {
    const row = await prisma.batch.findUnique({ where: { productId_lot: { productId: product.id, lot } }, select: { traceCode: true } });
    return row?.traceCode ?? null;
  });
  const batch = traceCode ? await getBatchView(traceCode) : null;
  return batch ? { kind: "batch", batch, product } : { kind: "product", product, unknownLot: lot };
}
