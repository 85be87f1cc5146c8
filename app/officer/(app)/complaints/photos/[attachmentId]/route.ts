// GET /officer/complaints/photos/[attachmentId]: a case photo, for officers who may see the case.
import { getActor } from "@/lib/auth/session";
import { getComplaintPhoto } from "@/lib/complaints/get-complaint-case";
import { isAppError } from "@/lib/errors";

export async function GET(_request: Request, { params }: RouteContext<"/officer/complaints/photos/[attachmentId]">) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401 });
  const { attachmentId } = await params;
  try {
    const photo = await getComplaintPhoto({ actor, attachmentId });
    return new Response(new Uint8Array(photo.data), {
      headers: {
        "Content-Type": photo.mimeType,
        "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(photo.fileName)}`,
        // Citizens' photos: never in a shared cache.
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (err) {
    if (isAppError(err)) return new Response(err.userMessage, { status: err.httpStatus });
    throw err;
  }
}
