// GET /api/open311/v2/requests/{id}.json: one published request.
import { getServiceRequest } from "@/lib/open311/georeport";
import { formatNotSupported, open311, stripJson } from "@/lib/open311/respond";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = stripJson((await params).id);
  return id ? open311(() => getServiceRequest(id)) : formatNotSupported();
}
