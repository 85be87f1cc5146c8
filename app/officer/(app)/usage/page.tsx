import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/session";
import { beijingDate } from "@/lib/calendar/work-calendar";
import { renderBarChart } from "@/lib/charts/render-bar-chart";
import { isAppError } from "@/lib/errors";
import { formatUsageCell, getUsageScorecard } from "@/lib/usage/usage-scorecard";
import { formatYuan } from "@/lib/vehicles/money";

export const metadata = { title: "使用情况" };

export default async function UsagePage({ searchParams }: PageProps<"/officer/usage">) {
  const { actor, allowed } = await requirePagePermission("usage.view");
  if (!allowed) return <Forbidden />;
  const sp = await searchParams;
  const month = typeof sp.month === "string" && sp.month ? sp.month : beijingDate(new Date()).slice(0, 7);
  let card: Awaited<ReturnType<typeof getUsageScorecard>> | null = null;
  let monthError: string | null = null;
  try {
    card = await getUsageScorecard({ actor, month });
  } catch (err) {
    if (!isAppError(err, "VALIDATION")) throw err;
    monthError = err.fieldErrors?.month ?? err.userMessage;
  }
  const ranked = card?.rows.filter((r) => r.score !== null) ?? [];
  // The twelve units that saved most (all at 0 until the documents module counts pages).
  const paperRows = [...(card?.rows ?? [])].sort((a, b) => b.paperSavedFen - a.paperSavedFen).slice(0, 12);
  const notes = card?.metrics.filter((m) => m.note) ?? [];
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold text-brand-700">使用情况</h1>
        <p className="text-sm text-slate-600">各单位每月使用本平台的情况、排名和节约纸张的估算。</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="block">
          <span className="block text-sm font-semibold">月份</span>
          <input type="month" name="month" defaultValue={month} aria-invalid={!!monthError} aria-describedby={monthError ? "month-error" : undefined} className="rounded border border-slate-400 p-2" />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">查看</button>
        {card && <a href={`/officer/usage/export?month=${card.month}`} className="rounded border border-brand-600 px-4 py-2 text-brand-700">导出CSV</a>}
        {can(actor, "settings.manage") && <Link href="/officer/usage/settings" className="px-2 py-2 text-brand-700 underline">权重和纸张单价设置</Link>}
        {monthError && <p id="month-error" className="w-full font-semibold text-accent-700">错误：{monthError}</p>}
      </form>
      {card && (
        <>
          <section aria-labelledby="ranking" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="ranking" className="text-lg font-bold">{card.month} 排名</h2>
            {ranked.length === 0 ? (
              <p className="text-slate-600">本月还没有可排名的单位。</p>
            ) : (
              <ol className="mt-2 space-y-1">
                {ranked.map((r) => (
                  <li key={r.departmentId} className="flex items-baseline justify-between gap-2 border-b border-slate-100 py-1">
                    <span><span className="inline-block w-8 font-bold tabular-nums">{r.rank}</span>{r.departmentName}</span>
                    <span className="font-bold tabular-nums">{r.score}</span>
                  </li>
                ))}
              </ol>
            )}
            <p className="mt-2 text-xs text-slate-600">
              得分 = 各项得分按权重加权平均（{card.metrics.filter((m) => m.weight > 0).map((m) => `${m.label}${m.weight}`).join("、")}）；比率按本身计，次数按当月最高的单位折算；某项无数据的单位该项不计入。
            </p>
          </section>

          <section aria-labelledby="table" className="rounded-md border border-slate-200 bg-white shadow-sm">
            <h2 id="table" className="px-4 pt-3 text-lg font-bold">各单位明细</h2>
            <div className="overflow-x-auto">
              <table className="w-full min-w-[720px] text-left text-sm">
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="px-3 py-2">单位</th>
                    {card.metrics.map((m) => (
                      <th key={m.key} scope="col" className="px-3 py-2 text-right">{m.label}{m.unit ? `（${m.unit}）` : ""}{m.note ? " *" : ""}</th>
                    ))}
                    <th scope="col" className="px-3 py-2 text-right">得分</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {card.rows.map((r) => (
                    <tr key={r.departmentId}>
                      <th scope="row" className="px-3 py-2 font-semibold">{r.departmentName}</th>
                      {card!.metrics.map((m) => (
                        <td key={m.key} className="px-3 py-2 text-right tabular-nums">{formatUsageCell(r.cells[m.key], m.kind)}</td>
                      ))}
                      <td className="px-3 py-2 text-right font-bold tabular-nums">{r.score ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {notes.map((m) => (
              <p key={m.key} className="px-4 pb-3 text-sm font-semibold text-amber-800">* {m.label}：{m.note}</p>
            ))}
          </section>

          <section aria-labelledby="paper" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="paper" className="text-lg font-bold">节约纸张估算</h2>
            <p>
              本月电子流转 <strong className="tabular-nums">{card.paper.pages}</strong> 页，按每页 {formatYuan(card.settings.pageCostFen)} 元估算，节约约{" "}
              <strong className="tabular-nums">{formatYuan(card.paper.savedFen)}</strong> 元。
            </p>
            <p className="text-sm text-slate-600">电子流转页数：本月分发的每份公文的页数 × 分发份数（收文单位和个人）。</p>
            {paperRows.length > 0 && (
              <>
                <div
                  role="img"
                  aria-label="各单位节约纸张费用（元）条形图，数据见下表"
                  className="[&_svg]:h-auto [&_svg]:w-full"
                  dangerouslySetInnerHTML={{ __html: renderBarChart({ labels: paperRows.map((r) => r.departmentName), values: paperRows.map((r) => r.paperSavedFen / 100), width: 560 }) }}
                />
                <table className="mt-2 w-full text-sm">
                  <caption className="sr-only">各单位节约纸张费用</caption>
                  <tbody>
                    {paperRows.map((r) => (
                      <tr key={r.departmentId} className="border-t border-slate-100">
                        <th scope="row" className="py-1 text-left font-normal">{r.departmentName}</th>
                        <td className="py-1 text-right tabular-nums">{r.paperPages} 页 · {formatYuan(r.paperSavedFen)} 元</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
