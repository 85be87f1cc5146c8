// Officers' acts on a suggestion or letter: assign it to the department concerned (the county head's
// office does this for letters and free suggestions), answer it with the outcome and a reasoned
// reply, and approve the masked text for the public list. Each act checks its permission and the
// department, uses the row's version (a lost race is CONFLICT), writes the event and the audit row,
// and queues its SMS in one transaction.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { assertPermission, can, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import { loadCalendarOverrides } from "../calendar/load-calendar";
import { formatDeadline } from "../complaints/complaint-format";
import { maskPii } from "../complaints/mask-pii";
import { departmentContacts } from "../complaints/notify-recipients";
import { prisma, type Tx } from "../db";
import { AppError, isAppError } from "../errors";
import { enqueueMessages } from "../notify/enqueue-message";
import { parseInput } from "../validation";
import { OPINION_KIND_LABELS, OUTCOME_LABELS, OUTCOMES, ZAnswerOpinionInput, ZAssignOpinionInput, ZPublishOpinionInput } from "./opinion.schema";
import { opinionDeadlines } from "./opinion-deadlines";

type Ref = { actor: Actor; opinionId: string; expectedVersion: number; input: Record<string, unknown>; now?: Date };

/** The opinion, if this officer may see it: their department's, or any with complaints.viewAll. */
export async function loadOwnOpinion(db: Tx | typeof prisma, actor: Actor, opinionId: string) {
  const o = await db.opinion.findUnique({ where: { id: opinionId } });
  if (!o || (o.departmentId !== actor.departmentId && !can(actor, "complaints.viewAll"))) throw new AppError("NOT_FOUND", "没有找到这条建议或来信。");
  return o;
}

async function change(tx: Tx, id: string, expectedVersion: number, data: Prisma.OpinionUncheckedUpdateManyInput) {
  const { count } = await tx.opinion.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT", "这条记录刚被其他人处理过，请刷新页面后再试。");
}

export async function assignOpinion({ actor, opinionId, expectedVersion, input, now = new Date() }: Ref) {
  // The office's head assigns; so does the 12345 desk, which routes cases for the same office.
  if (!can(actor, "complaints.dispatch")) assertPermission(actor, "complaints.assign");
  const { departmentId, note } = parseInput(ZAssignOpinionInput, input);
  return prisma.$transaction(async (tx) => {
    const o = await loadOwnOpinion(tx, actor, opinionId);
    if (o.status !== "SUBMITTED") throw new AppError("CONFLICT", "已答复的不能再交办。");
    if (o.departmentId === departmentId) throw new AppError("VALIDATION", "提交失败", { fieldErrors: { departmentId: "已由该部门办理，请选择其他部门" } });
    const target = await tx.department.findUnique({ where: { id: departmentId }, select: { id: true, name: true, kind: true } });
    if (!target || target.kind === "SUPERVISION_OFFICE") throw new AppError("VALIDATION", "提交失败", { fieldErrors: { departmentId: "请选择承办部门" } });
    // The department gets its own full time to answer, counted from the assignment.
    const { dueAt, yellowAt } = opinionDeadlines(o.kind, now, await loadCalendarOverrides(tx, now));
    await change(tx, o.id, expectedVersion, { departmentId: target.id, dueAt, yellowAt, yellowWarnedAt: null, redWarnedAt: null });
    await tx.opinionEvent.create({ data: { opinionId: o.id, type: "ASSIGNED", actorId: actor.id, note: `交${target.name}办理${note ? `：${note}` : ""}`, createdAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "opinion.assigned", targetType: "Opinion", targetId: o.id, details: { trackingNo: o.trackingNo, to: target.name } });
    const heads = await departmentContacts(tx, target.id);
    await enqueueMessages(
      tx,
      heads.map((h) => ({
        recipient: h.phone,
        template: "opinion.assigned",
        body: `【交办${OPINION_KIND_LABELS[o.kind]}】${o.trackingNo}“${o.title}”，请于${formatDeadline(dueAt)}前答复。`,
        dedupeKey: `opinion-assigned:${o.id}:${expectedVersion}:${h.id}`,
        relatedType: "Opinion",
        relatedId: o.id,
      })),
    );
  });
}

export async function answerOpinion({ actor, opinionId, expectedVersion, input, now = new Date() }: Ref) {
  assertPermission(actor, "complaints.handle");
  return prisma.$transaction(async (tx) => {
    const o = await loadOwnOpinion(tx, actor, opinionId);
    if (o.departmentId !== actor.departmentId) throw new AppError("FORBIDDEN", "只能答复本部门承办的建议或来信。");
    if (o.status !== "SUBMITTED") throw new AppError("CONFLICT", "已经答复过了。");
    // A suggestion is answered with how it was taken up; a letter may be answered without one.
    // Every problem at once, in the order of the form.
    const missingOutcome = o.kind === "SUGGESTION" && !(typeof input.outcome === "string" && input.outcome);
    let parsed: { outcome?: (typeof OUTCOMES)[number]; reply: string };
    try {
      parsed = parseInput(ZAnswerOpinionInput, input);
    } catch (err) {
      if (missingOutcome && isAppError(err, "VALIDATION") && err.fieldErrors) throw new AppError("VALIDATION", err.userMessage, { fieldErrors: { outcome: "请选择采纳情况", ...err.fieldErrors } });
      throw err;
    }
    const { outcome, reply } = parsed;
    if (missingOutcome) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { outcome: "请选择采纳情况" } });
    await change(tx, o.id, expectedVersion, { status: "ANSWERED", outcome: outcome ?? null, reply, answeredAt: now, answeredById: actor.id });
    await tx.opinionEvent.create({ data: { opinionId: o.id, type: "ANSWERED", actorId: actor.id, note: outcome ? OUTCOME_LABELS[outcome] : "已答复", createdAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "opinion.answered", targetType: "Opinion", targetId: o.id, details: { trackingNo: o.trackingNo, outcome: outcome ?? null } });
    if (o.citizenPhone) {
      await enqueueMessages(tx, [
        {
          recipient: o.citizenPhone,
          template: "opinion.answered",
          body: `您的${OPINION_KIND_LABELS[o.kind]}（${o.trackingNo}）已答复${outcome ? `：${OUTCOME_LABELS[outcome]}` : ""}。凭受理编号和查询码可在网站“民意征集”查看答复全文。`,
          dedupeKey: `opinion-answered:${o.id}`,
          relatedType: "Opinion",
          relatedId: o.id,
        },
      ]);
    }
  });
}

/** The text the public list would show: names, phone and ID numbers, house numbers masked. */
export function suggestedPublicBody(o: { body: string; citizenName: string | null }) {
  return maskPii(o.body, { names: [o.citizenName] });
}

export async function publishOpinion({ actor, opinionId, expectedVersion, input, now = new Date() }: Ref) {
  assertPermission(actor, "complaints.approvePublication");
  const { publicBody } = parseInput(ZPublishOpinionInput, input);
  return prisma.$transaction(async (tx) => {
    const o = await loadOwnOpinion(tx, actor, opinionId);
    if (o.departmentId !== actor.departmentId) throw new AppError("FORBIDDEN", "只能公开本部门答复的建议或来信。");
    if (o.status !== "ANSWERED") throw new AppError("CONFLICT", "答复后才能公开。");
    if (!o.consentToPublish) throw new AppError("CONFLICT", "提出人不同意公开，不能公开。");
    // Masked again, whatever was typed: an officer's edit cannot bring a phone number back.
    await change(tx, o.id, expectedVersion, { publicBody: maskPii(publicBody, { names: [o.citizenName] }), publishedAt: now });
    await tx.opinionEvent.create({ data: { opinionId: o.id, type: "PUBLISHED", actorId: actor.id, note: "公开答复", createdAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "opinion.published", targetType: "Opinion", targetId: o.id, details: { trackingNo: o.trackingNo } });
  });
}

/** The office's and departments' list: open first by due time (overdue marked at read time), then answered. */
export async function listOfficerOpinions({ actor, status = "SUBMITTED", now = new Date() }: { actor: Actor; status?: "SUBMITTED" | "ANSWERED"; now?: Date }) {
  assertPermission(actor, "complaints.view");
  const rows = await prisma.opinion.findMany({
    where: { status, ...(can(actor, "complaints.viewAll") ? {} : { departmentId: actor.departmentId }) },
    orderBy: status === "SUBMITTED" ? [{ dueAt: "asc" }, { id: "asc" }] : [{ answeredAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, kind: true, trackingNo: true, title: true, status: true, dueAt: true, yellowAt: true, outcome: true, publishedAt: true, consentToPublish: true, createdAt: true, department: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, isOverdue: r.status === "SUBMITTED" && r.dueAt < now, isNearDue: r.status === "SUBMITTED" && r.dueAt >= now && r.yellowAt <= now }));
}

export async function getOfficerOpinion({ actor, opinionId }: { actor: Actor; opinionId: string }) {
  assertPermission(actor, "complaints.view");
  const o = await loadOwnOpinion(prisma, actor, opinionId);
  const [department, events, departments] = await Promise.all([
    prisma.department.findUnique({ where: { id: o.departmentId }, select: { name: true } }),
    prisma.opinionEvent.findMany({ where: { opinionId: o.id }, orderBy: { createdAt: "asc" } }),
    prisma.department.findMany({ where: { kind: { not: "SUPERVISION_OFFICE" } }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  return { ...o, departmentName: department?.name ?? "", events, departments, suggestedPublicBody: o.publicBody ?? suggestedPublicBody(o) };
}
