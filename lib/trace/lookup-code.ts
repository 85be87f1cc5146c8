// Where a scanned or typed code leads: the batch page, the product page, or a message saying
// what to check. Used by the /trace form (works without JavaScript) and the photo fallback.
import "server-only";
import { getBatchView, resolveGtinLot } from "./batch-view";
import { parseScannedCode } from "./parse-scanned-code";

export type LookupResult = { kind: "redirect"; path: string } | { kind: "error"; message: string };

export async function lookupCode({ input }: { input: string }): Promise<LookupResult> {
  const parsed = parseScannedCode(input);
  if (parsed.kind === "invalid") return { kind: "error", message: parsed.message };
  if (parsed.kind === "traceCode") {
    const batch = await getBatchView(parsed.code);
    if (!batch) return { kind: "error", message: `没有找到追溯码 ${parsed.code}。请核对标签上的数字；如果数字无误，该产品可能未在本县登记，请谨慎购买。` };
    return { kind: "redirect", path: `/trace/${batch.traceCode}` };
  }
  const { gtin, lot } = parsed.link;
  const resolution = await resolveGtinLot(gtin, lot);
  switch (resolution.kind) {
    case "batch":
      return { kind: "redirect", path: `/trace/${resolution.batch.traceCode}` };
    case "product":
    case "gone":
      return { kind: "redirect", path: `/trace/product/${gtin}${lot ? `?lot=${encodeURIComponent(lot)}` : ""}` };
    case "unknown":
      return { kind: "error", message: `商品条码 ${gtin} 未在本县追溯系统登记。请确认是否扫描了本县农产品的追溯标签。` };
  }
}
