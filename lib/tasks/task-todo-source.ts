// 待办 source of tasks: the unit's open assignments for its officers (办理; once a handler is
// named, for that handler and the unit's heads) and finishes waiting for the assigner (验收).
// Both read partial indexes: TaskAssignment_open_idx and TaskAssignment_finish_proposed_idx.
import type { Prisma } from "@/generated/prisma/client";
import { can, type Actor } from "../auth/actor";
import { defineTodoSource, type TodoItem } from "../todo/define-source";

function handleWhere(actor: Actor): Prisma.TaskAssignmentWhereInput | null {
  if (!can(actor, "tasks.handle")) return null;
  return { status: "OPEN", departmentId: actor.departmentId, ...(can(actor, "complaints.assign") ? {} : { OR: [{ handlerId: null }, { handlerId: actor.id }] }) };
}

function reviewWhere(actor: Actor): Prisma.TaskAssignmentWhereInput | null {
  if (!can(actor, "tasks.assign")) return null;
  return { status: "FINISH_PROPOSED", task: { assignedById: actor.id } };
}

const include = { task: { select: { id: true, ref: true, title: true } }, department: { select: { name: true } } } as const;

export const taskTodoSource = defineTodoSource({
  source: "task",
  label: "任务",
  async list(db, actor, box, now, limit) {
    if (box === "toRead") return [];
    if (box === "done") {
      const rows = await db.taskAssignment.findMany({
        where: { status: "ACCEPTED", OR: [{ departmentId: actor.departmentId }, { task: { assignedById: actor.id } }] },
        orderBy: { acceptedAt: "desc" },
        take: limit,
        include,
      });
      return rows.map((a): TodoItem => ({ source: "task", id: a.id, action: "已办结", title: a.task.title, href: `/officer/tasks/${a.task.id}`, dueAt: a.dueAt, since: a.acceptedAt ?? a.createdAt, detail: `${a.task.ref} · ${a.department.name}`, urgency: null }));
    }
    const [handle, review] = await Promise.all(
      [handleWhere(actor), reviewWhere(actor)].map((where) => (where ? db.taskAssignment.findMany({ where, orderBy: { dueAt: "asc" }, take: limit, include }) : Promise.resolve([]))),
    );
    const items: TodoItem[] = [
      ...handle.map((a): TodoItem => ({ source: "task", id: a.id, action: "办理", title: a.task.title, href: `/officer/tasks/${a.task.id}`, dueAt: a.dueAt, since: a.createdAt, detail: a.task.ref, urgency: a.dueAt < now ? "已超期" : null })),
      ...review.map((a): TodoItem => ({ source: "task", id: a.id, action: "验收", title: a.task.title, href: `/officer/tasks/${a.task.id}`, dueAt: a.dueAt, since: a.finishedAt ?? a.createdAt, detail: `${a.task.ref} · ${a.department.name}`, urgency: null })),
    ];
    return items.sort((x, y) => (x.dueAt?.getTime() ?? Infinity) - (y.dueAt?.getTime() ?? Infinity)).slice(0, limit);
  },
  async count(db, actor, box) {
    if (box === "toRead") return 0;
    const counts = await Promise.all([handleWhere(actor), reviewWhere(actor)].map((where) => (where ? db.taskAssignment.count({ where }) : Promise.resolve(0))));
    return counts[0] + counts[1];
  },
});
