// GET /api/trace/linkset-context.jsonld : the JSON-LD context the resolver's Link header names.
import { CORS_HEADERS } from "@/lib/trace/resolve-digital-link";
import { LINKSET_CONTEXT } from "@/lib/trace/resolver-description";

export function GET() {
  return new Response(JSON.stringify(LINKSET_CONTEXT), { headers: { ...CORS_HEADERS, "Content-Type": "application/ld+json", "Cache-Control": "public, max-age=86400" } });
}
