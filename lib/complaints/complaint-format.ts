// How dates and states read in Chinese, shared by pages, messages and exports.
import type { ComplaintStatus } from "@/generated/prisma/enums";

const dateTime = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});
const timeOnly = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false });

/** 2026年11月30日 23:59 */
export function formatDeadline(at: Date): string {
  return dateTime.format(at).replace(/\s+/, " ");
}

export function formatTime(at: Date): string {
  return timeOnly.format(at);
}

export const STATUS_LABELS: Record<ComplaintStatus, string> = {
  SUBMITTED: "待受理",
  ACCEPTED: "已受理",
  ASSIGNED: "已分派",
  IN_PROGRESS: "办理中",
  RESOLVED: "已办结",
  CLOSED: "已关闭",
  REJECTED: "不予受理",
  REOPENED: "重新办理",
};

export const OPEN_STATUSES: ComplaintStatus[] = ["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"];

export function isOpenStatus(status: ComplaintStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Overdue is derived at read time from the deadline, never stored (DESIGN.md). */
export function isOverdue(c: { status: ComplaintStatus; deadlineAt: Date }, now = new Date()): boolean {
  return isOpenStatus(c.status) && c.deadlineAt.getTime() < now.getTime();
}

/**
 * Near due (临期): open, not yet overdue, and at least 80% of the time used, i.e. past the
 * yellow-warning point (DESIGN.md "Supervision"). The one meaning of "near due" for the inbox
 * filter and badges, the case page, the dashboard and the supervision board.
 */
export function isNearDue(c: { status: ComplaintStatus; deadlineAt: Date; yellowWarnAt: Date | null }, now = new Date()): boolean {
  return isOpenStatus(c.status) && !isOverdue(c, now) && !!c.yellowWarnAt && c.yellowWarnAt.getTime() <= now.getTime();
}

/** The same rule as a query condition (open statuses are the caller's). */
export function nearDueWhere(now: Date) {
  return { deadlineAt: { gte: now }, yellowWarnAt: { lte: now } };
}

/** Days after resolution in which "not solved" sends the case back for a redo. */
export const REOPEN_WINDOW_DAYS = 7;
