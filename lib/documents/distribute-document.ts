// 分发: a sealed document goes to recipient units (their 公文收发员 sign for it) and named
// officers. One receipt row per unit or officer, one SMS per clerk or officer (a phone that
// appears twice gets one), all queued in the distributing transaction in bulk. The sender sees who
// signed and when, and can 催办 the rest (logged, SMS again, audited).
import "server-only";
import { can, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { enqueueMessages, type OutboxInput } from "../notify/enqueue-message";
import { parseInput } from "../validation";
import { ZDistributeInput } from "./document.schema";
import { registerFor } from "./numbering";
import { dutyContacts } from "./step-flow";

/** The drafter, the issuing unit's clerks and seal keepers, or the county office distribute. */
export function canDistribute(actor: Actor, doc: { drafterId: string; departmentId: string }) {
  return doc.drafterId === actor.id || can(actor, "documents.manage") || (doc.departmentId === actor.departmentId && (can(actor, "documents.receive") || can(actor, "documents.seal")));
}

async function issuerName(tx: Tx, doc: { departmentId: string; kind: Parameters<typeof registerFor>[2]; registerId: string | null }) {
  const register = doc.registerId ? await tx.documentRegister.findUnique({ where: { id: doc.registerId } }) : null;
  return (register ?? (await registerFor(tx, doc.departmentId, doc.kind))).issuerName;
}

/** Messages to the recipients: each unit's clerks and each named officer, one per phone. */
async function receiptMessages(tx: Tx, departmentIds: string[], officerIds: string[], text: string, key: string, documentId: string): Promise<OutboxInput[]> {
  const [clerks, officers] = await Promise.all([
    dutyContacts(tx, departmentIds, "DOCUMENT_CLERK"),
    officerIds.length ? tx.officer.findMany({ where: { id: { in: officerIds }, isActive: true, phone: { not: null } }, select: { id: true, phone: true } }) : [],
  ]);
  const seen = new Set<string>();
  return [...clerks, ...officers].flatMap((o) => {
    if (seen.has(o.phone!)) return [];
    seen.add(o.phone!);
    return [{ recipient: o.phone!, template: "document.receipt", body: text, dedupeKey: `${key}:${o.id}`, officerId: o.id, relatedType: "OfficialDocument", relatedId: documentId }];
  });
}

export async function distributeDocument({ actor, documentId, input, now = new Date() }: { actor: Actor; documentId: string; input: unknown; now?: Date }) {
  const data = parseInput(ZDistributeInput, input);
  const departmentIds = [...new Set(data.departmentIds)];
  const officerIds = [...new Set(data.officerIds)];
  if (departmentIds.length + officerIds.length === 0) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { departmentIds: "请至少选择一个分发单位或人员" } });
  return prisma.$transaction(
    async (tx) => {
      const doc = await tx.officialDocument.findUnique({ where: { id: documentId } });
      if (!doc) throw new AppError("NOT_FOUND", "没有找到该公文。");
      if (!canDistribute(actor, doc)) throw new AppError("FORBIDDEN", "只有拟稿人或本单位公文收发员可以分发。");
      if (doc.status !== "SEALED" && doc.status !== "DISTRIBUTED") throw new AppError("CONFLICT", "公文盖章后才能分发。");
      const [units, officers] = await Promise.all([
        tx.department.count({ where: { id: { in: departmentIds } } }),
        tx.officer.count({ where: { id: { in: officerIds }, isActive: true } }),
      ]);
      if (units !== departmentIds.length || officers !== officerIds.length) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { departmentIds: "所选单位或人员不存在，请重新选择" } });
      const { count } = await tx.documentReceipt.createMany({
        data: [...departmentIds.map((departmentId) => ({ documentId, departmentId, createdAt: now })), ...officerIds.map((officerId) => ({ documentId, officerId, createdAt: now }))],
        skipDuplicates: true,
      });
      const text = `【公文送达】${await issuerName(tx, doc)}《${doc.title}》（${doc.docNumber}）已送达，请登录政务工作平台签收。`;
      const queued = await enqueueMessages(tx, await receiptMessages(tx, departmentIds, officerIds, text, `document.receipt:${documentId}`, documentId));
      await tx.officialDocument.update({ where: { id: documentId }, data: { status: "DISTRIBUTED", distributedAt: doc.distributedAt ?? now, version: { increment: 1 } } });
      await writeAudit(tx, { actorId: actor.id, action: "document.distributed", targetType: "OfficialDocument", targetId: documentId, details: { title: doc.title, docNumber: doc.docNumber, units: departmentIds.length, officers: officerIds.length, receipts: count, messages: queued } });
      return { receipts: count, messages: queued };
    },
    { timeout: 120_000 },
  );
}

/** 催办 the recipients who have not signed for it (all, or the ones named). */
export async function urgeReceipts({ actor, documentId, receiptIds, now = new Date() }: { actor: Actor; documentId: string; receiptIds?: string[]; now?: Date }) {
  return prisma.$transaction(async (tx) => {
    const doc = await tx.officialDocument.findUnique({ where: { id: documentId } });
    if (!doc) throw new AppError("NOT_FOUND", "没有找到该公文。");
    if (!canDistribute(actor, doc)) throw new AppError("FORBIDDEN", "只有拟稿人或本单位公文收发员可以催办签收。");
    const pending = await tx.documentReceipt.findMany({ where: { documentId, status: "PENDING", ...(receiptIds?.length ? { id: { in: receiptIds } } : {}) }, select: { id: true, departmentId: true, officerId: true, urgeCount: true } });
    if (pending.length === 0) throw new AppError("CONFLICT", "没有未签收的单位或人员。");
    await tx.documentReceipt.updateMany({ where: { id: { in: pending.map((p) => p.id) } }, data: { urgedAt: now, urgeCount: { increment: 1 } } });
    const text = `【催办】公文《${doc.title}》（${doc.docNumber}）尚未签收，请尽快登录政务工作平台签收。`;
    const key = `document.urge:${documentId}:${now.getTime()}`;
    const queued = await enqueueMessages(tx, await receiptMessages(tx, pending.flatMap((p) => (p.departmentId && !p.officerId ? [p.departmentId] : [])), pending.flatMap((p) => (p.officerId ? [p.officerId] : [])), text, key, documentId));
    await writeAudit(tx, { actorId: actor.id, action: "document.receipts_urged", targetType: "OfficialDocument", targetId: documentId, details: { title: doc.title, receipts: pending.length, messages: queued } });
    return { urged: pending.length, messages: queued };
  });
}

/** 签收: a clerk of the recipient unit, or the named officer. */
export async function signForDocument({ actor, receiptId, now = new Date() }: { actor: Actor; receiptId: string; now?: Date }) {
  return prisma.$transaction(async (tx) => {
    const receipt = await tx.documentReceipt.findUnique({ where: { id: receiptId }, include: { document: { select: { title: true, docNumber: true } } } });
    if (!receipt) throw new AppError("NOT_FOUND", "没有找到该送达记录。");
    const mine = receipt.officerId ? receipt.officerId === actor.id : receipt.departmentId === actor.departmentId && can(actor, "documents.receive");
    if (!mine) throw new AppError("FORBIDDEN", "只有收文单位的公文收发员可以签收。");
    const { count } = await tx.documentReceipt.updateMany({ where: { id: receiptId, status: "PENDING" }, data: { status: "SIGNED", signedAt: now, signedById: actor.id } });
    if (count === 0) throw new AppError("CONFLICT", "该公文已经签收。");
    await writeAudit(tx, { actorId: actor.id, action: "document.received", targetType: "OfficialDocument", targetId: receipt.documentId, details: { title: receipt.document.title, docNumber: receipt.document.docNumber } });
    return { documentId: receipt.documentId };
  });
}

/** The sender's view: every receipt with its unit or officer and when it was signed. */
export async function listReceipts(db: Tx, documentId: string) {
  const rows = await db.documentReceipt.findMany({ where: { documentId }, orderBy: [{ status: "asc" }, { createdAt: "asc" }] });
  const [units, officers] = await Promise.all([
    db.department.findMany({ where: { id: { in: rows.flatMap((r) => (r.departmentId ? [r.departmentId] : [])) } }, select: { id: true, name: true } }),
    db.officer.findMany({ where: { id: { in: rows.flatMap((r) => [r.officerId, r.signedById].filter((x): x is string => !!x)) } }, select: { id: true, name: true } }),
  ]);
  const unit = new Map(units.map((u) => [u.id, u.name]));
  const person = new Map(officers.map((o) => [o.id, o.name]));
  return rows.map((r) => ({ ...r, recipientName: r.officerId ? (person.get(r.officerId) ?? "") : (unit.get(r.departmentId ?? "") ?? ""), signedByName: r.signedById ? (person.get(r.signedById) ?? null) : null }));
}
