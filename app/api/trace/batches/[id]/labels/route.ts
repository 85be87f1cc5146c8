// GET /api/trace/batches/{id}/labels?count=&size= : the label sheet as one SVG file (officers).
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getBatchLabel } from "@/lib/trace/get-batch-label";
import { LABEL_SIZES, labelSheetSvg, MAX_SHEET_LABELS, renderLabelSheet, type LabelSize } from "@/lib/trace/render-label";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const url = new URL(request.url);
  const size = url.searchParams.get("size") ?? "70x37";
  const count = Number.parseInt(url.searchParams.get("count") ?? "24", 10);
  if (!(size in LABEL_SIZES) || !(count >= 1 && count <= MAX_SHEET_LABELS)) {
    return Response.json({ error: `size must be one of ${Object.keys(LABEL_SIZES).join(", ")}; count 1-${MAX_SHEET_LABELS}` }, { status: 422 });
  }
  try {
    const label = await getBatchLabel({ actor: await getActor(), batchId: (await params).id });
    const svg = labelSheetSvg(renderLabelSheet(label, { size: size as LabelSize, count }));
    return new Response(svg, {
      headers: {
        "Content-Type": "image/svg+xml; charset=utf-8",
        "Content-Disposition": `attachment; filename="labels-${label.traceCode}-${count}.svg"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (err) {
    if (isAppError(err)) return Response.json({ error: err.userMessage }, { status: err.httpStatus });
    throw err;
  }
}
