// GET /api/open311/v2/requests.json: published requests with filters; POST: file one (api_key).
import { createServiceRequest, listServiceRequests } from "@/lib/open311/georeport";
import { open311, paramsOf } from "@/lib/open311/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return open311(() => listServiceRequests(Object.fromEntries(new URL(request.url).searchParams)));
}

export async function POST(request: Request) {
  return open311(async () => createServiceRequest(await paramsOf(request), request.headers.get("idempotency-key")), 201);
}
