// GET /api/bench/constant : a fixed JSON answer, the framework's own ceiling for bench/trace.
export const dynamic = "force-dynamic";

const BODY = JSON.stringify({ ok: true, service: "county-portal" });

export function GET() {
  return new Response(BODY, { headers: { "Content-Type": "application/json" } });
}
