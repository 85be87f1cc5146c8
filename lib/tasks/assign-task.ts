// 任务交办: a leader or the office hands a task to one or several units. One Task, one
// TaskAssignment per unit with its own deadline columns (the supervision kind "assigned_task"
// reads them), an ASSIGNED entry, an SMS to each unit's heads and the audit row, in one
// transaction. The reference 交办〔2026〕7号 comes from a per-year counter row incremented in the
// same transaction (as supervision orders are numbered), so it has no gaps and no duplicates.
import "server-only";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { enqueueMessages } from "../notify/enqueue-message";
import { loadCalendarOverrides } from "../calendar/load-calendar";
import { addWorkingDays, beijingDate, endOfBeijingDay, yellowWarningPoint } from "../calendar/work-calendar";
import { departmentContacts } from "../complaints/notify-recipients";
import { formatDeadline } from "../complaints/complaint-format";
import { prepareFiles, type UploadedFile } from "./task-files";
import { formatTaskRef } from "./task-format";
import { ZAssignTaskInput, ZTaskDecision, type TTaskDecision } from "./task.schema";

const invalid = (fieldErrors: Record<string, string>) => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors });

async function nextTaskRef(tx: Tx, year: number) {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "TaskCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "TaskCounter"."last" + 1
    RETURNING "last"`;
  const seq = Number(row.last);
  return { year, seq, ref: formatTaskRef(year, seq) };
}

interface NewTask {
  title: string;
  requirements: string;
  departmentIds: string[];
  dueAt: Date;
  source?: string | null;
}

/** Writes one task with its assignments, entries, SMS and audit row inside the caller's transaction. */
async function insertTask(tx: Tx, actor: Actor, t: NewTask, now: Date, files: Awaited<ReturnType<typeof prepareFiles>> = []) {
  const departmentIds = [...new Set(t.departmentIds)];
  const departments = await tx.department.findMany({ where: { id: { in: departmentIds } }, select: { id: true, name: true } });
  if (departments.length !== departmentIds.length) throw invalid({ departmentIds: "所选承办单位不存在，请重新选择" });
  if (t.dueAt.getTime() <= now.getTime()) throw invalid({ dueOn: "完成期限应晚于现在" });
  const numbered = await nextTaskRef(tx, Number(beijingDate(now).slice(0, 4)));
  const yellowAt = yellowWarningPoint(now, t.dueAt);
  const task = await tx.task.create({
    data: { ...numbered, title: t.title, requirements: t.requirements, assignedById: actor.id, dueAt: t.dueAt, source: t.source ?? null, createdAt: now },
  });
  if (files.length) await tx.taskFile.createMany({ data: files.map((f) => ({ ...f, taskId: task.id, createdAt: now })) });
  for (const d of departments) {
    const a = await tx.taskAssignment.create({ data: { taskId: task.id, departmentId: d.id, dueAt: t.dueAt, yellowAt, createdAt: now } });
    await tx.taskEntry.create({ data: { assignmentId: a.id, type: "ASSIGNED", actorId: actor.id, note: `${actor.name}交办：${t.title}，期限${formatDeadline(t.dueAt)}`, createdAt: now } });
    const heads = await departmentContacts(tx, d.id);
    await enqueueMessages(
      tx,
      heads.map((h) => ({
        recipient: h.phone,
        template: "task.assigned",
        body: `【任务交办】${numbered.ref}“${t.title}”已交办${d.name}，请于${formatDeadline(t.dueAt)}前办结并反馈进展。`,
        dedupeKey: `task-assigned:${a.id}:${h.id}`,
        officerId: h.id,
        relatedType: "TaskAssignment",
        relatedId: a.id,
      })),
    );
  }
  await writeAudit(tx, {
    actorId: actor.id,
    action: "task.assigned",
    targetType: "Task",
    targetId: task.id,
    details: { ref: numbered.ref, title: t.title, units: departments.map((d) => d.name), dueAt: t.dueAt.toISOString(), ...(t.source ? { source: t.source } : {}) },
  });
  return task;
}

export async function computeTaskDue(db: Pick<Tx, "workCalendarDay">, input: { dueMode: "date" | "days"; dueOn?: string; dueDays?: string }, now: Date): Promise<Date> {
  if (input.dueMode === "date") return endOfBeijingDay(input.dueOn!);
  return addWorkingDays(now, Number(input.dueDays), await loadCalendarOverrides(db, now, 600));
}

export async function assignTask({ actor, input, files = [], now = new Date() }: { actor: Actor; input: unknown; files?: UploadedFile[]; now?: Date }) {
  assertPermission(actor, "tasks.assign");
  const parsed = parseInput(ZAssignTaskInput, input);
  const stored = await prepareFiles(files);
  const dueAt = await computeTaskDue(prisma, parsed, now);
  return prisma.$transaction((tx) => insertTask(tx, actor, { ...parsed, dueAt }, now, stored));
}

/**
 * Decisions of a meeting (会议纪要) → tasks, in the caller's transaction (the minutes and their
 * tasks are saved together or not at all). Returns the new tasks' ids in the decisions' order.
 */
export async function createTasksFromDecisions(tx: Tx, actor: Actor, input: { decisions: TTaskDecision[]; source?: string; now?: Date } | TTaskDecision[]): Promise<string[]> {
  assertPermission(actor, "tasks.assign");
  const { decisions, source = null, now = new Date() } = Array.isArray(input) ? { decisions: input } : input;
  const ids: string[] = [];
  for (const d of decisions) {
    const parsed = parseInput(ZTaskDecision, d);
    ids.push((await insertTask(tx, actor, { ...parsed, source }, now)).id);
  }
  return ids;
}
