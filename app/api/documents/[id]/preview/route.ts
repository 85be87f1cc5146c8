// GET /api/documents/[id]/preview: the unsealed GB/T 9704 layout of a document as PDF (review copy).
import { getActor } from "@/lib/auth/session";
import { previewDocumentPdf } from "@/lib/documents/seal-document";
import { isAppError } from "@/lib/errors";

export async function GET(_request: Request, { params }: RouteContext<"/api/documents/[id]/preview">) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401 });
  const { id } = await params;
  try {
    const { pdf, fileName } = await previewDocumentPdf({ actor, documentId: id });
    return new Response(new Uint8Array(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch (err) {
    if (isAppError(err)) return new Response(err.userMessage, { status: err.httpStatus });
    throw err;
  }
}
