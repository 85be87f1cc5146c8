// The 待办 centre's list: each item one large link to where the officer acts, its mark (red
// overdue, yellow near due) as a coloured edge and a word, its due time in words. Server-rendered.
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { TodoEntry } from "@/lib/todo/todo-centre";

const EDGE = { red: "border-l-accent-600", yellow: "border-l-amber-500" } as const;
const DUE_TONE = { red: "text-accent-700", yellow: "text-amber-800" } as const;
const MARK_WORD = { red: "已超期", yellow: "临期" } as const;

export function TodoList({ items, emptyText }: { items: TodoEntry[]; emptyText: string }) {
  if (items.length === 0) {
    return <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{emptyText}</p>;
  }
  return (
    <ol className="space-y-2" aria-label="事项列表">
      {items.map((item) => (
        <li key={`${item.source}:${item.id}`} data-todo-item={`${item.source}:${item.id}`} data-due={item.dueAt?.toISOString()} data-mark={item.mark ?? undefined}>
          <Link
            href={item.href}
            className={`flex min-h-16 items-start gap-3 rounded-md border border-l-8 border-slate-200 bg-white px-4 py-3 shadow-sm hover:bg-brand-50 focus:outline-none focus:ring-4 focus:ring-brand-100 ${item.mark ? EDGE[item.mark] : "border-l-slate-200"}`}
          >
            <span className="min-w-0 flex-1">
              <span className="flex flex-wrap items-center gap-1.5 text-sm">
                <span className="rounded bg-brand-700 px-2 py-0.5 font-semibold text-white">{item.action}</span>
                <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-700">{item.sourceLabel}</span>
                {item.urgency && <span className="rounded bg-accent-600 px-2 py-0.5 font-semibold text-white">{item.urgency}</span>}
                {item.mark && (
                  <span className={`rounded px-2 py-0.5 font-semibold ${item.mark === "red" ? "bg-red-100 text-accent-700" : "bg-amber-100 text-amber-900"}`}>
                    {MARK_WORD[item.mark]}
                  </span>
                )}
              </span>
              <span className="mt-1 block break-words text-base font-semibold text-slate-900">{item.title}</span>
              {item.detail && <span className="block break-words text-sm text-slate-600">{item.detail}</span>}
            </span>
            <span className="shrink-0 text-right text-sm">
              {item.dueText ? (
                <>
                  <span className={`block font-semibold ${item.mark ? DUE_TONE[item.mark] : "text-slate-700"}`}>{item.dueText}</span>
                  <span className="block text-xs text-slate-500">
                    <span className="sr-only">期限</span>
                    {formatDateTime(item.dueAt)}
                  </span>
                </>
              ) : (
                <span className="block text-xs text-slate-500">{formatDateTime(item.since)}</span>
              )}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
