// GET /officer/vehicles/stats/export?month=YYYY-MM: the month's vehicle statistics as CSV (vehicles.approve).
import { getActor } from "@/lib/auth/session";
import { assertPermission } from "@/lib/auth/actor";
import { isAppError, userMessageOf } from "@/lib/errors";
import { exportVehicleStatsCsv } from "@/lib/vehicles/vehicle-stats";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const month = new URL(request.url).searchParams.get("month") ?? "";
  try {
    const actor = await getActor();
    assertPermission(actor, "vehicles.approve");
    const { body, filename } = await exportVehicleStatsCsv({ actor, month });
    return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" } });
  } catch (err) {
    const status = isAppError(err) ? err.httpStatus : 500;
    if (!isAppError(err)) console.error(err);
    const text = isAppError(err, "VALIDATION") ? Object.values(err.fieldErrors ?? {}).join("；") || err.userMessage : userMessageOf(err);
    return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
}
