// GET /.well-known/gs1resolver : the GS1 resolver description file (lib/trace/resolver-description.ts).
import { CORS_HEADERS } from "@/lib/trace/resolve-digital-link";
import { resolverDescription } from "@/lib/trace/resolver-description";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(resolverDescription(), { headers: { ...CORS_HEADERS, "Cache-Control": "public, max-age=3600" } });
}
