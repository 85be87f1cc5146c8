// 收文办理 (《党政机关公文处理工作条例》 art. 24): 签收 (distribute-document.ts) → 登记 → 拟办 →
// 批办 → 承办 (a deadline on the engine when an answer is required) → 传阅 → 办结 → 归档.
// Documents of the county's own units arrive as receipts; paper ones from outside are registered
// with a scan. Register numbers 收〔2026〕N号 per receiving unit and year, taken like 发文字号.
import "server-only";
import { assertPermission, can, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import { beijingDate, endOfBeijingDay, yellowWarningPoint } from "../calendar/work-calendar";
import { formatDeadline } from "../complaints/complaint-format";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { enqueueMessages, type OutboxInput } from "../notify/enqueue-message";
import { parseInput } from "../validation";
import { ZDecideInput, ZFinishInput, ZPaperIncomingInput, ZProposeInput } from "./document.schema";
import { checkedFile } from "./document-files";
import { loadViewableIncoming } from "./incoming-access";
import { registerFor } from "./numbering";
import { dutyContacts } from "./step-flow";
import { hasPermission } from "../auth/permissions";

const invalid = (field: string, message: string) => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { [field]: message } });

async function nextIncomingNumber(tx: Tx, departmentId: string, now: Date) {
  const year = Number(beijingDate(now).slice(0, 4));
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "IncomingCounter" ("departmentId", "year", "last") VALUES (${departmentId}, ${year}, 1)
    ON CONFLICT ("departmentId", "year") DO UPDATE SET "last" = "IncomingCounter"."last" + 1
    RETURNING "last"`;
  const seq = Number(row.last);
  return { registerYear: year, registerSeq: seq, registerNo: `收〔${year}〕${seq}号` };
}

function assertClerkOf(actor: Actor, departmentId: string) {
  assertPermission(actor, "documents.receive");
  if (actor.departmentId !== departmentId) throw new AppError("FORBIDDEN", "只能办理本单位的收文。");
}

async function load(tx: Tx, incomingId: string) {
  await tx.$queryRaw`SELECT 1 FROM "IncomingDocument" WHERE "id" = ${incomingId} FOR UPDATE`;
  const row = await tx.incomingDocument.findUnique({ where: { id: incomingId } });
  if (!row) throw new AppError("NOT_FOUND", "没有找到该收文。");
  return row;
}

async function phonesOf(tx: Tx, ids: string[]) {
  return ids.length ? tx.officer.findMany({ where: { id: { in: ids }, isActive: true, phone: { not: null } }, select: { id: true, phone: true } }) : [];
}

/** 登记 of a document the unit signed for. */
export async function registerReceivedDocument({ actor, receiptId, now = new Date() }: { actor: Actor; receiptId: string; now?: Date }) {
  return prisma.$transaction(async (tx) => {
    const receipt = await tx.documentReceipt.findUnique({ where: { id: receiptId }, include: { document: true, incoming: { select: { id: true } } } });
    if (!receipt || !receipt.departmentId || receipt.officerId) throw new AppError("NOT_FOUND", "没有找到该送达记录。");
    assertClerkOf(actor, receipt.departmentId);
    if (receipt.status !== "SIGNED") throw new AppError("CONFLICT", "请先签收，再登记。");
    if (receipt.incoming) throw new AppError("CONFLICT", "该公文已经登记。");
    const doc = receipt.document;
    const register = doc.registerId ? await tx.documentRegister.findUnique({ where: { id: doc.registerId } }) : await registerFor(tx, doc.departmentId, doc.kind);
    const numbered = await nextIncomingNumber(tx, receipt.departmentId, now);
    const incoming = await tx.incomingDocument.create({
      data: { departmentId: receipt.departmentId, receiptId, fromUnit: register?.issuerName ?? "", originalNumber: doc.docNumber, title: doc.title, urgency: doc.urgency, ...numbered, registeredById: actor.id, registeredAt: now },
    });
    await writeAudit(tx, { actorId: actor.id, action: "incoming.registered", targetType: "IncomingDocument", targetId: incoming.id, details: { title: doc.title, registerNo: numbered.registerNo, originalNumber: doc.docNumber } });
    return incoming;
  });
}

/** 登记 of a paper document from outside, with its scan (PDF or image). */
export async function registerPaperDocument({ actor, input, scan, now = new Date() }: { actor: Actor; input: unknown; scan: { name: string; bytes: Uint8Array }; now?: Date }) {
  assertPermission(actor, "documents.receive");
  const data = parseInput(ZPaperIncomingInput, input);
  const file = await checkedFile("scan", scan, (mime) => mime === "application/pdf" || mime.startsWith("image/"));
  return prisma.$transaction(async (tx) => {
    const numbered = await nextIncomingNumber(tx, actor.departmentId, now);
    const incoming = await tx.incomingDocument.create({
      data: { departmentId: actor.departmentId, fromUnit: data.fromUnit, originalNumber: data.originalNumber || null, title: data.title, urgency: data.urgency, ...numbered, registeredById: actor.id, registeredAt: now },
    });
    await tx.documentFile.create({ data: { incomingId: incoming.id, kind: "SCAN", ...file } });
    await writeAudit(tx, { actorId: actor.id, action: "incoming.registered", targetType: "IncomingDocument", targetId: incoming.id, details: { title: data.title, registerNo: numbered.registerNo, fromUnit: data.fromUnit, paper: true } });
    return incoming;
  });
}

/** 拟办: the office proposes how to handle it and which leader decides. */
export async function proposeIncoming({ actor, incomingId, input, now = new Date() }: { actor: Actor; incomingId: string; input: unknown; now?: Date }) {
  const data = parseInput(ZProposeInput, input);
  return prisma.$transaction(async (tx) => {
    const row = await load(tx, incomingId);
    assertClerkOf(actor, row.departmentId);
    if (row.status !== "REGISTERED" && row.status !== "PROPOSED") throw new AppError("CONFLICT", "该收文已批办，不能再拟办。");
    const leader = await tx.officer.findUnique({ where: { id: data.leaderId }, select: { id: true, phone: true, role: true, duties: true, isActive: true } });
    if (!leader?.isActive || !hasPermission(leader.role, "documents.sign", leader.duties)) throw invalid("leaderId", "请选择有批办权的领导");
    await tx.incomingDocument.update({ where: { id: incomingId }, data: { status: "PROPOSED", proposal: data.proposal, proposedById: actor.id, proposedAt: now, leaderId: leader.id, version: { increment: 1 } } });
    if (leader.phone) await enqueueMessages(tx, [{ recipient: leader.phone, template: "incoming.decide", body: `收文${row.registerNo}《${row.title}》待您批办。拟办意见：${data.proposal.slice(0, 40)}`, dedupeKey: `incoming.decide:${incomingId}:${leader.id}:${now.getTime()}`, officerId: leader.id, relatedType: "IncomingDocument", relatedId: incomingId }]);
    await writeAudit(tx, { actorId: actor.id, action: "incoming.proposed", targetType: "IncomingDocument", targetId: incomingId, details: { registerNo: row.registerNo, proposal: data.proposal } });
  });
}

/** 批办: the leader decides: a handling unit (with a deadline when an answer is required) and/or leaders to circulate to. */
export async function decideIncoming({ actor, incomingId, input, now = new Date() }: { actor: Actor; incomingId: string; input: unknown; now?: Date }) {
  assertPermission(actor, "documents.sign");
  const data = parseInput(ZDecideInput, input);
  const decision = data.decision || data.phrase;
  if (!decision) throw invalid("decision", "请填写批办意见，或选择常用语");
  let dueAt: Date | null = null;
  if (data.handlerDepartmentId && data.answerRequired) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(data.dueOn)) throw invalid("dueOn", "需要答复时请填写办理期限（年-月-日）");
    dueAt = endOfBeijingDay(data.dueOn);
    if (dueAt.getTime() <= now.getTime()) throw invalid("dueOn", "办理期限应晚于今天");
  }
  const readerIds = [...new Set(data.readerIds)].filter((id) => id !== actor.id);
  return prisma.$transaction(async (tx) => {
    const row = await load(tx, incomingId);
    if (row.leaderId !== actor.id) throw new AppError("FORBIDDEN", "该收文不是请您批办的。");
    if (row.status !== "PROPOSED") throw new AppError("CONFLICT", "该收文已经批办。");
    if (data.handlerDepartmentId && !(await tx.department.findUnique({ where: { id: data.handlerDepartmentId }, select: { id: true } }))) throw invalid("handlerDepartmentId", "所选承办单位不存在");
    const readers = await tx.officer.findMany({ where: { id: { in: readerIds }, isActive: true }, select: { id: true, phone: true } });
    if (readers.length !== readerIds.length) throw invalid("readerIds", "所选传阅人不存在或已停用");
    const status = data.handlerDepartmentId ? "HANDLING" : readers.length ? "CIRCULATING" : "DONE";
    await tx.incomingDocument.update({
      where: { id: incomingId },
      data: {
        status,
        decision,
        decidedAt: now,
        handlerDepartmentId: data.handlerDepartmentId || null,
        answerRequired: !!dueAt,
        dueAt,
        yellowAt: dueAt ? yellowWarningPoint(now, dueAt) : null,
        ...(status === "DONE" ? { doneAt: now, doneById: actor.id, result: decision } : {}),
        version: { increment: 1 },
      },
    });
    if (readers.length) await tx.incomingReader.createMany({ data: readers.map((r) => ({ incomingId, officerId: r.id, createdAt: now })), skipDuplicates: true });
    const messages: OutboxInput[] = readers.flatMap((r) => (r.phone ? [{ recipient: r.phone, template: "incoming.read", body: `收文《${row.title}》请您传阅。`, dedupeKey: `incoming.read:${incomingId}:${r.id}`, officerId: r.id, relatedType: "IncomingDocument", relatedId: incomingId }] : []));
    if (data.handlerDepartmentId) {
      const heads = await tx.officer.findMany({ where: { departmentId: data.handlerDepartmentId, isActive: true, phone: { not: null }, role: "DEPARTMENT_HEAD" }, select: { id: true, phone: true } });
      const clerks = await dutyContacts(tx, [data.handlerDepartmentId], "DOCUMENT_CLERK");
      const handlers = [...heads, ...clerks.filter((c) => !heads.some((h) => h.phone === c.phone))];
      messages.push(...handlers.map((h) => ({ recipient: h.phone!, template: "incoming.handle", body: `收文《${row.title}》请贵单位承办${dueAt ? `，于${formatDeadline(dueAt)}前办结答复` : ""}。批办意见：${decision.slice(0, 40)}`, dedupeKey: `incoming.handle:${incomingId}:${h.id}`, officerId: h.id, relatedType: "IncomingDocument", relatedId: incomingId })));
    }
    await enqueueMessages(tx, messages);
    await writeAudit(tx, { actorId: actor.id, action: "incoming.decided", targetType: "IncomingDocument", targetId: incomingId, details: { registerNo: row.registerNo, decision, readers: readers.length, dueAt: dueAt?.toISOString() ?? null } });
    return { status };
  });
}

/** 传阅: a leader marks it read. */
export async function markIncomingRead({ actor, incomingId, now = new Date() }: { actor: Actor; incomingId: string; now?: Date }) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.incomingReader.updateMany({ where: { incomingId, officerId: actor.id, readAt: null }, data: { readAt: now } });
    if (count === 0) throw new AppError("CONFLICT", "您已阅过，或该收文没有请您传阅。");
    await writeAudit(tx, { actorId: actor.id, action: "incoming.read", targetType: "IncomingDocument", targetId: incomingId });
  });
}

/** 办结: the handling unit reports the result (or the receiving clerk closes a circulation). */
export async function finishIncoming({ actor, incomingId, input, now = new Date() }: { actor: Actor; incomingId: string; input: unknown; now?: Date }) {
  const { result } = parseInput(ZFinishInput, input);
  return prisma.$transaction(async (tx) => {
    const row = await load(tx, incomingId);
    const handler = row.status === "HANDLING" && row.handlerDepartmentId === actor.departmentId && (can(actor, "documents.draft") || can(actor, "documents.receive"));
    const clerk = row.status === "CIRCULATING" && row.departmentId === actor.departmentId && can(actor, "documents.receive");
    if (!handler && !clerk) throw new AppError(row.status === "HANDLING" || row.status === "CIRCULATING" ? "FORBIDDEN" : "CONFLICT", row.status === "HANDLING" || row.status === "CIRCULATING" ? "只有承办单位可以办结。" : "该收文不在办理中。");
    await tx.incomingDocument.update({ where: { id: incomingId }, data: { status: "DONE", result, doneAt: now, doneById: actor.id, version: { increment: 1 } } });
    await writeAudit(tx, { actorId: actor.id, action: "incoming.done", targetType: "IncomingDocument", targetId: incomingId, details: { registerNo: row.registerNo, result } });
  });
}

/** 归档. */
export async function archiveIncoming({ actor, incomingId, now = new Date() }: { actor: Actor; incomingId: string; now?: Date }) {
  return prisma.$transaction(async (tx) => {
    const row = await load(tx, incomingId);
    assertClerkOf(actor, row.departmentId);
    if (row.status !== "DONE") throw new AppError("CONFLICT", "办结后才能归档。");
    await tx.incomingDocument.update({ where: { id: incomingId }, data: { status: "ARCHIVED", archivedAt: now, version: { increment: 1 } } });
    await writeAudit(tx, { actorId: actor.id, action: "incoming.archived", targetType: "IncomingDocument", targetId: incomingId, details: { registerNo: row.registerNo } });
  });
}

/** One incoming document with its readers and files, for its page. */
export async function getIncoming({ actor, incomingId }: { actor: Actor; incomingId: string }) {
  const row = await loadViewableIncoming(prisma, actor, incomingId);
  const [readers, files, receipt] = await Promise.all([
    prisma.incomingReader.findMany({ where: { incomingId }, orderBy: { createdAt: "asc" } }),
    prisma.documentFile.findMany({ where: { incomingId }, select: { id: true, fileName: true, size: true } }),
    row.receiptId ? prisma.documentReceipt.findUnique({ where: { id: row.receiptId }, select: { documentId: true } }) : null,
  ]);
  const people = await prisma.officer.findMany({ where: { id: { in: [...readers.map((r) => r.officerId), row.leaderId, row.proposedById, row.registeredById, row.doneById].filter((x): x is string => !!x) } }, select: { id: true, name: true } });
  const units = await prisma.department.findMany({ where: { id: { in: [row.departmentId, row.handlerDepartmentId].filter((x): x is string => !!x) } }, select: { id: true, name: true } });
  const name = (id: string | null) => people.find((p) => p.id === id)?.name ?? null;
  return {
    ...row,
    documentId: receipt?.documentId ?? null,
    files,
    readers: readers.map((r) => ({ ...r, name: name(r.officerId) })),
    leaderName: name(row.leaderId),
    proposedByName: name(row.proposedById),
    registeredByName: name(row.registeredById),
    doneByName: name(row.doneById),
    unitName: units.find((u) => u.id === row.departmentId)?.name ?? "",
    handlerUnitName: units.find((u) => u.id === row.handlerDepartmentId)?.name ?? null,
    isClerk: row.departmentId === actor.departmentId && can(actor, "documents.receive"),
  };
}
