// GET /api/open311/v2/services.xml: the service list (complaint categories).
import { listServices } from "@/lib/open311/georeport";
import { open311, XML_SHAPES } from "@/lib/open311/respond";

export const dynamic = "force-dynamic";

export function GET() {
  return open311(() => listServices(), { format: "xml", shape: XML_SHAPES.services });
}
