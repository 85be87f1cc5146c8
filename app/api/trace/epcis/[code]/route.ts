// GET /api/trace/epcis/{traceCode} : the batch's events as an EPCIS 2.0 JSON-LD document.
import { exportBatchEpcis } from "@/lib/trace/export-batch-epcis";
import { isValidTraceCode } from "@/lib/trace/trace-code";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const doc = isValidTraceCode(code) ? await exportBatchEpcis({ traceCode: code }) : null;
  if (!doc) return Response.json({ status: 404, title: "未找到该追溯码" }, { status: 404 });
  return Response.json(doc, {
    headers: { "Content-Type": "application/ld+json", "Content-Disposition": `inline; filename="epcis-${code}.jsonld"`, "Cache-Control": "no-cache" },
  });
}
