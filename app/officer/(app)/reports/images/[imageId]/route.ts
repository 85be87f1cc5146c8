// GET /officer/reports/images/{imageId}: a report's image, to the office and the reporting unit.
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getReportImage } from "@/lib/reports/list-reports";

export async function GET(_request: Request, { params }: RouteContext<"/officer/reports/images/[imageId]">) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401 });
  const { imageId } = await params;
  try {
    const img = await getReportImage({ actor, imageId });
    return new Response(Buffer.from(img.data), { headers: { "Content-Type": img.mimeType, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });
  } catch (err) {
    if (isAppError(err)) return new Response(err.userMessage, { status: err.httpStatus });
    throw err;
  }
}
