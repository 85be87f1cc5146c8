// GET /api/health: reports whether the database is reachable (200 when it is, 503 when not).
import { pingDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await pingDatabase();
  return Response.json(
    { status: db.ok ? "ok" : "error", database: db },
    { status: db.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
