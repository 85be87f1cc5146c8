// GET /api/meetings/calendar/[token]: an officer's private meeting calendar (text/calendar). The
// token is the credential (calendar apps cannot sign in); unknown or rotated tokens get 404.
import { renderCalendarFeed } from "@/lib/meetings/calendar-feed";

export async function GET(_request: Request, { params }: RouteContext<"/api/meetings/calendar/[token]">) {
  const { token } = await params;
  const body = await renderCalendarFeed({ token: token.replace(/\.ics$/, "") });
  if (body === null) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="meetings.ics"',
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
