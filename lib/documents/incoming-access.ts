// Who may read an incoming document (收文): the receiving unit's clerks and document managers,
// the leader asked to decide, the handling unit, and the leaders it circulates to.
import "server-only";
import { can, type Actor } from "../auth/actor";
import type { Tx } from "../db";
import { AppError } from "../errors";

export async function loadViewableIncoming(db: Tx, actor: Actor, incomingId: string) {
  const row = await db.incomingDocument.findUnique({ where: { id: incomingId } });
  if (!row) throw new AppError("NOT_FOUND", "没有找到该收文。");
  const own = row.departmentId === actor.departmentId && (can(actor, "documents.receive") || can(actor, "documents.manage") || can(actor, "documents.sign"));
  const reader = !own && row.leaderId !== actor.id && row.handlerDepartmentId !== actor.departmentId ? await db.incomingReader.findUnique({ where: { incomingId_officerId: { incomingId, officerId: actor.id } } }) : null;
  if (!own && row.leaderId !== actor.id && row.handlerDepartmentId !== actor.departmentId && !reader) throw new AppError("NOT_FOUND", "没有找到该收文，或您无权查看。");
  return row;
}
