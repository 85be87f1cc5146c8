// A trace record's history on the officer pages: who changed what, when, the previous value kept.
import { formatDateTime } from "@/lib/format";
import type { listRecordHistory } from "@/lib/trace/list-record-history";

export function RecordHistory({ entries }: { entries: Awaited<ReturnType<typeof listRecordHistory>> }) {
  return (
    <section className="rounded-md border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby="history-title">
      <h2 id="history-title" className="mb-2 text-lg font-bold">修改记录</h2>
      <ol className="space-y-2" data-testid="record-history">
        {entries.map((h) => (
          <li key={h.id}>
            <span className="font-semibold">{h.what}</span> · {formatDateTime(h.at)} · {h.who}
            {h.reason && <span className="block text-sm">理由：{h.reason}</span>}
            {h.changes.length > 0 && (
              <ul className="ml-4 list-disc text-sm">
                {h.changes.map((c) => (
                  <li key={c.field}>
                    {c.field}：<del className="text-slate-600">{c.from ?? "（空）"}</del> → <ins className="no-underline font-semibold">{c.to ?? "（空）"}</ins>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
