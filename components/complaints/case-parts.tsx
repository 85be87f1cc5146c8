// Pieces of a case as citizens see it: the state badge, the overdue mark, the public timeline.
import type { ComplaintEventType, ComplaintStatus } from "@/generated/prisma/enums";
import { formatDeadline, STATUS_LABELS } from "@/lib/complaints/complaint-format";

const STATUS_TONES: Partial<Record<ComplaintStatus, string>> = {
  RESOLVED: "bg-green-100 text-green-900 border-green-700",
  CLOSED: "bg-slate-100 text-slate-800 border-slate-500",
  REJECTED: "bg-slate-100 text-slate-800 border-slate-500",
  REOPENED: "bg-amber-100 text-amber-900 border-amber-600",
};

export function StatusBadge({ status }: { status: ComplaintStatus }) {
  return <span className={`inline-block rounded border px-2 py-0.5 font-bold ${STATUS_TONES[status] ?? "bg-brand-50 text-brand-700 border-brand-600"}`}>{STATUS_LABELS[status]}</span>;
}

export function OverdueBadge() {
  return <span className="inline-block rounded bg-accent-600 px-2 py-0.5 font-bold text-white">超期</span>;
}

// Event types in the words a citizen reads when the event carries no note of its own.
const EVENT_WORDS: Partial<Record<ComplaintEventType, string>> = {
  SUBMITTED: "诉求已提交",
  ACCEPTED: "已受理",
  REJECTED: "不予受理",
  ASSIGNED: "已分派承办",
  TRANSFER_REQUESTED: "正在转交其他部门",
  TRANSFER_ACCEPTED: "已转交其他部门办理",
  TRANSFER_DECLINED: "转办未被接收，仍由原部门办理",
  IN_PROGRESS: "正在办理",
  REPLIED: "已答复",
  RESOLVED: "已办结",
  EXTENSION_REQUESTED: "办理部门申请延期",
  EXTENSION_APPROVED: "延期已批准",
  EXTENSION_REFUSED: "延期未获批准",
  YELLOW_WARNING: "办理时限将到，已提醒办理部门",
  RED_CARD: "已超期，县政府督查室已督办",
  SUPERVISION_ORDER: "县政府督查室已下发督办通知",
  RATED: "您已评价",
  REOPENED: "重新办理",
  CLOSED: "已关闭",
  FOLLOWED: "又有群众反映了同一问题",
};

export function Timeline({ events }: { events: { id: string; type: ComplaintEventType; note: string | null; createdAt: Date }[] }) {
  return (
    <ol className="relative ml-3 border-l-2 border-brand-600">
      {[...events].reverse().map((e) => (
        <li key={e.id} className="relative mb-4 pl-5">
          <span aria-hidden className="absolute -left-[9px] top-2 h-4 w-4 rounded-full border-2 border-white bg-brand-600" />
          <p className="font-bold">{EVENT_WORDS[e.type] ?? e.type}</p>
          <p className="text-sm text-slate-600">
            <time dateTime={e.createdAt.toISOString()}>{formatDeadline(e.createdAt)}</time>
          </p>
          {e.note && <p className="mt-1 whitespace-pre-wrap break-words">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
