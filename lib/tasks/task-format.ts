// Labels and the yellow/red mark of an assignment, one definition for every page.
import type { TaskAssignmentStatus, TaskEntryType } from "@/generated/prisma/enums";

export const TASK_STATUS_LABELS: Record<TaskAssignmentStatus, string> = {
  OPEN: "办理中",
  FINISH_PROPOSED: "待验收",
  ACCEPTED: "已办结",
};

export const TASK_ENTRY_LABELS: Record<TaskEntryType, string> = {
  ASSIGNED: "交办",
  HANDLER_NAMED: "指定承办人",
  PROGRESS: "进展",
  FINISH_PROPOSED: "申请办结",
  ACCEPTED: "验收通过",
  RETURNED: "退回重办",
  URGED: "催办",
  SUPERVISION_ORDER: "督办单",
  PAUSED: "暂停",
  RESUMED: "恢复",
  YELLOW_WARNING: "黄牌预警",
  RED_CARD: "红牌督办",
};

export type DueMark = "overdue" | "nearDue" | null;

/** Overdue / near due (past 80%) for open assignments only; derived at read time, never stored. */
export function dueMark(a: { status: TaskAssignmentStatus; dueAt: Date; yellowAt: Date }, now: Date): DueMark {
  if (a.status !== "OPEN") return null;
  if (a.dueAt.getTime() < now.getTime()) return "overdue";
  if (a.yellowAt.getTime() <= now.getTime()) return "nearDue";
  return null;
}

export function formatTaskRef(year: number, seq: number): string {
  return `交办〔${year}〕${seq}号`;
}
