import type { DueMark } from "@/lib/tasks/task-format";

/** The engine's yellow/red mark, in words as well as colour. */
export function DueMarkBadge({ mark }: { mark: DueMark }) {
  if (!mark) return null;
  return mark === "overdue" ? (
    <span className="rounded bg-accent-600 px-2 py-0.5 text-xs font-bold text-white">红牌·已超期</span>
  ) : (
    <span className="rounded bg-amber-300 px-2 py-0.5 text-xs font-bold text-amber-950">黄牌·临期</span>
  );
}
