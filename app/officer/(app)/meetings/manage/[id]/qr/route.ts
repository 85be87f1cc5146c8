// GET /officer/meetings/manage/[id]/qr: the meeting's check-in QR code (PNG, bwip-js), for its
// organisers to show on the screen or print at the door.
import { getActor } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { checkInUrl } from "@/lib/meetings/meeting-format";
import { getOrganiserMeeting } from "@/lib/meetings/meeting-read";
import { barcodePng } from "@/lib/trace/render-barcode";

export async function GET(_request: Request, { params }: RouteContext<"/officer/meetings/manage/[id]/qr">) {
  const { id } = await params;
  try {
    const actor = await getActor();
    if (!actor) return new Response("请先登录。", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    const { meeting } = await getOrganiserMeeting({ actor, meetingId: id });
    const png = await barcodePng("qrcode", checkInUrl(getEnv().SITE_URL, meeting.checkinToken), 6);
    return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Cache-Control": "private, no-store" } });
  } catch (err) {
    if (isAppError(err)) return new Response(err.userMessage, { status: err.httpStatus, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw err;
  }
}
