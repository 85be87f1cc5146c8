// Who may read a document: its drafter, every officer of a step on it, the issuing unit's signers,
// seal keepers and document managers, the county office (documents.manage), and its recipients
// (the clerks of a recipient unit, a named officer). Lib functions load through here.
import "server-only";
import { can, type Actor } from "../auth/actor";
import type { Tx } from "../db";
import { AppError } from "../errors";

export async function canViewDocument(db: Tx, actor: Actor, doc: { id: string; drafterId: string; departmentId: string }): Promise<boolean> {
  if (doc.drafterId === actor.id) return true;
  if (can(actor, "documents.manage")) return true;
  if (doc.departmentId === actor.departmentId && (can(actor, "documents.sign") || can(actor, "documents.seal"))) return true;
  const step = await db.documentStep.findFirst({ where: { documentId: doc.id, OR: [{ assigneeId: actor.id }, { doneById: actor.id }] }, select: { id: true } });
  if (step) return true;
  const receipt = await db.documentReceipt.findFirst({
    where: { documentId: doc.id, OR: [{ officerId: actor.id }, ...(can(actor, "documents.receive") ? [{ departmentId: actor.departmentId, officerId: null }] : [])] },
    select: { id: true },
  });
  return !!receipt;
}

export async function loadViewableDocument(db: Tx, actor: Actor, documentId: string) {
  const doc = await db.officialDocument.findUnique({ where: { id: documentId } });
  if (!doc || !(await canViewDocument(db, actor, doc))) throw new AppError("NOT_FOUND", "没有找到该公文，或您无权查看。");
  return doc;
}
