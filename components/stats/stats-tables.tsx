// The scorecard table, the trend chart with its table of the same numbers, and the definitions
// of each figure. Server components: the page works without JavaScript.
import type { DepartmentStats, Ratio, TrendPoint } from "@/lib/complaints/complaint-stats";

export function formatRate(r: Ratio): string {
  return r.rate === null ? "—" : `${(r.rate * 100).toFixed(1)}%`;
}

function RateCell({ ratio }: { ratio: Ratio }) {
  return (
    <td className="px-3 py-2 text-right tabular-nums">
      <span className="font-semibold">{formatRate(ratio)}</span>
      <span className="block text-xs text-slate-500">
        {ratio.numerator}/{ratio.denominator}
      </span>
    </td>
  );
}

const COLUMNS = ["受理量", "响应率", "按时办结率", "办结率", "满意率", "重办率", "超期件数"];

function Row({ row, isTotal }: { row: DepartmentStats; isTotal?: boolean }) {
  return (
    <tr className={isTotal ? "border-t-2 border-slate-300 bg-slate-50 font-semibold" : ""}>
      <th scope="row" className="px-3 py-2 text-left font-semibold">
        {row.departmentName}
      </th>
      <td className="px-3 py-2 text-right tabular-nums">{row.filed}</td>
      <RateCell ratio={row.responseRate} />
      <RateCell ratio={row.onTimeRate} />
      <RateCell ratio={row.resolutionRate} />
      <RateCell ratio={row.satisfactionRate} />
      <RateCell ratio={row.redoRate} />
      <td className={`px-3 py-2 text-right tabular-nums ${row.overdue > 0 ? "font-bold text-accent-700" : ""}`}>{row.overdue}</td>
    </tr>
  );
}

export function ScorecardTable({ departments, total, showTotal }: { departments: DepartmentStats[]; total: DepartmentStats; showTotal: boolean }) {
  if (departments.length === 0) {
    return <p className="rounded-md border border-slate-200 bg-white p-4 text-slate-600">所选期间没有受理案件。</p>;
  }
  return (
    <div className="relative overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[44rem] text-sm">
        <caption className="sr-only">各部门办理情况</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">部门</th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 text-right">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {departments.map((d) => (
            <Row key={d.departmentId} row={d} />
          ))}
          {showTotal && <Row row={total} isTotal />}
        </tbody>
      </table>
    </div>
  );
}

export function periodLabel(period: string, by: "week" | "month"): string {
  const [y, m, d] = period.split("-").map(Number);
  return by === "month" ? `${y}年${m}月` : `${m}月${d}日起`;
}

export function TrendTable({ trend, by }: { trend: TrendPoint[]; by: "week" | "month" }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="mb-1 text-left font-semibold">按{by === "month" ? "月" : "周"}统计（与上图数据相同）</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">{by === "month" ? "月份" : "周（周一起）"}</th>
            <th scope="col" className="px-3 py-2 text-right">受理量</th>
            <th scope="col" className="px-3 py-2 text-right">按时办结率</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {trend.map((p) => (
            <tr key={p.period}>
              <th scope="row" className="px-3 py-1.5 text-left font-normal">
                <time dateTime={p.period}>{periodLabel(p.period, by)}</time>
              </th>
              <td className="px-3 py-1.5 text-right tabular-nums">{p.filed}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">
                {formatRate(p.onTimeRate)}
                <span className="ml-1 text-xs text-slate-500">
                  ({p.onTimeRate.numerator}/{p.onTimeRate.denominator})
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What each figure counts; the filters in lib/complaints/complaint-stats.ts implement these. */
export function StatsDefinitions() {
  const items: [string, string][] = [
    ["受理量", "统计期间内提交的案件数（按提交时间，北京时间，含起止日）。"],
    ["响应率", "在签收时限内签收的案件 ÷ 已签收或签收时限已过的案件。不予受理（退回）的案件不计入。"],
    ["按时办结率", "在办理期限内办结的案件 ÷（已办结的案件 + 仍在办理且已超期的案件）。尚未到期的在办案件不计入。"],
    ["办结率", "状态为已办结或已结案的案件 ÷（受理量 − 不予受理的案件）。"],
    ["满意率", "满意度评价为4分或5分的案件 ÷ 已评价的案件。"],
    ["重办率", "被群众退回重办过（至少一次）的案件 ÷ 曾经办结过的案件。"],
    ["超期件数", "现在仍在办理且已过办理期限的案件数（不论何时受理，暂停计时的除外），按查看时的时间计算，与督办看板一致，不受日期范围限制。"],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
      {items.map(([term, text]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="mb-1 text-slate-700 sm:mb-0">{text}</dd>
        </div>
      ))}
    </dl>
  );
}
