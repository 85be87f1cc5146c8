// GET /api/documents/files/[id]: a document's attachment, sealed PDF or incoming scan, for officers who may read it.
import { getActor } from "@/lib/auth/session";
import { getDocumentFile } from "@/lib/documents/document-files";
import { isAppError } from "@/lib/errors";

export async function GET(_request: Request, { params }: RouteContext<"/api/documents/files/[id]">) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401 });
  const { id } = await params;
  try {
    const file = await getDocumentFile({ actor, fileId: id });
    return new Response(new Uint8Array(file.data), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `${file.mimeType === "application/pdf" || file.mimeType.startsWith("image/") ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (err) {
    if (isAppError(err)) return new Response(err.userMessage, { status: err.httpStatus });
    throw err;
  }
}
