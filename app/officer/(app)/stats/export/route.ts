// GET /officer/stats/export?from=&to=: the cases filed in the range as a CSV download (stats.view).
import { getActor } from "@/lib/auth/session";
import { exportComplaintsCsv } from "@/lib/complaints/export-complaints-csv";
import { toStatsRange, withRangeDefaults, ZStatsRangeInput } from "@/lib/complaints/complaint-stats.schema";
import { isAppError, userMessageOf } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const parsed = ZStatsRangeInput.safeParse(
    withRangeDefaults({ from: search.get("from") ?? undefined, to: search.get("to") ?? undefined, by: "week" }, new Date()),
  );
  if (!parsed.success) return text(422, parsed.error.issues.map((i) => i.message).join("；"));
  try {
    const { stream, filename } = await exportComplaintsCsv({ actor: await getActor(), range: toStatsRange(parsed.data) });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (err) {
    if (isAppError(err)) return text(err.httpStatus, err.userMessage);
    console.error(err);
    return text(500, userMessageOf(err));
  }
}

function text(status: number, body: string) {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
