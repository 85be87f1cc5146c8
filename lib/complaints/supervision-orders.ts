// 督办单: a supervisor orders a department to act on a case by a date; the department answers.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { endOfBeijingDay } from "../calendar/work-calendar";
import { enqueueMessages } from "../notify/enqueue-message";
import { ZOrderResponseInput, ZSupervisionOrderInput } from "./complaint.schema";
import { formatDeadline } from "./complaint-format";
import { departmentContacts } from "./notify-recipients";

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
    const order = await tx.supervisionOrder.create({
      data: { complaintId, departmentId: c.departmentId, issuedById: actor.id, instruction, deadlineAt, createdAt: now },
    });
    await tx.complaintEvent.create({
      data: { complaintId, type: "SUPERVISION_ORDER", actorId: actor.id, note: `县政府督查室已督办，要求于${formatDeadline(deadlineAt)}前办理：${instruction}`, createdAt: now, data: { orderId: order.id } },
    });
    const heads = await departmentContacts(tx, c.departmentId);
    await enqueueMessages(
      tx,
      heads.map((h) => ({ recipient: h.phone, template: "supervision.order", body: `督办通知：案件${c.trackingNo}，${instruction}。请于${formatDeadline(deadlineAt)}前办理并反馈。`, dedupeKey: `order:${order.id}:${h.id}`, relatedType: "SupervisionOrder", relatedId: order.id })),
    );
    await writeAudit(tx, { actorId: actor.id, action: "supervision.order_issued", targetType: "Complaint", targetId: complaintId, details: { orderId: order.id, trackingNo: c.trackingNo, deadlineAt: deadlineAt.toISOString() } });
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
    const { count } = await tx.supervisionOrder.updateMany({ where: { id: orderId, status: "OPEN" }, data: { status: "ANSWERED", response, closedAt: now } });
    if (count === 0) throw new AppError("CONFLICT", "该督办单已经反馈过了。");
    if (order.complaintId) {
      await tx.complaintEvent.create({ data: { complaintId: order.complaintId, type: "NOTE", actorId: actor.id, note: `督办反馈：${response}`, isPublic: false, createdAt: now } });
    }
    await writeAudit(tx, { actorId: actor.id, action: "supervision.order_answered", targetType: "SupervisionOrder", targetId: orderId });
    return tx.supervisionOrder.findUniqueOrThrow({ where: { id: orderId } });
  });
}
