// GET /officer/reports/ranking/export?year=2026: the year's ranking as CSV (reports.edit), audited.
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { exportReportRankingCsv } from "@/lib/reports/report-ranking";

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401 });
  const raw = new URL(request.url).searchParams.get("year") ?? "";
  const year = /^\d{4}$/.test(raw) ? Number(raw) : new Date().getFullYear();
  try {
    const csv = await exportReportRankingCsv({ actor, year });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(`信息报送排名-${year}.csv`)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (err) {
    if (isAppError(err)) return new Response(err.userMessage, { status: err.httpStatus });
    throw err;
  }
}
