// GET /api/open311/v2/tokens/{token}.json: the request id a POST's token stands for.
import { getRequestIdForToken } from "@/lib/open311/georeport";
import { formatNotSupported, open311, stripJson } from "@/lib/open311/respond";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const token = stripJson((await params).id);
  return token ? open311(() => getRequestIdForToken(token)) : formatNotSupported();
}
