import type { OutboxStatus } from "@/generated/prisma/enums";

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  QUEUED: "排队中",
  SENDING: "发送中",
  SENT: "已发送",
  DELIVERED: "已送达",
  FAILED: "发送失败",
};

// Colour is never the only signal: the badge always carries the word.
const TONES: Record<OutboxStatus, string> = {
  QUEUED: "border-slate-400 bg-slate-50 text-slate-800",
  SENDING: "border-sky-600 bg-sky-50 text-sky-900",
  SENT: "border-brand-600 bg-brand-50 text-brand-800",
  DELIVERED: "border-emerald-700 bg-emerald-50 text-emerald-900",
  FAILED: "border-accent-600 bg-red-50 text-accent-700",
};

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${TONES[status]}`}>
      {OUTBOX_STATUS_LABELS[status]}
    </span>
  );
}
