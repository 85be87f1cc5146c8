import Link from "next/link";
import type { ReactNode } from "react";

/** GOV.UK summary list: key, value and an optional "修改" link per row. */
export function SummaryList({ rows }: { rows: { key: string; value: ReactNode; changeHref?: string }[] }) {
  return (
    <dl className="divide-y divide-slate-200 border-y border-slate-200">
      {rows.map((r) => (
        <div key={r.key} className="grid gap-1 py-3 sm:grid-cols-[10rem_1fr_auto] sm:gap-4">
          <dt className="font-bold">{r.key}</dt>
          <dd className="min-w-0 whitespace-pre-wrap break-words">{r.value}</dd>
          {r.changeHref && (
            <dd>
              <Link href={r.changeHref} className="inline-block py-1 text-brand-600 underline">
                修改<span className="sr-only">{r.key}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
