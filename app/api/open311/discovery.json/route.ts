// GET /api/open311/discovery.json : GeoReport v2 service discovery.
import { open311Discovery } from "@/lib/open311/discovery";
import { open311, XML_SHAPES } from "@/lib/open311/respond";

export const dynamic = "force-dynamic";

export function GET() {
  return open311(async () => open311Discovery(), { format: "json", shape: XML_SHAPES.discovery });
}
