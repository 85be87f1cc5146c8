// Reading tasks: the list (mine / assigned by me / my unit's) and one task with each unit's
// timeline. Who sees what: the assigner and their unit's assigners see every unit; officers of an
// assigned unit see their unit's share; county-wide supervisors (complaints.viewAll) see all.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertPermission, can, type Actor } from "../auth/actor";
import { canHandleAssignment, canReviewTask } from "./handle-task";
import { dueMark } from "./task-format";

export const TASK_VIEWS = { mine: "我承办的", unit: "本单位的", assigned: "我交办的" } as const;
export type TaskView = keyof typeof TASK_VIEWS;
export const TASK_FILTERS = { open: "办理中", proposed: "待验收", accepted: "已办结", overdue: "已超期", nearDue: "临期" } as const;
export type TaskFilter = keyof typeof TASK_FILTERS;

function canSeeTasks(actor: Actor) {
  return can(actor, "tasks.assign") || can(actor, "tasks.handle") || can(actor, "complaints.viewAll");
}

export function defaultTaskView(actor: Actor): TaskView {
  return can(actor, "tasks.handle") ? "mine" : "assigned";
}

export async function listTasks({ actor, view, filter, now = new Date(), limit = 100 }: { actor: Actor; view: TaskView; filter?: TaskFilter | null; now?: Date; limit?: number }) {
  if (!canSeeTasks(actor)) assertPermission(actor, "tasks.handle");
  const where: Prisma.TaskAssignmentWhereInput =
    view === "assigned"
      ? { task: { assignedById: actor.id } }
      : view === "unit"
        ? { departmentId: actor.departmentId }
        : { departmentId: actor.departmentId, OR: [{ handlerId: actor.id }, { handlerId: null }] };
  if (filter === "open") where.status = "OPEN";
  if (filter === "proposed") where.status = "FINISH_PROPOSED";
  if (filter === "accepted") where.status = "ACCEPTED";
  if (filter === "overdue") Object.assign(where, { status: "OPEN", dueAt: { lt: now } });
  if (filter === "nearDue") Object.assign(where, { status: "OPEN", dueAt: { gte: now }, yellowAt: { lte: now } });
  const rows = await prisma.taskAssignment.findMany({
    where,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: limit,
    include: { task: { select: { id: true, ref: true, title: true } }, department: { select: { name: true } } },
  });
  const handlerNames = await officerNames(rows.map((r) => r.handlerId));
  return rows.map((r) => ({
    assignmentId: r.id,
    taskId: r.task.id,
    ref: r.task.ref,
    title: r.task.title,
    departmentName: r.department.name,
    handlerName: r.handlerId ? (handlerNames.get(r.handlerId) ?? null) : null,
    status: r.status,
    dueAt: r.dueAt,
    mark: dueMark(r, now),
  }));
}

async function officerNames(ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await prisma.officer.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** One task; `id` may be the task's or one of its assignments' (the supervision board links by assignment). */
export async function getTask({ actor, id, now = new Date() }: { actor: Actor; id: string; now?: Date }) {
  if (!canSeeTasks(actor)) assertPermission(actor, "tasks.handle");
  let task = await prisma.task.findUnique({ where: { id }, include: { files: { select: { id: true, name: true, mimeType: true, size: true } } } });
  if (!task) {
    const a = await prisma.taskAssignment.findUnique({ where: { id }, select: { taskId: true } });
    if (a) task = await prisma.task.findUnique({ where: { id: a.taskId }, include: { files: { select: { id: true, name: true, mimeType: true, size: true } } } });
  }
  if (!task) throw new AppError("NOT_FOUND", "没有找到该交办任务。");
  const canReview = await canReviewTask(prisma, actor, task);
  const seesAll = canReview || can(actor, "complaints.viewAll");
  const assignments = await prisma.taskAssignment.findMany({
    where: { taskId: task.id, ...(seesAll ? {} : { departmentId: actor.departmentId }) },
    orderBy: { createdAt: "asc" },
    include: {
      department: { select: { id: true, name: true } },
      entries: { orderBy: { createdAt: "asc" }, include: { files: { select: { id: true, name: true, mimeType: true, size: true } } } },
    },
  });
  if (!seesAll && assignments.length === 0) throw new AppError("FORBIDDEN", "该任务不是交给您所在单位的。");
  const names = await officerNames([task.assignedById, ...assignments.flatMap((a) => [a.handlerId, ...a.entries.map((e) => e.actorId)])]);
  const orderIds = assignments.flatMap((a) => a.entries.map((e) => e.orderId)).filter((x): x is string => !!x);
  const orders = orderIds.length
    ? await prisma.supervisionOrder.findMany({ where: { id: { in: orderIds } }, orderBy: { createdAt: "asc" }, select: { id: true, number: true, departmentId: true, instruction: true, deadlineAt: true, status: true, response: true } })
    : [];
  const unitOfficers = can(actor, "complaints.assign")
    ? await prisma.officer.findMany({ where: { departmentId: actor.departmentId, isActive: true }, select: { id: true, name: true }, orderBy: { name: "asc" } })
    : [];
  return {
    task: { ...task, assignedByName: names.get(task.assignedById) ?? "" },
    canReview,
    unitOfficers,
    assignments: assignments.map((a) => ({
      ...a,
      handlerName: a.handlerId ? (names.get(a.handlerId) ?? null) : null,
      mark: dueMark(a, now),
      orders: orders.filter((o) => a.entries.some((e) => e.orderId === o.id)),
      canAnswerOrders: can(actor, "complaints.handle") && a.departmentId === actor.departmentId,
      canIssueOrder: can(actor, "supervision.issue") && a.status !== "ACCEPTED",
      canHandle: canHandleAssignment(actor, a) && a.status !== "ACCEPTED",
      canNameHandler: can(actor, "complaints.assign") && a.departmentId === actor.departmentId && a.status !== "ACCEPTED",
      entries: a.entries.map((e) => ({ ...e, actorName: e.actorId ? (names.get(e.actorId) ?? null) : null })),
    })),
  };
}

/** A task file for download, to those who may see the task. */
export async function getTaskFile({ actor, fileId }: { actor: Actor; fileId: string }) {
  const f = await prisma.taskFile.findUnique({ where: { id: fileId }, include: { entry: { select: { assignment: { select: { taskId: true } } } } } });
  if (!f) throw new AppError("NOT_FOUND", "没有找到该文件。");
  const taskId = f.taskId ?? f.entry?.assignment.taskId;
  if (!taskId) throw new AppError("NOT_FOUND", "没有找到该文件。");
  await getTask({ actor, id: taskId }); // throws FORBIDDEN for officers who may not see the task
  return f;
}

/** Units a task can be handed to (departments and towns; not the supervision office). */
export async function listTaskUnits() {
  return prisma.department.findMany({ where: { kind: { not: "SUPERVISION_OFFICE" } }, orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } });
}
