// 督办单 on a unit's task: the supervision office orders the unit to act by a date. The order is
// an ordinary SupervisionOrder (number 桐督〔2026〕12号 from the same gap-free counter, on the
// board, answered by the unit, closed with an assessment, counted by the scorecard), without a
// complaint; the task's timeline records it (TaskEntry.orderId) so the task page shows it.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { beijingDate, endOfBeijingDay } from "../calendar/work-calendar";
import { enqueueMessages } from "../notify/enqueue-message";
import { departmentContacts } from "../complaints/notify-recipients";
import { ZSupervisionOrderInput } from "../complaints/complaint.schema";
import { formatDeadline } from "../complaints/complaint-format";
import { nextOrderNumber } from "../supervision/supervision-orders";

export async function issueTaskSupervisionOrder({ actor, assignmentId, input, now = new Date() }: { actor: Actor; assignmentId: string; input: unknown; now?: Date }) {
  assertPermission(actor, "supervision.issue");
  const { instruction, dueOn } = parseInput(ZSupervisionOrderInput, input);
  const deadlineAt = endOfBeijingDay(dueOn);
  if (deadlineAt.getTime() <= now.getTime()) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { dueOn: "督办期限应晚于今天" } });
  return prisma.$transaction(async (tx) => {
    const a = await tx.taskAssignment.findUnique({ where: { id: assignmentId }, include: { task: { select: { ref: true, title: true } } } });
    if (!a) throw new AppError("NOT_FOUND", "没有找到该交办任务。");
    if (a.status === "ACCEPTED") throw new AppError("CONFLICT", "该任务已办结，无需督办。");
    const numbered = await nextOrderNumber(tx, Number(beijingDate(now).slice(0, 4)));
    const order = await tx.supervisionOrder.create({
      data: { departmentId: a.departmentId, issuedById: actor.id, instruction: `交办任务${a.task.ref}“${a.task.title}”：${instruction}`, deadlineAt, createdAt: now, ...numbered },
    });
    await tx.taskEntry.create({ data: { assignmentId: a.id, type: "SUPERVISION_ORDER", actorId: actor.id, orderId: order.id, note: `县政府督查室已督办（${numbered.number}），要求于${formatDeadline(deadlineAt)}前办理：${instruction}`, createdAt: now } });
    const heads = await departmentContacts(tx, a.departmentId);
    await enqueueMessages(
      tx,
      heads.map((h) => ({ recipient: h.phone, template: "supervision.order", body: `督办通知（${numbered.number}）：交办任务${a.task.ref}，${instruction}。请于${formatDeadline(deadlineAt)}前办理并反馈。`, dedupeKey: `order:${order.id}:${h.id}`, officerId: h.id, relatedType: "SupervisionOrder", relatedId: order.id })),
    );
    await writeAudit(tx, { actorId: actor.id, action: "supervision.order_issued", targetType: "TaskAssignment", targetId: a.id, details: { orderId: order.id, number: numbered.number, ref: a.task.ref, deadlineAt: deadlineAt.toISOString() } });
    return order;
  });
}
