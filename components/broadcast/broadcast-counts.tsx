// The delivery counts of a broadcast, in the order a message moves through them; 已停止 are the
// messages cancelled before sending (warning withdrawn or expired, or an editor's 停止发送).
import type { OutboxStatus } from "@/generated/prisma/enums";
import { OUTBOX_STATUS_LABELS } from "@/components/notify/outbox-status-badge";

type CountKey = OutboxStatus | "CANCELLED";
export const COUNT_ORDER: CountKey[] = ["QUEUED", "SENDING", "SENT", "DELIVERED", "FAILED", "CANCELLED"];
const LABELS: Record<CountKey, string> = { ...OUTBOX_STATUS_LABELS, CANCELLED: "已停止" };

export function BroadcastCounts({ counts, compact = false }: { counts: Record<CountKey, number>; compact?: boolean }) {
  if (compact) {
    return (
      <span className="whitespace-nowrap text-xs">
        {COUNT_ORDER.map((s) => `${LABELS[s]} ${counts[s]}`).join(" · ")}
      </span>
    );
  }
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-6" aria-label="发送情况">
      {COUNT_ORDER.map((s) => (
        <div key={s} className={`rounded border bg-white p-3 text-center ${s === "FAILED" && counts[s] > 0 ? "border-accent-600" : "border-slate-200"}`} data-testid={`count-${s}`}>
          <dt className="text-sm text-slate-600">{LABELS[s]}</dt>
          <dd className="text-3xl font-bold tabular-nums">{counts[s]}</dd>
        </div>
      ))}
    </dl>
  );
}
