// GET /attachments/[id]: an attachment of public content (editors may also fetch drafts'), with
// its checked content type and a download name.
import { getActor } from "@/lib/auth/session";
import { getContentAttachment } from "@/lib/content/content-attachments";
import { isAppError } from "@/lib/errors";

// PDFs and images open in the browser; Word and Excel files download.
const INLINE = new Set(["application/pdf", "image/jpeg", "image/png", "image/webp"]);

export async function GET(_request: Request, { params }: RouteContext<"/attachments/[id]">) {
  const { id } = await params;
  try {
    const actor = await getActor().catch(() => null);
    const file = await getContentAttachment({ actor, attachmentId: id });
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new Response(new Uint8Array(file.data), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.size),
        "Content-Disposition": `${INLINE.has(file.mimeType) ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        // A draft's file fetched by an editor must not be kept by a proxy and served to others.
        "Cache-Control": file.isPublic ? "public, max-age=300" : "private, no-store",
        ETag: `"${file.sha256}"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (err) {
    if (isAppError(err)) return new Response(err.userMessage, { status: err.httpStatus, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw err;
  }
}
