// GET /api/open311/v2/tokens/{token}.{json,xml}: the request id a POST's token stands for.
import { getRequestIdForToken } from "@/lib/open311/georeport";
import { formatNotSupported, open311, splitFormat } from "@/lib/open311/respond";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const target = splitFormat((await params).id);
  return target ? open311(() => getRequestIdForToken(target.id), { format: target.format }) : formatNotSupported();
}
