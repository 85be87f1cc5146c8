// After the meeting: the minutes (纪要) text and its decisions (议定事项), each with the units
// responsible and a due date, which can become tasks (任务交办) in one step. The task domain is
// lib/tasks; this module does not build tasks: `convertDecisionsToTasks` takes the function that
// does (lib/tasks' createTasksFromDecisions) and records the task ids in the same transaction.
// A formal 纪要 is a document and goes through the documents workflow (lib/documents).
import "server-only";
import { assertPermission, type Actor } from "../auth/actor";
import { prisma, type Tx } from "../db";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { endOfBeijingDay } from "../calendar/work-calendar";
import { createTasksFromDecisions } from "../tasks/assign-task";
import { createDocumentDraft } from "../documents/save-document-draft";
import { blocksToHtml, type RichBlock } from "../documents/rich-text";
import { loadManagedMeeting } from "./meeting-access";
import { ZMinutesInput } from "./meeting.schema";

export interface ParsedDecision {
  text: string;
  departmentNames: string[];
  dueDate: string | null;
}

/** "事项｜单位A、单位B｜2026-12-31" (units and date optional) → its parts, or a message. */
export function parseDecisionLine(line: string): ParsedDecision | string {
  const [text, units = "", due = ""] = line.split(/[|｜]/).map((p) => p.trim());
  if (!text) return "议定事项不能为空";
  if (text.length > 500) return "每项议定事项不能超过500个字";
  if (due && !/^\d{4}-\d{2}-\d{2}$/.test(due)) return `“${text.slice(0, 12)}”的完成时限应写成 2026-12-31`;
  return { text, departmentNames: units.split(/[、,，\s]+/).filter(Boolean), dueDate: due || null };
}

export async function saveMinutes({ actor, meetingId, input, now = new Date() }: { actor: Actor; meetingId: string; input: unknown; now?: Date }) {
  assertPermission(actor, "meetings.organise");
  const data = parseInput(ZMinutesInput, input);
  const parsed = data.decisions.map(parseDecisionLine);
  const bad = parsed.find((p): p is string => typeof p === "string");
  if (bad) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { decisions: bad } });
  const decisions = parsed as ParsedDecision[];
  return prisma.$transaction(async (tx) => {
    const meeting = await loadManagedMeeting(tx, actor, meetingId, true);
    if (meeting.status !== "PUBLISHED") throw new AppError("CONFLICT", "只有已召开的会议才能录入纪要。");
    const names = [...new Set(decisions.flatMap((d) => d.departmentNames))];
    const departments = names.length ? await tx.department.findMany({ where: { name: { in: names } }, select: { id: true, name: true } }) : [];
    const unknown = names.filter((n) => !departments.some((d) => d.name === n));
    if (unknown.length) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { decisions: `没有找到单位：${unknown.join("、")}（请写单位全称）` } });
    await tx.meeting.update({ where: { id: meetingId }, data: { minutes: data.minutes || null, minutesById: actor.id, minutesAt: now } });
    // Decisions already turned into tasks stay as they are; the others are replaced by the list.
    await tx.meetingDecision.deleteMany({ where: { meetingId, taskId: null } });
    const kept = await tx.meetingDecision.aggregate({ where: { meetingId }, _max: { position: true } });
    const start = kept._max.position ?? 0;
    if (decisions.length) {
      await tx.meetingDecision.createMany({
        data: decisions.map((d, i) => ({
          meetingId,
          position: start + i + 1,
          text: d.text,
          departmentIds: d.departmentNames.map((n) => departments.find((x) => x.name === n)!.id),
          dueAt: d.dueDate ? endOfBeijingDay(d.dueDate) : null,
        })),
      });
    }
    await writeAudit(tx, { actorId: actor.id, action: "meeting.minutes_saved", targetType: "Meeting", targetId: meetingId, details: { title: meeting.title, decisions: decisions.length } });
  });
}

/** What lib/tasks' createTasksFromDecisions takes for each decision. */
export interface DecisionTaskInput {
  title: string;
  requirements: string;
  departmentIds: string[];
  dueAt: Date;
}

/** Creates one task per item, in order, and answers their ids: lib/tasks' createTasksFromDecisions. */
export type CreateTasksFromDecisions = (tx: Tx, actor: Actor, items: DecisionTaskInput[]) => Promise<(string | { id: string })[]>;

/**
 * 转为任务: turns the chosen decisions (all open ones when none are named) into tasks through
 * `createTasks`, in one transaction with the record of which task each became. Each needs units
 * and a due date; a decision already converted is skipped.
 */
export async function convertDecisionsToTasks({ actor, meetingId, decisionIds, createTasks = createTasksFromDecisions }: { actor: Actor; meetingId: string; decisionIds?: string[]; createTasks?: CreateTasksFromDecisions }) {
  assertPermission(actor, "meetings.organise");
  return prisma.$transaction(async (tx) => {
    const meeting = await loadManagedMeeting(tx, actor, meetingId, true);
    const decisions = await tx.meetingDecision.findMany({ where: { meetingId, taskId: null, ...(decisionIds?.length ? { id: { in: decisionIds } } : {}) }, orderBy: { position: "asc" } });
    if (decisions.length === 0) throw new AppError("CONFLICT", "没有可转为任务的议定事项。");
    const incomplete = decisions.filter((d) => d.departmentIds.length === 0 || !d.dueAt);
    if (incomplete.length) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { decisions: `第${incomplete.map((d) => d.position).join("、")}项缺少责任单位或完成时限` } });
    const items: DecisionTaskInput[] = decisions.map((d) => ({
      title: d.text.length > 60 ? `${d.text.slice(0, 59)}…` : d.text,
      requirements: `${d.text}\n（来源：${meeting.title}会议纪要议定事项第${d.position}项）`,
      departmentIds: d.departmentIds,
      dueAt: d.dueAt!,
    }));
    const tasks = (await createTasks(tx, actor, items)).map((t) => (typeof t === "string" ? t : t.id));
    if (tasks.length !== decisions.length) throw new AppError("INTERNAL", "任务创建数量不符。");
    const now = new Date();
    for (const [i, d] of decisions.entries()) await tx.meetingDecision.update({ where: { id: d.id }, data: { taskId: tasks[i], convertedAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.decisions_converted", targetType: "Meeting", targetId: meetingId, details: { title: meeting.title, count: decisions.length } });
    return tasks;
  });
}

/**
 * 起草正式纪要: a formal 纪要 is an official document, so it goes through the document workflow
 * (route, 签发, number, seal, distribution). This drafts it once from the saved minutes and
 * decisions, addressed to the invited units, and links it to the meeting; the drafter edits and
 * sends it on from the documents pages. A second call answers the draft made before.
 */
export async function draftFormalMinutes({ actor, meetingId }: { actor: Actor; meetingId: string }): Promise<{ documentId: string; created: boolean }> {
  assertPermission(actor, "meetings.organise");
  assertPermission(actor, "documents.draft");
  const meeting = await prisma.$transaction((tx) => loadManagedMeeting(tx, actor, meetingId));
  if (meeting.minutesDocumentId) return { documentId: meeting.minutesDocumentId, created: false };
  if (!meeting.minutes?.trim()) throw new AppError("VALIDATION", "请先填写并保存纪要内容，再起草正式纪要。", { fieldErrors: { minutes: "请先填写并保存纪要内容" } });
  const [decisions, invited] = await Promise.all([
    prisma.meetingDecision.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { text: true } }),
    prisma.meetingInvitation.findMany({ where: { meetingId }, distinct: ["departmentId"], select: { departmentId: true } }),
  ]);
  const paragraph = (text: string): RichBlock => ({ type: "p", runs: [{ text }] });
  const blocks: RichBlock[] = meeting.minutes.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map(paragraph);
  if (decisions.length) {
    blocks.push(paragraph("会议议定以下事项："));
    blocks.push(...decisions.map((d): RichBlock => ({ type: "li", list: "ol", runs: [{ text: d.text }] })));
  }
  const doc = await createDocumentDraft({
    actor,
    input: { kind: "MINUTES", title: `${meeting.title}纪要`.slice(0, 200), mainToIds: invited.map((i) => i.departmentId), copyToIds: [], bodyHtml: blocksToHtml(blocks) },
  });
  // Linked only if no one linked one meanwhile; otherwise theirs stands (ours stays a draft).
  const { count } = await prisma.meeting.updateMany({ where: { id: meetingId, minutesDocumentId: null }, data: { minutesDocumentId: doc.id } });
  if (count === 0) return { documentId: (await prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesDocumentId!, created: false };
  return { documentId: doc.id, created: true };
}
