// GET /api/open311/v2/requests/{id}.{json,xml}: one published request.
import { getServiceRequest } from "@/lib/open311/georeport";
import { formatNotSupported, open311, splitFormat } from "@/lib/open311/respond";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const target = splitFormat((await params).id);
  return target ? open311(() => getServiceRequest(target.id), { format: target.format }) : formatNotSupported();
}
