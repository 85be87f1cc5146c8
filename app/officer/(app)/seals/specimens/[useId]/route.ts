// GET /officer/seals/specimens/{sealUseId}: the kept PDF of a seal specimen (样张), for the unit's
// seal keeper and admins.
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getSpecimenPdf } from "@/lib/seals/list-seals";

export async function GET(_request: Request, { params }: RouteContext<"/officer/seals/specimens/[useId]">) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  try {
    const { pdf, fileName } = await getSpecimenPdf({ actor, sealUseId: (await params).useId });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    if (isAppError(err)) return new Response(err.userMessage, { status: err.httpStatus, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw err;
  }
}
