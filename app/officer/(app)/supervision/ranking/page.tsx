import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/session";
import { renderBarChart } from "@/lib/charts/render-bar-chart";
import { isAppError } from "@/lib/errors";
import { beijingDate } from "@/lib/calendar/work-calendar";
import { getScorecards, WEIGHT_LABELS, type ScorecardWeights } from "@/lib/supervision/scorecard";
import type { Ratio } from "@/lib/complaints/complaint-stats";
import { saveWeightsAction } from "../actions";

export const metadata = { title: "部门考核排名" };

const pct = (r: Ratio) => (r.rate === null ? "—" : `${Math.round(r.rate * 1000) / 10}%`);

function Bars({ title, rows }: { title: string; rows: { name: string; count: number }[] }) {
  return (
    <section aria-labelledby={`bars-${title}`} className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={`bars-${title}`} className="text-lg font-bold">{title}</h2>
      {rows.length === 0 ? (
        <p className="text-slate-600">本月没有诉求。</p>
      ) : (
        <>
          <div role="img" aria-label={`${title}条形图，数据见下表`} className="[&_svg]:h-auto [&_svg]:w-full" dangerouslySetInnerHTML={{ __html: renderBarChart({ labels: rows.map((r) => r.name), values: rows.map((r) => r.count), width: 520 }) }} />
          <table className="mt-2 w-full text-sm">
            <tbody>
              {rows.map((r) => (
                <tr key={r.name} className="border-t border-slate-100">
                  <th scope="row" className="py-1 text-left font-normal">{r.name}</th>
                  <td className="py-1 text-right tabular-nums">{r.count} 件</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

export default async function RankingPage({ searchParams }: PageProps<"/officer/supervision/ranking">) {
  const { actor, allowed } = await requirePagePermission("stats.view");
  if (!allowed) return <Forbidden />;
  const sp = await searchParams;
  const month = typeof sp.month === "string" && sp.month ? sp.month : beijingDate(new Date()).slice(0, 7);
  let card: Awaited<ReturnType<typeof getScorecards>> | null = null;
  let monthError: string | null = null;
  try {
    card = await getScorecards({ actor, month });
  } catch (err) {
    if (!isAppError(err, "VALIDATION")) throw err;
    monthError = err.fieldErrors?.month ?? err.userMessage;
  }
  const configures = can(actor, "supervision.scorecard.configure");
  const error = typeof sp.error === "string" ? sp.error : null;
  const typed = (k: keyof ScorecardWeights) => (typeof sp[`w_${k}`] === "string" ? String(sp[`w_${k}`]) : String(card?.weights[k] ?? ""));

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold text-brand-700">部门考核排名</h1>
        <p className="text-sm text-slate-600">按月统计各部门办理诉求的情况和加权得分；本月没有诉求的部门不列入排名。</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="block">
          <span className="block text-sm font-semibold">月份</span>
          <input type="month" name="month" defaultValue={month} aria-invalid={!!monthError} aria-describedby={monthError ? "month-error" : undefined} className="rounded border border-slate-400 p-2" />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">查看</button>
        {monthError && <p id="month-error" className="w-full font-semibold text-accent-700">错误：{monthError}</p>}
      </form>
      {error && <p role="alert" className="rounded border-l-4 border-accent-600 bg-red-50 p-3 text-accent-700">错误：{error}</p>}
      {!error && sp.done === "weights" && <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">考核权重已保存，排名已按新权重计算。</p>}

      {card && (
        <>
          <section aria-labelledby="ranking" className="rounded-md border border-slate-200 bg-white shadow-sm">
            <h2 id="ranking" className="px-4 pt-3 text-lg font-bold">{card.month} 排名</h2>
            {card.rows.length === 0 ? (
              <p className="px-4 py-3 text-slate-600">本月没有部门受理诉求。</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full min-w-[720px] text-left text-sm">
                  <thead className="text-slate-600">
                    <tr>
                      <th scope="col" className="px-3 py-2">名次</th>
                      <th scope="col" className="px-3 py-2">部门</th>
                      <th scope="col" className="px-3 py-2 text-right">得分</th>
                      <th scope="col" className="px-3 py-2 text-right">受理量</th>
                      <th scope="col" className="px-3 py-2 text-right">按时签收率</th>
                      <th scope="col" className="px-3 py-2 text-right">按时办结率</th>
                      <th scope="col" className="px-3 py-2 text-right">重办率</th>
                      <th scope="col" className="px-3 py-2 text-right">满意率</th>
                      <th scope="col" className="px-3 py-2 text-right">督办单按时反馈</th>
                      <th scope="col" className="px-3 py-2">问责</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {card.rows.map((r) => (
                      <tr key={r.departmentId}>
                        <td className="px-3 py-2 tabular-nums">{r.rank ?? "—"}</td>
                        <th scope="row" className="px-3 py-2 font-semibold">{r.departmentName}</th>
                        <td className="px-3 py-2 text-right font-bold tabular-nums">{r.score ?? "—"}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{r.filed}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{pct(r.acceptance)}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{pct(r.onTime)}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{pct(r.redo)}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{pct(r.satisfaction)}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{pct(r.orders)}</td>
                        <td className="px-3 py-2">
                          {r.marker && <span className="rounded bg-accent-600 px-2 py-0.5 text-xs font-bold text-white">{r.marker}</span>}
                          {r.lateOrders > 0 && <span className="ml-1 text-xs text-slate-600">逾期督办单{r.lateOrders}件</span>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <p className="px-4 py-2 text-xs text-slate-600">
              得分 = 各项比率按权重加权平均（{(Object.keys(WEIGHT_LABELS) as (keyof ScorecardWeights)[]).map((k) => `${WEIGHT_LABELS[k]}${card!.weights[k]}%`).join("、")}）；某项没有可计算的案件时不计入，其余权重按比例放大。重办率按“1 − 重办率”计分。逾期督办单1件标“通报”，2件及以上标“约谈”。
            </p>
          </section>

          <div className="grid gap-4 lg:grid-cols-2">
            <Bars title="按类别" rows={card.byCategory} />
            <Bars title="按乡镇（热点）" rows={card.byTown} />
          </div>

          {configures && (
            <section aria-labelledby="weights" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
              <h2 id="weights" className="text-lg font-bold">考核权重（%）</h2>
              <form action={saveWeightsAction} className="mt-2 grid gap-3 sm:grid-cols-5">
                <input type="hidden" name="month" value={month} />
                {(Object.keys(WEIGHT_LABELS) as (keyof ScorecardWeights)[]).map((k) => (
                  <label key={k} className="block">
                    <span className="block text-sm font-semibold">{WEIGHT_LABELS[k]}</span>
                    <input type="number" inputMode="numeric" min={0} max={100} name={k} defaultValue={typed(k)} className="w-full rounded border border-slate-400 p-2" />
                  </label>
                ))}
                <p className="text-sm text-slate-600 sm:col-span-5">各项之和应为100。</p>
                <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white sm:col-span-1">保存权重</button>
              </form>
            </section>
          )}
        </>
      )}
      <p>
        <Link href="/officer/supervision" className="text-brand-700 underline">返回督办看板</Link>
      </p>
    </div>
  );
}
