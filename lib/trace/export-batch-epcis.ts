// GET EPCIS export of a batch's events (public: the same facts its consumer page shows).
import "server-only";
import { siteConfig } from "../site";
import { getBatchView } from "./batch-view";
import { buildEpcisDocument } from "./epcis";

export async function exportBatchEpcis({ traceCode }: { traceCode: string }) {
  const batch = await getBatchView(traceCode);
  if (!batch) return null;
  const origin = siteConfig().url.replace(/\/+$/, "");
  return buildEpcisDocument({
    // Without a GTIN the batch is identified by its own page, which is still a URI.
    digitalLink: batch.digitalLink?.split("?")[0] ?? `${origin}/trace/${batch.traceCode}`,
    extensionNamespace: `${origin}/ns/trace#`,
    quantity: batch.quantity,
    unit: batch.unit,
    harvestStart: batch.harvestStart,
    harvestEnd: batch.harvestEnd,
    expiresAt: batch.expiresAt,
    pageUrl: `${origin}/trace/${batch.traceCode}`,
    status: batch.status,
    recalledAt: batch.recalledAt,
    recallReason: batch.recallReason,
    certificates: batch.certificates,
    inspections: batch.inspections,
    events: batch.events,
  });
}
