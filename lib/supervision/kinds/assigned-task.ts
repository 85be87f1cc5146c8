// Tasks handed to units (任务交办) as a supervised kind: one item per TaskAssignment (a unit's
// share of a task). Reads the deadline columns through the partial indexes of migration
// 202611290450_tasks_tasks_reports (open = status 'OPEN': a finish waiting for acceptance is the
// assigner's move, not the unit's, so it is neither near due nor overdue).
import { formatDeadline } from "../../complaints/complaint-format";
import { TASK_STATUS_LABELS } from "../../tasks/task-format";
import { defineSupervisionKind, type BoardItem, type DueItem } from "../define-kind";

const COLUMNS = `a."id", t."ref", t."title", a."departmentId", a."handlerId", a."dueAt"`;
const FROM = `"TaskAssignment" a JOIN "Task" t ON t."id" = a."taskId"`;
const href = (taskId: string) => `/officer/tasks/${taskId}`;

export const assignedTaskKind = defineSupervisionKind({
  kind: "assigned_task",
  label: "交办任务",
  stages: { finish: "完成时限" },
  // Items are assignments; the task page takes a task or an assignment id (lib/tasks/list-tasks.ts).
  href: (id) => `/officer/tasks/${id}`,

  claimDue: (tx, level, now, limit) =>
    tx.$queryRawUnsafe<DueItem[]>(
      level === "yellow"
        ? `SELECT ${COLUMNS} FROM ${FROM} WHERE a."yellowWarnedAt" IS NULL AND a."status" = 'OPEN' AND a."yellowAt" <= $1 AND a."dueAt" > $1
           ORDER BY a."yellowAt" LIMIT $2 FOR UPDATE OF a SKIP LOCKED`
        : `SELECT ${COLUMNS} FROM ${FROM} WHERE a."redCardAt" IS NULL AND a."status" = 'OPEN' AND a."dueAt" <= $1
           ORDER BY a."dueAt" LIMIT $2 FOR UPDATE OF a SKIP LOCKED`,
      now,
      limit,
    ),

  async stampWarned(tx, items, level, now) {
    const ids = items.map((i) => i.id);
    await tx.taskAssignment.updateMany({ where: { id: { in: ids } }, data: level === "yellow" ? { yellowWarnedAt: now } : { redCardAt: now } });
    if (level === "red") await tx.taskAssignment.updateMany({ where: { id: { in: ids }, yellowWarnedAt: null }, data: { yellowWarnedAt: now } });
    await tx.taskEntry.createMany({
      data: items.map((i) => ({
        assignmentId: i.id,
        type: level === "yellow" ? ("YELLOW_WARNING" as const) : ("RED_CARD" as const),
        note: level === "yellow" ? `黄牌预警：完成时限已过八成，期限${formatDeadline(i.dueAt)}。` : `红牌督办：已超过完成期限（${formatDeadline(i.dueAt)}），已发出催办通知并抄送县政府督查室。`,
        createdAt: now,
      })),
    });
  },

  warningText: (i, level) =>
    level === "yellow"
      ? `【黄牌预警】交办任务${i.ref}“${i.title}”完成时限已过八成，请于${formatDeadline(i.dueAt)}前办结。`
      : `【催办通知】交办任务${i.ref}“${i.title}”已超过完成期限${formatDeadline(i.dueAt)}，请立即办理并反馈。`,

  async countDue(db, scope, now) {
    const rows = await db.$queryRawUnsafe<{ departmentId: string; overdue: number; nearDue: number }[]>(
      `SELECT "departmentId", count(*) FILTER (WHERE "dueAt" < $1)::int AS "overdue",
              count(*) FILTER (WHERE "dueAt" >= $1 AND "yellowAt" <= $1)::int AS "nearDue"
       FROM "TaskAssignment" WHERE "status" = 'OPEN' AND ("dueAt" < $1 OR "yellowAt" <= $1) AND ($2::text IS NULL OR "departmentId" = $2)
       GROUP BY 1`,
      now,
      scope.departmentId,
    );
    return rows.map((r) => ({ departmentId: r.departmentId, overdue: Number(r.overdue), nearDue: Number(r.nearDue) }));
  },

  async listDue(db, scope, now, level, limit) {
    const rows = await db.$queryRawUnsafe<(DueItem & { taskId: string; status: "OPEN"; departmentName: string; handlerName: string | null })[]>(
      `SELECT ${COLUMNS}, a."taskId", a."status", d."name" AS "departmentName", o."name" AS "handlerName"
       FROM ${FROM} JOIN "Department" d ON d."id" = a."departmentId" LEFT JOIN "Officer" o ON o."id" = a."handlerId"
       WHERE a."status" = 'OPEN' AND ($2::text IS NULL OR a."departmentId" = $2)
         AND ${level === "overdue" ? `a."dueAt" < $1` : `a."dueAt" >= $1 AND a."yellowAt" <= $1`}
       ORDER BY a."dueAt", a."id" LIMIT $3`,
      now,
      scope.departmentId,
      limit,
    );
    return rows.map(
      (r): BoardItem => ({
        id: r.id,
        ref: r.ref,
        title: r.title,
        departmentId: r.departmentId,
        handlerId: r.handlerId,
        dueAt: r.dueAt,
        kind: "assigned_task",
        kindLabel: "交办任务",
        href: href(r.taskId),
        statusLabel: TASK_STATUS_LABELS[r.status],
        departmentName: r.departmentName,
        handlerName: r.handlerName,
        detail: null,
        extensionPending: false,
      }),
    );
  },

  async findOwner(db, id) {
    const a = await db.taskAssignment.findUnique({ where: { id }, include: { task: { select: { ref: true, title: true } } } });
    if (!a) return null;
    return { id: a.id, ref: a.task.ref, title: a.task.title, departmentId: a.departmentId, handlerId: a.handlerId, dueAt: a.dueAt, open: a.status !== "ACCEPTED" };
  },

  async recordEvent(tx, id, e) {
    await tx.taskEntry.create({ data: { assignmentId: id, type: e.type, actorId: e.actorId, note: e.note, createdAt: e.now } });
  },
});
