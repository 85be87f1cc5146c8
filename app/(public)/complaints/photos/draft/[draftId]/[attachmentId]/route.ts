// GET /complaints/photos/draft/[draftId]/[attachmentId]: a photo of an unfiled draft, for the
// check page. Needs both ids and the browser that saved the draft (its draft cookie); the type is
// the one sniffed from the content on upload.
import { getDraftPhoto } from "@/lib/complaints/complaint-drafts";
import { ownDraftId } from "../../../../client-key";

export async function GET(_request: Request, { params }: RouteContext<"/complaints/photos/draft/[draftId]/[attachmentId]">) {
  const { draftId, attachmentId } = await params;
  const photo = draftId === (await ownDraftId()) ? await getDraftPhoto({ draftId, attachmentId }) : null;
  if (!photo) return new Response("未找到该照片", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(photo.data), {
    headers: {
      "Content-Type": photo.mimeType,
      "Content-Disposition": "inline",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
