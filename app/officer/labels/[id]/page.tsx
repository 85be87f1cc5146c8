// The A4 print sheet of a batch's labels, outside the officer layout so only labels print.
import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getBatchLabel } from "@/lib/trace/get-batch-label";
import { LABEL_SIZES, MAX_SHEET_LABELS, renderLabelSheet, type LabelSize } from "@/lib/trace/render-label";

export const metadata = { title: "打印标签", robots: { index: false } };

export default async function LabelSheetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ count?: string; size?: string }> }) {
  const { actor, allowed } = await requirePagePermission("trace.read");
  if (!allowed) return <Forbidden />;
  const [{ id }, query] = await Promise.all([params, searchParams]);
  let label;
  try {
    label = await getBatchLabel({ actor, batchId: id, forPrinting: true });
  } catch (e) {
    if (isAppError(e, "NOT_FOUND")) return <p className="p-6">未找到该批次。</p>;
    if (isAppError(e, "CONFLICT")) {
      return (
        <p role="alert" className="m-6 rounded border-l-4 border-accent-600 bg-red-50 p-4 font-semibold text-accent-700">
          {e.userMessage} <Link href={`/officer/trace/batches/${id}`} className="text-brand-600 underline">返回批次</Link>
        </p>
      );
    }
    throw e;
  }
  const size: LabelSize = query.size && query.size in LABEL_SIZES ? (query.size as LabelSize) : "70x37";
  const count = Math.min(MAX_SHEET_LABELS, Math.max(1, Number.parseInt(query.count ?? "24", 10) || 24));
  const sheet = renderLabelSheet(label, { size, count });
  const svgHref = `/api/trace/batches/${id}/labels?count=${count}&size=${size}`;
  return (
    <div className="bg-slate-200 print:bg-white">
      <style>{`@page { size: A4; margin: 0 } @media print { .sheet-page { margin: 0 !important; box-shadow: none !important; break-after: page; } }`}</style>
      <div className="flex flex-wrap items-center gap-4 bg-white p-4 print:hidden">
        <Link href={`/officer/trace/batches/${id}`} className="text-brand-600 underline">‹ 返回批次</Link>
        <h1 className="text-xl font-bold">
          标签打印：{label.productName}，{sheet.count} 枚，{LABEL_SIZES[size].label}，共 {sheet.pages.length} 页
        </h1>
        <p className="text-sm text-slate-600">用浏览器“打印”，纸张 A4、边距“无”、缩放 100%。</p>
        <a href={`${svgHref}&format=pdf`} download className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">下载 PDF</a>
        <a href={svgHref} download className="rounded border-2 border-slate-400 bg-white px-4 py-2 font-semibold">下载 SVG</a>
      </div>
      <svg width="0" height="0" style={{ position: "absolute" }} aria-hidden dangerouslySetInnerHTML={{ __html: `<defs>${sheet.defs}</defs>` }} />
      {sheet.pages.map((page, i) => (
        <div key={i} className="sheet-page mx-auto my-4 w-[210mm] bg-white shadow" data-testid="label-page" dangerouslySetInnerHTML={{ __html: page }} />
      ))}
    </div>
  );
}
