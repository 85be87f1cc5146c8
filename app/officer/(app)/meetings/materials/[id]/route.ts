// GET /officer/meetings/materials/[id]: a meeting material, for the meeting's participants and
// organisers only (never cached by shared caches). PDFs and images open on the phone.
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getMeetingMaterial } from "@/lib/meetings/meeting-materials";

const INLINE = new Set(["application/pdf", "image/jpeg", "image/png", "image/webp"]);

export async function GET(_request: Request, { params }: RouteContext<"/officer/meetings/materials/[id]">) {
  const { id } = await params;
  try {
    const file = await getMeetingMaterial({ actor: await getActor(), materialId: id });
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new Response(new Uint8Array(file.data), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.size),
        "Content-Disposition": `${INLINE.has(file.mimeType) ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (err) {
    if (isAppError(err)) return new Response(err.userMessage, { status: err.httpStatus, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw err;
  }
}
