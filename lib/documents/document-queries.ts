// What the document pages read: lists, one document with its processing sheet (发文稿纸), one
// step, one receipt, the pickers' options. Permission checks as in document-access.ts.
import "server-only";
import { can, type Actor } from "../auth/actor";
import { hasPermission } from "../auth/permissions";
import { prisma } from "../db";
import { AppError } from "../errors";
import { loadViewableDocument } from "./document-access";
import { canDistribute, listReceipts } from "./distribute-document";
import { canEditRoute, getDefaultRoute } from "./document-route";

export async function listDocumentsFor({ actor }: { actor: Actor }) {
  const where = can(actor, "documents.manage") ? { OR: [{ drafterId: actor.id }, { departmentId: actor.departmentId }] } : { drafterId: actor.id };
  const docs = await prisma.officialDocument.findMany({ where, orderBy: { updatedAt: "desc" }, take: 100, select: { id: true, title: true, kind: true, status: true, docNumber: true, urgency: true, updatedAt: true, returnNote: true } });
  return docs;
}

export async function listUnits() {
  return prisma.department.findMany({ orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } });
}

/** Officers a route may name: everyone active (reviewers, co-signers) and the unit's signers. */
export async function routeOptions(departmentId: string) {
  const officers = await prisma.officer.findMany({ where: { isActive: true, role: { notIn: ["DRIVER", "ADMIN"] } }, orderBy: [{ departmentId: "asc" }, { name: "asc" }], select: { id: true, name: true, role: true, duties: true, departmentId: true, department: { select: { name: true } } } });
  const label = (o: (typeof officers)[number]) => `${o.name}（${o.department.name}）`;
  return {
    officers: officers.map((o) => ({ value: o.id, label: label(o) })),
    signers: officers.filter((o) => o.departmentId === departmentId && hasPermission(o.role, "documents.sign", o.duties)).map((o) => ({ value: o.id, label: label(o) })),
    leaders: officers.filter((o) => hasPermission(o.role, "documents.sign", o.duties)).map((o) => ({ value: o.id, label: label(o) })),
  };
}

export async function getDocumentView({ actor, documentId }: { actor: Actor; documentId: string }) {
  const doc = await loadViewableDocument(prisma, actor, documentId);
  const [steps, files, receipts, route] = await Promise.all([
    prisma.documentStep.findMany({ where: { documentId }, orderBy: [{ round: "asc" }, { seq: "asc" }, { createdAt: "asc" }] }),
    prisma.documentFile.findMany({ where: { documentId }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, fileName: true, size: true } }),
    listReceipts(prisma, documentId),
    getDefaultRoute(prisma, doc.departmentId),
  ]);
  const officerIds = [...new Set([doc.drafterId, doc.signerId, doc.sealedById, ...steps.flatMap((s) => [s.assigneeId, s.doneById])].filter((x): x is string => !!x))];
  const [people, units] = await Promise.all([
    prisma.officer.findMany({ where: { id: { in: officerIds } }, select: { id: true, name: true } }),
    prisma.department.findMany({ where: { id: { in: [...new Set([doc.departmentId, ...doc.mainToIds, ...doc.copyToIds, ...steps.map((s) => s.departmentId)])] } }, select: { id: true, name: true } }),
  ]);
  const person = (id: string | null) => people.find((p) => p.id === id)?.name ?? null;
  const unit = (id: string) => units.find((u) => u.id === id)?.name ?? "";
  return {
    doc,
    unitName: unit(doc.departmentId),
    drafterName: person(doc.drafterId),
    mainTo: doc.mainToIds.map(unit),
    copyTo: doc.copyToIds.map(unit),
    steps: steps.map((s) => ({
      id: s.id,
      round: s.round,
      seq: s.seq,
      kind: s.kind,
      status: s.status,
      assigneeName: person(s.assigneeId) ?? `${unit(s.departmentId)}电子印章管理员`,
      doneByName: person(s.doneById),
      unitName: unit(s.departmentId),
      opinion: s.opinion,
      phrase: s.phrase,
      openedAt: s.openedAt,
      dueAt: s.dueAt,
      doneAt: s.doneAt,
      signatureDataUrl: s.signaturePng ? `data:image/png;base64,${Buffer.from(s.signaturePng).toString("base64")}` : null,
      isMine: s.status === "OPEN" && (s.assigneeId === actor.id || (!s.assigneeId && s.departmentId === actor.departmentId && can(actor, "documents.seal"))),
    })),
    files,
    receipts,
    route,
    isDrafter: doc.drafterId === actor.id,
    canDistribute: canDistribute(actor, doc),
    canEditRoute: canEditRoute(actor, doc.departmentId),
  };
}

export async function getStepView({ actor, stepId }: { actor: Actor; stepId: string }) {
  const step = await prisma.documentStep.findUnique({ where: { id: stepId }, select: { documentId: true } });
  if (!step) throw new AppError("NOT_FOUND", "没有找到该办理环节。");
  const view = await getDocumentView({ actor, documentId: step.documentId });
  return { ...view, step: view.steps.find((s) => s.id === stepId)! };
}

export async function getReceiptView({ actor, receiptId }: { actor: Actor; receiptId: string }) {
  const receipt = await prisma.documentReceipt.findUnique({ where: { id: receiptId }, include: { incoming: { select: { id: true, registerNo: true } } } });
  const mine = receipt && (receipt.officerId ? receipt.officerId === actor.id : receipt.departmentId === actor.departmentId && can(actor, "documents.receive"));
  if (!receipt || !mine) throw new AppError("NOT_FOUND", "没有找到该送达记录，或您无权办理。");
  const view = await getDocumentView({ actor, documentId: receipt.documentId });
  return { ...view, receipt };
}

export async function listIncomingFor({ actor }: { actor: Actor }) {
  return prisma.incomingDocument.findMany({
    where: { OR: [{ departmentId: actor.departmentId }, { leaderId: actor.id }, { handlerDepartmentId: actor.departmentId }, { readers: { some: { officerId: actor.id } } }] },
    orderBy: { registeredAt: "desc" },
    take: 100,
    select: { id: true, registerNo: true, title: true, fromUnit: true, status: true, urgency: true, dueAt: true, registeredAt: true },
  });
}

/** Documents delivered to this officer or (clerks) their unit that wait for 签收 or 登记. */
export async function listReceiptsToHandle({ actor }: { actor: Actor }) {
  const rows = await prisma.documentReceipt.findMany({
    where: { OR: [{ officerId: actor.id, status: "PENDING" }, ...(can(actor, "documents.receive") ? [{ departmentId: actor.departmentId, officerId: null, OR: [{ status: "PENDING" as const }, { status: "SIGNED" as const, incoming: { is: null } }] }] : [])] },
    orderBy: { createdAt: "desc" },
    take: 100,
    include: { document: { select: { title: true, docNumber: true, urgency: true } } },
  });
  return rows.map((r) => ({ id: r.id, status: r.status, title: r.document.title, docNumber: r.document.docNumber, urgency: r.document.urgency, createdAt: r.createdAt }));
}
