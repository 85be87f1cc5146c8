// The text and codes printed on a batch's label.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertPermission, type Actor } from "../auth/actor";
import { isoDate } from "../format";
import { siteConfig } from "../site";
import { batchDigitalLink } from "./batch-view";
import type { LabelData } from "./render-label";

export async function getBatchLabel({ actor, batchId }: { actor: Actor | null; batchId: string }): Promise<LabelData> {
  assertPermission(actor, "trace.read");
  const batch = await prisma.batch.findUnique({ where: { id: batchId }, include: { product: { include: { producer: true } } } });
  if (!batch) throw new AppError("NOT_FOUND", "未找到该批次。");
  const origin = siteConfig().url.replace(/\/+$/, "");
  const harvest = batch.harvestEnd ?? batch.harvestStart;
  const dates = [harvest && `采收 ${isoDate(harvest)}`, batch.expiresAt && `保质期至 ${isoDate(batch.expiresAt)}`].filter(Boolean).join(" · ");
  return {
    // Products without a GTIN get a QR code of their trace page instead of a Digital Link.
    digitalLink: batchDigitalLink(batch, origin) ?? `${origin}/trace/${batch.traceCode}`,
    traceCode: batch.traceCode,
    productName: batch.product.name,
    producerName: batch.product.producer.name,
    origin: `${batch.product.producer.town}${batch.product.producer.village}`,
    dates,
  };
}
