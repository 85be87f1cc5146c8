// 督办单: a supervisor orders a department to act on a case by a date, under a number of the
// 桐督〔2026〕12号 form; the department answers; the supervisor closes it out with an assessment
// (满意/基本满意/不满意). The number comes from SupervisionOrderCounter, incremented inside the
// issuing transaction: the counter row's lock serialises concurrent issuers and a rolled-back
// issue gives its number back, so each year's sequence is gap-free and unique.
import "server-only";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, can, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { beijingDate, endOfBeijingDay, yellowWarningPoint } from "../calendar/work-calendar";
import { enqueueMessages } from "../notify/enqueue-message";
import { ZOrderResponseInput, ZSupervisionOrderInput } from "../complaints/complaint.schema";
import { formatDeadline } from "../complaints/complaint-format";
import { departmentContacts } from "../complaints/notify-recipients";
import { ZOrderCloseInput } from "./supervision.schema";

/** The county's prefix of supervision order numbers (桐 for 桐川县人民政府督查室). */
export const ORDER_PREFIX = "桐督";

export const ASSESSMENT_LABELS = { SATISFIED: "满意", BASICALLY_SATISFIED: "基本满意", DISSATISFIED: "不满意" } as const;

export function formatOrderNumber(year: number, seq: number): string {
  return `${ORDER_PREFIX}〔${year}〕${seq}号`;
}

/** The next number of the year, taken inside the caller's transaction. */
export async function nextOrderNumber(tx: Tx, year: number): Promise<{ year: number; seq: number; number: string }> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "SupervisionOrderCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "SupervisionOrderCounter"."last" + 1
    RETURNING "last"`;
  const seq = Number(row.last);
  return { year, seq, number: formatOrderNumber(year, seq) };
}

export async function issueSupervisionOrder({ actor, complaintId, input, now = new Date() }: { actor: Actor; complaintId: string; input: unknown; now?: Date }) {
  assertPermission(actor, "supervision.issue");
  const { instruction, dueOn } = parseInput(ZSupervisionOrderInput, input);
  const deadlineAt = endOfBeijingDay(dueOn);
  if (deadlineAt.getTime() <= now.getTime()) {
    throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { dueOn: "督办期限应晚于今天" } });
  }
  return prisma.$transaction(async (tx) => {
    const c = await tx.complaint.findUnique({ where: { id: complaintId } });
    if (!c) throw new AppError("NOT_FOUND", "没有找到该案件。");
    const numbered = await nextOrderNumber(tx, Number(beijingDate(now).slice(0, 4)));
    const order = await tx.supervisionOrder.create({
      data: { complaintId, departmentId: c.departmentId, issuedById: actor.id, instruction, deadlineAt, yellowWarnAt: yellowWarningPoint(now, deadlineAt), createdAt: now, ...numbered },
    });
    await tx.complaintEvent.create({
      data: { complaintId, type: "SUPERVISION_ORDER", actorId: actor.id, note: `县政府督查室已督办（${numbered.number}），要求于${formatDeadline(deadlineAt)}前办理：${instruction}`, createdAt: now, data: { orderId: order.id, number: numbered.number } },
    });
    const heads = await departmentContacts(tx, c.departmentId);
    await enqueueMessages(
      tx,
      heads.map((h) => ({ recipient: h.phone, officerId: h.id, template: "supervision.order", body: `督办通知（${numbered.number}）：案件${c.trackingNo}，${instruction}。请于${formatDeadline(deadlineAt)}前办理并反馈。`, dedupeKey: `order:${order.id}:${h.id}`, relatedType: "SupervisionOrder", relatedId: order.id })),
    );
    await writeAudit(tx, { actorId: actor.id, action: "supervision.order_issued", targetType: "Complaint", targetId: complaintId, details: { orderId: order.id, number: numbered.number, trackingNo: c.trackingNo, deadlineAt: deadlineAt.toISOString() } });
    return order;
  });
}

export async function answerSupervisionOrder({ actor, orderId, input, now = new Date() }: { actor: Actor; orderId: string; input: unknown; now?: Date }) {
  assertPermission(actor, "complaints.handle");
  const { response } = parseInput(ZOrderResponseInput, input);
  return prisma.$transaction(async (tx) => {
    const order = await tx.supervisionOrder.findUnique({ where: { id: orderId } });
    if (!order) throw new AppError("NOT_FOUND", "没有找到该督办单。");
    if (order.departmentId !== actor.departmentId) throw new AppError("FORBIDDEN", "该督办单不是发给您所在部门的。");
    // closedAt kept as "answered at" for readers written before answeredAt existed.
    const { count } = await tx.supervisionOrder.updateMany({ where: { id: orderId, status: "OPEN" }, data: { status: "ANSWERED", response, answeredAt: now, closedAt: now, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", "该督办单已经反馈过了。");
    if (order.complaintId) {
      await tx.complaintEvent.create({ data: { complaintId: order.complaintId, type: "NOTE", actorId: actor.id, note: `督办反馈${order.number ? `（${order.number}）` : ""}：${response}`, isPublic: false, createdAt: now } });
    }
    await writeAudit(tx, { actorId: actor.id, action: "supervision.order_answered", targetType: "SupervisionOrder", targetId: orderId, details: { number: order.number } });
    return tx.supervisionOrder.findUniqueOrThrow({ where: { id: orderId } });
  });
}

/** 办结评价: the supervisor closes an answered order with an assessment. */
export async function closeSupervisionOrder({ actor, orderId, expectedVersion, input, now = new Date() }: { actor: Actor; orderId: string; expectedVersion: number; input: unknown; now?: Date }) {
  assertPermission(actor, "supervision.issue");
  const { assessment, note } = parseInput(ZOrderCloseInput, input);
  return prisma.$transaction(async (tx) => {
    const order = await tx.supervisionOrder.findUnique({ where: { id: orderId } });
    if (!order) throw new AppError("NOT_FOUND", "没有找到该督办单。");
    if (order.status === "OPEN") throw new AppError("CONFLICT", "承办部门尚未反馈，不能办结评价；可以先催办。");
    if (order.status === "CLOSED") throw new AppError("CONFLICT", "该督办单已经办结。");
    const { count } = await tx.supervisionOrder.updateMany({
      where: { id: orderId, status: "ANSWERED", version: expectedVersion },
      data: { status: "CLOSED", assessment, closeNote: note ?? null, closedById: actor.id, closedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "该督办单已被他人修改，请刷新页面后再操作。");
    if (order.complaintId) {
      await tx.complaintEvent.create({ data: { complaintId: order.complaintId, type: "NOTE", actorId: actor.id, note: `督办单${order.number ?? ""}已办结，评价：${ASSESSMENT_LABELS[assessment]}${note ? `。${note}` : ""}`, isPublic: false, createdAt: now } });
    }
    await writeAudit(tx, { actorId: actor.id, action: "supervision.order_closed", targetType: "SupervisionOrder", targetId: orderId, details: { number: order.number, assessment: ASSESSMENT_LABELS[assessment] } });
    return tx.supervisionOrder.findUniqueOrThrow({ where: { id: orderId } });
  });
}

/** One order with what its notice and its page show. */
export async function getSupervisionOrder({ actor, orderId }: { actor: Actor | null; orderId: string }) {
  assertPermission(actor, "supervision.view");
  const order = await prisma.supervisionOrder.findUnique({
    where: { id: orderId },
    include: { department: { select: { id: true, name: true } }, issuedBy: { select: { name: true } }, complaint: { select: { id: true, trackingNo: true, title: true, deadlineAt: true, address: true } } },
  });
  if (!order) throw new AppError("NOT_FOUND", "没有找到该督办单。");
  if (order.departmentId !== actor.departmentId && !can(actor, "complaints.viewAll")) throw new AppError("FORBIDDEN", "该督办单不是发给您所在部门的。");
  return order;
}
