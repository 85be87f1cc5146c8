// GET /api/open311/v2/services/{code}.{json,xml}: a service definition.
import { getServiceDefinition } from "@/lib/open311/georeport";
import { formatNotSupported, open311, splitFormat, XML_SHAPES } from "@/lib/open311/respond";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const target = splitFormat((await params).code);
  return target ? open311(() => getServiceDefinition(target.id), { format: target.format, shape: XML_SHAPES.serviceDefinition }) : formatNotSupported();
}
