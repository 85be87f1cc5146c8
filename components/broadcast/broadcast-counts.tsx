// The delivery counts of a broadcast, in the order a message moves through them.
import type { OutboxStatus } from "@/generated/prisma/enums";
import { OUTBOX_STATUS_LABELS } from "@/components/notify/outbox-status-badge";

export const COUNT_ORDER: OutboxStatus[] = ["QUEUED", "SENDING", "SENT", "DELIVERED", "FAILED"];

export function BroadcastCounts({ counts, compact = false }: { counts: Record<OutboxStatus, number>; compact?: boolean }) {
  if (compact) {
    return (
      <span className="whitespace-nowrap text-xs">
        {COUNT_ORDER.map((s) => `${OUTBOX_STATUS_LABELS[s]} ${counts[s]}`).join(" · ")}
      </span>
    );
  }
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" aria-label="发送情况">
      {COUNT_ORDER.map((s) => (
        <div key={s} className={`rounded border bg-white p-3 text-center ${s === "FAILED" && counts[s] > 0 ? "border-accent-600" : "border-slate-200"}`} data-testid={`count-${s}`}>
          <dt className="text-sm text-slate-600">{OUTBOX_STATUS_LABELS[s]}</dt>
          <dd className="text-3xl font-bold tabular-nums">{counts[s]}</dd>
        </div>
      ))}
    </dl>
  );
}
