// GET /officer/audit/export?who=&action=&from=&to=&target=: the filtered audit log as CSV (audit.view).
import { exportAuditCsv } from "@/lib/audit/list-audit-log";
import { getActor } from "@/lib/auth/session";
import { isAppError, userMessageOf } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const filters = Object.fromEntries(new URL(request.url).searchParams);
  try {
    const { stream, filename } = await exportAuditCsv({ actor: await getActor(), filters });
    return new Response(stream, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
    });
  } catch (err) {
    const status = isAppError(err) ? err.httpStatus : 500;
    if (!isAppError(err)) console.error(err);
    return new Response(isAppError(err) ? err.userMessage : userMessageOf(err), { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
}
