// The text and codes printed on a batch's label.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertPermission, type Actor } from "../auth/actor";
import { isoDate } from "../format";
import { siteConfig } from "../site";
import { batchDigitalLink } from "./batch-view";
import type { LabelData } from "./render-label";

/**
 * The label of a batch. `forPrinting` refuses a recalled batch (CONFLICT): its produce must not
 * be labelled again; the preview on the batch page still shows it.
 */
export async function getBatchLabel({ actor, batchId, forPrinting = false }: { actor: Actor | null; batchId: string; forPrinting?: boolean }): Promise<LabelData> {
  assertPermission(actor, "trace.read");
  const batch = await prisma.batch.findUnique({ where: { id: batchId }, include: { product: { include: { producer: true } } } });
  if (!batch) throw new AppError("NOT_FOUND", "未找到该批次。");
  if (forPrinting && batch.status === "RECALLED") throw new AppError("CONFLICT", "该批次已召回，不能再打印标签。");
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
