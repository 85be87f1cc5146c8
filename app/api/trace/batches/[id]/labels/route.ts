// GET /api/trace/batches/{id}/labels?count=&size=&format=svg|pdf : the label print sheet as one SVG or PDF file (officers).
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getBatchLabel } from "@/lib/trace/get-batch-label";
import { LABEL_SIZES, labelSheetSvg, MAX_SHEET_LABELS, renderLabelSheet, type LabelSize } from "@/lib/trace/render-label";
import { LabelFontError, labelSheetPdf } from "@/lib/trace/render-label-pdf";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const url = new URL(request.url);
  const size = url.searchParams.get("size") ?? "70x37";
  const count = Number.parseInt(url.searchParams.get("count") ?? "24", 10);
  const format = url.searchParams.get("format") ?? "svg";
  if (!(size in LABEL_SIZES) || !(count >= 1 && count <= MAX_SHEET_LABELS) || !["svg", "pdf"].includes(format)) {
    return Response.json({ error: `size must be one of ${Object.keys(LABEL_SIZES).join(", ")}; count 1-${MAX_SHEET_LABELS}; format svg or pdf` }, { status: 422 });
  }
  try {
    const label = await getBatchLabel({ actor: await getActor(), batchId: (await params).id, forPrinting: true });
    const filename = `labels-${label.traceCode}-${count}.${format}`;
    const headers = { "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "private, no-store" };
    if (format === "pdf") {
      const pdf = await labelSheetPdf(label, { size: size as LabelSize, count });
      return new Response(new Uint8Array(pdf.buffer as ArrayBuffer, pdf.byteOffset, pdf.byteLength), { headers: { ...headers, "Content-Type": "application/pdf" } });
    }
    const svg = labelSheetSvg(renderLabelSheet(label, { size: size as LabelSize, count }));
    return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
  } catch (err) {
    if (isAppError(err)) return Response.json({ error: err.userMessage }, { status: err.httpStatus });
    if (err instanceof LabelFontError) {
      console.error(err.message);
      return new Response(err.message, { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw err;
  }
}
