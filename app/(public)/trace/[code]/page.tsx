import type { Metadata } from "next";
import { headers } from "next/headers";
import { BatchDetails } from "@/components/trace/batch-details";
import { UnknownCodePanel } from "@/components/trace/unknown-code-panel";
import { NOT_FOUND_METADATA } from "@/components/layout/not-found-panel";
import { getBatchView } from "@/lib/trace/batch-view";
import { parseScannedCode } from "@/lib/trace/parse-scanned-code";
import { countLookup } from "@/lib/trace/record-scan";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { code } = await params;
  const parsed = parseScannedCode(code);
  const batch = parsed.kind === "traceCode" ? await getBatchView(parsed.code) : null;
  if (!batch) return { ...NOT_FOUND_METADATA, title: "未找到该追溯码" };
  return { title: `${batch.product.name} · 追溯信息`, robots: { index: false, follow: true } };
}

export default async function BatchTracePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const parsed = parseScannedCode(code);
  if (parsed.kind !== "traceCode") return <UnknownCodePanel code={code} reason={parsed.kind === "invalid" ? parsed.message : undefined} />;
  const batch = await getBatchView(parsed.code);
  if (!batch) return <UnknownCodePanel code={parsed.code} />;
  const h = await headers();
  const { stats, warning } = await countLookup({ batchId: batch.id, clientAddress: h.get("x-forwarded-for") ?? h.get("x-real-ip") });
  return <BatchDetails batch={batch} stats={stats} warning={warning} />;
}
