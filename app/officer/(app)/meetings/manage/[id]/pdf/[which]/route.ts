// GET /officer/meetings/manage/[id]/pdf/chart|cards: the seating chart or the name cards (桌签)
// as PDF, for the meeting's organisers.
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getOrganiserMeeting } from "@/lib/meetings/meeting-read";
import { nameCardsPdf, seatingChartPdf } from "@/lib/meetings/seating-pdf";
import { LabelFontError } from "@/lib/trace/render-label-pdf";

export async function GET(_request: Request, { params }: RouteContext<"/officer/meetings/manage/[id]/pdf/[which]">) {
  const { id, which } = await params;
  if (which !== "chart" && which !== "cards") return new Response("Not found", { status: 404 });
  try {
    const actor = await getActor();
    if (!actor) return new Response("请先登录。", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    const { meeting, participants } = await getOrganiserMeeting({ actor, meetingId: id });
    const data = { title: meeting.title, startAt: meeting.startAt, roomName: meeting.room.name, rostrumSeats: meeting.rostrumSeats, seatRows: meeting.seatRows, seatsPerRow: meeting.seatsPerRow, people: participants };
    const pdf = which === "chart" ? await seatingChartPdf(data) : await nameCardsPdf(data);
    const name = which === "chart" ? "座次图.pdf" : "桌签.pdf";
    return new Response(new Uint8Array(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="seating.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`, "Cache-Control": "private, no-store" },
    });
  } catch (err) {
    if (err instanceof LabelFontError) return new Response("服务器未安装打印所需的中文字体，请联系管理员。", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    if (isAppError(err)) return new Response(err.userMessage, { status: err.httpStatus, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw err;
  }
}
