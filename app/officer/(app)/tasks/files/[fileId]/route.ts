// GET /officer/tasks/files/{fileId}: a task's attachment or evidence, to officers who may see the task.
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getTaskFile } from "@/lib/tasks/list-tasks";

export async function GET(_request: Request, { params }: RouteContext<"/officer/tasks/files/[fileId]">) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401 });
  const { fileId } = await params;
  try {
    const f = await getTaskFile({ actor, fileId });
    const inline = f.mimeType.startsWith("image/") || f.mimeType === "application/pdf";
    return new Response(Buffer.from(f.data), {
      headers: {
        "Content-Type": f.mimeType,
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(f.name)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (err) {
    if (isAppError(err)) return new Response(err.userMessage, { status: err.httpStatus });
    throw err;
  }
}
