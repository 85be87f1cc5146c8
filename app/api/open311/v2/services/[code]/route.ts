// GET /api/open311/v2/services/{code}.json: a service definition.
import { getServiceDefinition } from "@/lib/open311/georeport";
import { formatNotSupported, open311, stripJson } from "@/lib/open311/respond";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const code = stripJson((await params).code);
  return code ? open311(() => getServiceDefinition(code)) : formatNotSupported();
}
