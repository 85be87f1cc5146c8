// 公文 in the 待办 centre: this officer's open route steps (核稿/会签/签发, and 盖章 for the unit's
// seal keepers), drafts sent back and sealed documents to distribute, documents to sign for and
// register (the unit's clerks, named officers), 收文 to propose, decide, handle, close or archive;
// 传阅 to read; steps and receipts done. Each query reads its own index (DocumentStep by assignee
// or unit, receipts by unit or officer, IncomingDocument by unit, leader or handling unit).
import { can, type Actor } from "../../auth/actor";
import type { Tx } from "../../db";
import { INCOMING_STATUS_LABELS, STEP_KIND_LABELS, URGENCY_LABELS } from "../../documents/labels";
import { defineTodoSource, type TodoItem } from "../define-source";

const mark = (u: "NORMAL" | "URGENT" | "EXTRA_URGENT") => (u === "NORMAL" ? null : URGENCY_LABELS[u]);

function stepWhere(actor: Actor) {
  return {
    status: "OPEN" as const,
    OR: [{ assigneeId: actor.id }, ...(can(actor, "documents.seal") ? [{ assigneeId: null, kind: "SEAL" as const, departmentId: actor.departmentId }] : [])],
  };
}

function receiptWhere(actor: Actor) {
  return { OR: [{ officerId: actor.id, status: "PENDING" as const }, ...(can(actor, "documents.receive") ? [{ departmentId: actor.departmentId, officerId: null, OR: [{ status: "PENDING" as const }, { status: "SIGNED" as const, incoming: { is: null } }] }] : [])] };
}

function incomingWhere(actor: Actor) {
  const clerk = can(actor, "documents.receive");
  return {
    OR: [
      ...(clerk ? [{ departmentId: actor.departmentId, status: { in: ["REGISTERED" as const, "CIRCULATING" as const, "DONE" as const] } }] : []),
      { leaderId: actor.id, status: "PROPOSED" as const },
      { handlerDepartmentId: actor.departmentId, status: "HANDLING" as const },
    ],
  };
}

const INCOMING_ACTION = { REGISTERED: "拟办", PROPOSED: "批办", HANDLING: "承办", CIRCULATING: "办结", DONE: "归档", ARCHIVED: "" } as const;

async function todoItems(db: Tx, actor: Actor, limit: number): Promise<TodoItem[]> {
  const [steps, mine, receipts, incoming] = await Promise.all([
    db.documentStep.findMany({ where: stepWhere(actor), orderBy: { dueAt: "asc" }, take: limit, include: { document: { select: { title: true, docNumber: true, urgency: true } } } }),
    db.officialDocument.findMany({ where: { drafterId: actor.id, OR: [{ status: "DRAFT", returnNote: { not: null } }, { status: "SEALED" }] }, orderBy: { updatedAt: "desc" }, take: limit, select: { id: true, title: true, status: true, urgency: true, returnNote: true, updatedAt: true, docNumber: true } }),
    db.documentReceipt.findMany({ where: receiptWhere(actor), orderBy: { createdAt: "desc" }, take: limit, include: { document: { select: { title: true, docNumber: true, urgency: true } } } }),
    db.incomingDocument.findMany({ where: incomingWhere(actor), orderBy: { registeredAt: "desc" }, take: limit, select: { id: true, title: true, registerNo: true, status: true, urgency: true, dueAt: true, registeredAt: true, decidedAt: true, proposedAt: true, doneAt: true } }),
  ]);
  return [
    ...steps.map((s) => ({ source: "document", id: s.id, action: STEP_KIND_LABELS[s.kind], title: s.document.title, href: `/officer/documents/steps/${s.id}`, dueAt: s.dueAt, since: s.openedAt ?? s.createdAt, detail: s.document.docNumber, urgency: mark(s.document.urgency) })),
    ...mine.map((d) => ({ source: "document", id: d.id, action: d.status === "SEALED" ? "分发" : "修改", title: d.title, href: `/officer/documents/${d.id}`, dueAt: null, since: d.updatedAt, detail: d.status === "SEALED" ? d.docNumber : d.returnNote, urgency: mark(d.urgency) })),
    ...receipts.map((r) => ({ source: "document", id: r.id, action: r.status === "PENDING" ? "签收" : "登记", title: r.document.title, href: `/officer/documents/receipts/${r.id}`, dueAt: null, since: r.createdAt, detail: r.document.docNumber, urgency: mark(r.document.urgency) })),
    ...incoming.map((i) => ({ source: "document", id: i.id, action: INCOMING_ACTION[i.status], title: i.title, href: `/officer/documents/incoming/${i.id}`, dueAt: i.status === "HANDLING" ? i.dueAt : null, since: i.doneAt ?? i.decidedAt ?? i.proposedAt ?? i.registeredAt, detail: `${i.registerNo} · ${INCOMING_STATUS_LABELS[i.status]}`, urgency: mark(i.urgency) })),
  ];
}

function byDue(a: TodoItem, b: TodoItem) {
  if (a.dueAt && b.dueAt) return a.dueAt.getTime() - b.dueAt.getTime();
  if (a.dueAt || b.dueAt) return a.dueAt ? -1 : 1;
  return b.since.getTime() - a.since.getTime();
}

export const documentTodoSource = defineTodoSource({
  source: "document",
  label: "公文",
  async list(db, actor, box, _now, limit) {
    if (box === "todo") return (await todoItems(db, actor, limit)).sort(byDue).slice(0, limit);
    if (box === "toRead") {
      const rows = await db.incomingReader.findMany({ where: { officerId: actor.id, readAt: null }, orderBy: { createdAt: "desc" }, take: limit, include: { incoming: { select: { title: true, registerNo: true, urgency: true } } } });
      return rows.map((r) => ({ source: "document", id: r.incomingId, action: "传阅", title: r.incoming.title, href: `/officer/documents/incoming/${r.incomingId}`, dueAt: null, since: r.createdAt, detail: r.incoming.registerNo, urgency: mark(r.incoming.urgency) }));
    }
    const [steps, receipts] = await Promise.all([
      db.documentStep.findMany({ where: { doneById: actor.id }, orderBy: { doneAt: "desc" }, take: limit, include: { document: { select: { id: true, title: true, docNumber: true, urgency: true } } } }),
      db.documentReceipt.findMany({ where: { signedById: actor.id }, orderBy: { signedAt: "desc" }, take: limit, include: { document: { select: { title: true, docNumber: true, urgency: true } } } }),
    ]);
    return [
      ...steps.map((s) => ({ source: "document", id: s.id, action: STEP_KIND_LABELS[s.kind], title: s.document.title, href: `/officer/documents/${s.document.id}`, dueAt: null, since: s.doneAt ?? s.createdAt, detail: s.document.docNumber, urgency: mark(s.document.urgency) })),
      ...receipts.map((r) => ({ source: "document", id: r.id, action: "签收", title: r.document.title, href: `/officer/documents/receipts/${r.id}`, dueAt: null, since: r.signedAt ?? r.createdAt, detail: r.document.docNumber, urgency: mark(r.document.urgency) })),
    ]
      .sort((a, b) => b.since.getTime() - a.since.getTime())
      .slice(0, limit);
  },
  async count(db, actor, box) {
    if (box === "toRead") return db.incomingReader.count({ where: { officerId: actor.id, readAt: null } });
    const counts = await Promise.all([
      db.documentStep.count({ where: stepWhere(actor) }),
      db.officialDocument.count({ where: { drafterId: actor.id, OR: [{ status: "DRAFT", returnNote: { not: null } }, { status: "SEALED" }] } }),
      db.documentReceipt.count({ where: receiptWhere(actor) }),
      db.incomingDocument.count({ where: incomingWhere(actor) }),
    ]);
    return counts.reduce((a, b) => a + b, 0);
  },
});
