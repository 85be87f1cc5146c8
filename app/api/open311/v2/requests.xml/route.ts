// GET /api/open311/v2/requests.xml: published requests with filters; POST: file one (api_key).
import { createServiceRequest, listServiceRequests } from "@/lib/open311/georeport";
import { open311, paramsOf } from "@/lib/open311/respond";

export const dynamic = "force-dynamic";
const format = "xml";

export function GET(request: Request) {
  return open311(() => listServiceRequests(Object.fromEntries(new URL(request.url).searchParams)), { format });
}

export async function POST(request: Request) {
  // Reading the (bounded) body inside open311(): an oversized or unsafe body is the spec's error list.
  return open311(async () => createServiceRequest(await paramsOf(request), request.headers.get("idempotency-key")), { status: 201, format });
}
