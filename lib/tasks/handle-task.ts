// What happens to one unit's assignment after 交办: the unit reports progress (进展) and finishes
// (办结) with evidence; its head may name a handling officer; the assigner accepts the finish
// (验收) or sends it back with a reason (退回, the deadline keeps running). Each act is one
// transaction: the state change with the expected `version` in its WHERE (a lost race is a
// CONFLICT and writes nothing), the timeline entry with its files, the SMS and the audit row.
import "server-only";
import type { TaskAssignmentStatus, TaskEntryType } from "@/generated/prisma/enums";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, can, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { enqueueMessages, type OutboxInput } from "../notify/enqueue-message";
import { departmentContacts, officerPhone } from "../complaints/notify-recipients";
import { prepareFiles, type UploadedFile } from "./task-files";
import { ZTaskFinishInput, ZTaskHandlerInput, ZTaskNoteInput, ZTaskReturnInput } from "./task.schema";

type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;

function load(tx: Tx, assignmentId: string) {
  return tx.taskAssignment.findUnique({
    where: { id: assignmentId },
    include: { task: { select: { id: true, ref: true, title: true, assignedById: true } }, department: { select: { name: true } } },
  });
}

/** An officer of the unit with tasks.handle; once a handler is named, that officer or the unit's head. */
export function canHandleAssignment(actor: Actor, a: { departmentId: string; handlerId: string | null }): boolean {
  return can(actor, "tasks.handle") && actor.departmentId === a.departmentId && (!a.handlerId || a.handlerId === actor.id || can(actor, "complaints.assign"));
}

/** The assigner, or an officer of the assigner's unit who may assign tasks (the office covers for a leader). */
export async function canReviewTask(db: Pick<Tx, "officer">, actor: Actor, task: { assignedById: string }): Promise<boolean> {
  if (!can(actor, "tasks.assign")) return false;
  if (task.assignedById === actor.id) return true;
  const assigner = await db.officer.findUnique({ where: { id: task.assignedById }, select: { departmentId: true } });
  return assigner?.departmentId === actor.departmentId;
}

interface Step {
  actor: Actor;
  assignmentId: string;
  expectedVersion?: number;
  now: Date;
  /** Checks who may act and the state; returns the entry, the new columns and the messages. */
  plan: (a: Loaded, tx: Tx) => Promise<{
    entry: { type: TaskEntryType; note: string };
    data?: { status?: TaskAssignmentStatus; handlerId?: string; finishedAt?: Date | null; acceptedAt?: Date };
    messages?: OutboxInput[];
    audit: { action: string; details?: Record<string, string> };
  }>;
  files?: Awaited<ReturnType<typeof prepareFiles>>;
}

async function step({ actor, assignmentId, expectedVersion, now, plan, files = [] }: Step) {
  return prisma.$transaction(async (tx) => {
    const a = await load(tx, assignmentId);
    if (!a) throw new AppError("NOT_FOUND", "没有找到该交办任务。");
    const p = await plan(a, tx);
    if (p.data) {
      if (expectedVersion !== undefined && expectedVersion !== a.version) throw new AppError("CONFLICT", "该任务已被他人处理，请刷新页面后再操作。");
      const { count } = await tx.taskAssignment.updateMany({ where: { id: a.id, version: a.version }, data: { ...p.data, version: { increment: 1 } } });
      if (count !== 1) throw new AppError("CONFLICT", "该任务已被他人处理，请刷新页面后再操作。");
    }
    const entry = await tx.taskEntry.create({ data: { assignmentId: a.id, type: p.entry.type, actorId: actor.id, note: p.entry.note, createdAt: now } });
    if (files.length) await tx.taskFile.createMany({ data: files.map((f) => ({ ...f, entryId: entry.id, createdAt: now })) });
    if (p.messages?.length) await enqueueMessages(tx, p.messages);
    await writeAudit(tx, { actorId: actor.id, action: p.audit.action, targetType: "TaskAssignment", targetId: a.id, details: { ref: a.task.ref, title: a.task.title, unit: a.department.name, ...p.audit.details } });
    return tx.taskAssignment.findUniqueOrThrow({ where: { id: a.id } });
  });
}

function assertHandler(actor: Actor, a: Loaded) {
  assertPermission(actor, "tasks.handle");
  if (!canHandleAssignment(actor, a)) throw new AppError("FORBIDDEN", a.departmentId === actor.departmentId ? "该任务已指定其他承办人。" : "该任务不是交给您所在单位的。");
}

/** 进展: a dated entry with text and optional photo/file evidence; the state does not change. */
export async function reportTaskProgress({ actor, assignmentId, input, files = [], now = new Date() }: { actor: Actor; assignmentId: string; input: unknown; files?: UploadedFile[]; now?: Date }) {
  assertPermission(actor, "tasks.handle");
  const { note } = parseInput(ZTaskNoteInput, input);
  const stored = await prepareFiles(files);
  return step({
    actor,
    assignmentId,
    now,
    files: stored,
    plan: async (a) => {
      assertHandler(actor, a);
      if (a.status === "ACCEPTED") throw new AppError("CONFLICT", "该任务已办结，不能再报送进展。");
      return { entry: { type: "PROGRESS", note }, audit: { action: "task.progress_reported" } };
    },
  });
}

/** 办结: the unit reports the task done with evidence; the assigner is told by SMS. */
export async function proposeTaskFinish({ actor, assignmentId, expectedVersion, input, files = [], now = new Date() }: { actor: Actor; assignmentId: string; expectedVersion: number; input: unknown; files?: UploadedFile[]; now?: Date }) {
  assertPermission(actor, "tasks.handle");
  const { note } = parseInput(ZTaskFinishInput, input);
  const stored = await prepareFiles(files);
  return step({
    actor,
    assignmentId,
    expectedVersion,
    now,
    files: stored,
    plan: async (a, tx) => {
      assertHandler(actor, a);
      if (a.status !== "OPEN") throw new AppError("CONFLICT", a.status === "ACCEPTED" ? "该任务已办结。" : "已申请办结，正在等待验收。");
      const assigner = await officerPhone(tx, a.task.assignedById);
      return {
        entry: { type: "FINISH_PROPOSED", note },
        data: { status: "FINISH_PROPOSED", finishedAt: now },
        messages: assigner.map((r) => ({ recipient: r.phone, template: "task.finish_proposed", body: `【任务办结待验收】${a.department.name}报告${a.task.ref}“${a.task.title}”已办结，请验收。`, dedupeKey: `task-finish:${a.id}:${a.version}:${r.id}`, officerId: r.id, relatedType: "TaskAssignment", relatedId: a.id })),
        audit: { action: "task.finish_proposed" },
      };
    },
  });
}

/** 验收: the assigner accepts the unit's finish; the assignment is done. */
export async function acceptTaskFinish({ actor, assignmentId, expectedVersion, now = new Date() }: { actor: Actor; assignmentId: string; expectedVersion: number; now?: Date }) {
  assertPermission(actor, "tasks.assign");
  return step({
    actor,
    assignmentId,
    expectedVersion,
    now,
    plan: async (a, tx) => {
      if (!(await canReviewTask(tx, actor, a.task))) throw new AppError("FORBIDDEN", "只有交办人或其所在单位可以验收。");
      if (a.status !== "FINISH_PROPOSED") throw new AppError("CONFLICT", a.status === "ACCEPTED" ? "该任务已验收。" : "承办单位尚未申请办结。");
      return { entry: { type: "ACCEPTED", note: `${actor.name}验收通过。` }, data: { status: "ACCEPTED", acceptedAt: now }, audit: { action: "task.accepted" } };
    },
  });
}

/** 退回: the assigner sends the finish back with a reason; the unit works on, same deadline. */
export async function returnTaskFinish({ actor, assignmentId, expectedVersion, input, now = new Date() }: { actor: Actor; assignmentId: string; expectedVersion: number; input: unknown; now?: Date }) {
  assertPermission(actor, "tasks.assign");
  const { reason } = parseInput(ZTaskReturnInput, input);
  return step({
    actor,
    assignmentId,
    expectedVersion,
    now,
    plan: async (a, tx) => {
      if (!(await canReviewTask(tx, actor, a.task))) throw new AppError("FORBIDDEN", "只有交办人或其所在单位可以退回。");
      if (a.status !== "FINISH_PROPOSED") throw new AppError("CONFLICT", a.status === "ACCEPTED" ? "该任务已验收。" : "承办单位尚未申请办结。");
      const contacts = [...(await departmentContacts(tx, a.departmentId)), ...(await officerPhone(tx, a.handlerId))];
      const seen = new Set<string>();
      return {
        entry: { type: "RETURNED", note: `退回重办：${reason}` },
        data: { status: "OPEN", finishedAt: null },
        messages: contacts
          .filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)))
          .map((r) => ({ recipient: r.phone, template: "task.returned", body: `【任务退回】${a.task.ref}“${a.task.title}”的办结被退回：${reason}`, dedupeKey: `task-return:${a.id}:${a.version}:${r.id}`, officerId: r.id, relatedType: "TaskAssignment", relatedId: a.id })),
        audit: { action: "task.returned", details: { reason } },
      };
    },
  });
}

/** The unit's head names the officer who handles the task (an officer of the same unit). */
export async function nameTaskHandler({ actor, assignmentId, expectedVersion, input, now = new Date() }: { actor: Actor; assignmentId: string; expectedVersion: number; input: unknown; now?: Date }) {
  // The permission that lets a head assign the unit's cases lets them name a task's handler.
  assertPermission(actor, "complaints.assign");
  const { handlerId } = parseInput(ZTaskHandlerInput, input);
  return step({
    actor,
    assignmentId,
    expectedVersion,
    now,
    plan: async (a, tx) => {
      if (a.departmentId !== actor.departmentId) throw new AppError("FORBIDDEN", "该任务不是交给您所在单位的。");
      if (a.status === "ACCEPTED") throw new AppError("CONFLICT", "该任务已办结。");
      const officer = await tx.officer.findUnique({ where: { id: handlerId }, select: { id: true, name: true, departmentId: true, isActive: true, phone: true } });
      if (!officer || officer.departmentId !== a.departmentId || !officer.isActive) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { handlerId: "请选择本单位在岗人员" } });
      return {
        entry: { type: "HANDLER_NAMED", note: `指定${officer.name}承办。` },
        data: { handlerId: officer.id },
        messages: officer.phone ? [{ recipient: officer.phone, template: "task.handler_named", body: `【任务交办】${a.task.ref}“${a.task.title}”由您承办，请按期办结并反馈进展。`, dedupeKey: `task-handler:${a.id}:${a.version}:${officer.id}`, officerId: officer.id, relatedType: "TaskAssignment", relatedId: a.id }] : [],
        audit: { action: "task.handler_named", details: { handler: officer.name } },
      };
    },
  });
}
