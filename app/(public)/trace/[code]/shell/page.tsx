// The batch page as Next renders it, with the per-lookup slots empty: fetched by this server
// only (lib/trace/batch-page.ts caches it and fills the slots). Visitors are sent to /trace/{code}.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { BatchDetails } from "@/components/trace/batch-details";
import { UnknownCodePanel } from "@/components/trace/unknown-code-panel";
import { NOT_FOUND_METADATA } from "@/components/layout/not-found-panel";
import { SHELL_HEADER, shellToken } from "@/lib/trace/batch-page";
import { getBatchView, getProductView } from "@/lib/trace/batch-view";
import { WithdrawnProductPanel } from "@/components/trace/withdrawn-product-panel";
import { parseScannedCode } from "@/lib/trace/parse-scanned-code";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const code = (await params).code.replace(/%2F/gi, "/");
  const parsed = parseScannedCode(code);
  const batch = parsed.kind === "traceCode" ? await getBatchView(parsed.code) : null;
  if (!batch && (await withdrawnProduct(parsed))) return { title: "该产品已撤回", robots: { index: false, follow: true } };
  if (!batch) return { ...NOT_FOUND_METADATA, title: "未找到该追溯码" };
  return { title: `${batch.product.name} · 追溯信息`, robots: { index: false, follow: true } };
}

// Next keeps %2F encoded in a segment: the resolver passes Digital Link paths ("/01/…") here.
const decodeSlashes = (code: string) => code.replace(/%2F/gi, "/");

export default async function BatchTracePageShell({ params }: { params: Promise<{ code: string }> }) {
  const code = decodeSlashes((await params).code);
  if ((await headers()).get(SHELL_HEADER) !== shellToken()) redirect(`/trace/${encodeURIComponent(code)}`);
  const parsed = parseScannedCode(code);
  // The resolver's 410 for a withdrawn product's Digital Link renders here, in the portal's layout.
  const withdrawn = await withdrawnProduct(parsed);
  if (withdrawn) return <WithdrawnProductPanel product={withdrawn} />;
  if (parsed.kind !== "traceCode") return <UnknownCodePanel code={code} reason={parsed.kind === "invalid" ? parsed.message : undefined} />;
  const batch = await getBatchView(parsed.code);
  if (!batch) return <UnknownCodePanel code={parsed.code} />;
  return <BatchDetails batch={batch} />;
}

async function withdrawnProduct(parsed: ReturnType<typeof parseScannedCode>) {
  if (parsed.kind !== "digitalLink") return null;
  const product = await getProductView(parsed.link.gtin);
  return product && !product.isActive ? product : null;
}
