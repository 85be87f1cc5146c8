// Small pieces shared by the workbench, the case page and the supervision board.
import type { ComplaintStatus } from "@/generated/prisma/enums";
import { countdownText } from "@/lib/complaints/case-actions";
import { formatDeadline, STATUS_LABELS } from "@/lib/complaints/complaint-format";

const STATUS_TONES: Record<ComplaintStatus, string> = {
  SUBMITTED: "bg-blue-100 text-blue-900",
  ACCEPTED: "bg-sky-100 text-sky-900",
  ASSIGNED: "bg-indigo-100 text-indigo-900",
  IN_PROGRESS: "bg-violet-100 text-violet-900",
  REOPENED: "bg-orange-100 text-orange-900",
  RESOLVED: "bg-green-100 text-green-900",
  CLOSED: "bg-slate-200 text-slate-800",
  REJECTED: "bg-slate-200 text-slate-800",
};

export function StatusBadge({ status }: { status: ComplaintStatus }) {
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${STATUS_TONES[status]}`}>{STATUS_LABELS[status]}</span>;
}

/** Red 超期 past the deadline, amber 临期 once 80% of the time is used (the yellow warning point). */
export function DueBadge({ isOverdue, isNearDue }: { isOverdue: boolean; isNearDue: boolean }) {
  if (isOverdue) return <span className="inline-block whitespace-nowrap rounded bg-accent-600 px-2 py-0.5 text-xs font-bold text-white">超期</span>;
  if (isNearDue) return <span className="inline-block whitespace-nowrap rounded bg-amber-400 px-2 py-0.5 text-xs font-bold text-amber-950">临期</span>;
  return null;
}

/** The deadline, its countdown for open cases, and the due badge. */
export function DeadlineText({ deadlineAt, isOpen, isOverdue, isNearDue, now }: { deadlineAt: Date; isOpen: boolean; isOverdue: boolean; isNearDue: boolean; now: Date }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <time dateTime={deadlineAt.toISOString()} className="whitespace-nowrap">
        {formatDeadline(deadlineAt)}
      </time>
      {isOpen && <span className={`whitespace-nowrap text-xs ${isOverdue ? "font-bold text-accent-700" : isNearDue ? "font-semibold text-amber-800" : "text-slate-600"}`}>{countdownText(deadlineAt, now)}</span>}
      <DueBadge isOverdue={isOverdue} isNearDue={isNearDue} />
    </span>
  );
}
