import type { Metadata } from "next";
import { Forbidden } from "@/components/officer/forbidden";
import { periodLabel, ScorecardTable, StatsDefinitions, TrendTable } from "@/components/stats/stats-tables";
import { ErrorSummary, SelectField, TextField } from "@/components/ui/form";
import { requirePagePermission } from "@/lib/auth/session";
import { renderTrendChart } from "@/lib/charts/render-trend-chart";
import { getComplaintStats } from "@/lib/complaints/complaint-stats";
import { toStatsRange, withRangeDefaults, ZStatsRangeInput } from "@/lib/complaints/complaint-stats.schema";
import { formatDateTime } from "@/lib/format";
import { fieldErrorsOf } from "@/lib/validation";

export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function parseRange(search: Search) {
  const values = withRangeDefaults({ from: first(search.from), to: first(search.to), by: first(search.by) }, new Date());
  const parsed = ZStatsRangeInput.safeParse(values);
  return { values, parsed };
}

export async function generateMetadata({ searchParams }: PageProps<"/officer/stats">): Promise<Metadata> {
  const { parsed } = parseRange(await searchParams);
  return { title: parsed.success ? "统计分析" : "错误：统计分析" };
}

export default async function StatsPage({ searchParams }: PageProps<"/officer/stats">) {
  const { actor, allowed } = await requirePagePermission("stats.view");
  if (!allowed) return <Forbidden />;
  const { values, parsed } = parseRange(await searchParams);
  const errors = parsed.success ? undefined : fieldErrorsOf(parsed.error);
  const stats = parsed.success ? await getComplaintStats({ actor, range: toStatsRange(parsed.data) }) : null;
  const by = parsed.success ? parsed.data.by : "week";
  const chart = stats && {
    labels: stats.trend.map((p) => periodLabel(p.period, by)),
    volume: stats.trend.map((p) => p.filed),
    onTimePercent: stats.trend.map((p) => (p.onTimeRate.rate === null ? null : Math.round(p.onTimeRate.rate * 1000) / 10)),
  };
  const exportHref = `/officer/stats/export?${new URLSearchParams({ from: values.from, to: values.to })}`;

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold text-brand-700">统计分析</h1>
        <p className="text-sm text-slate-600">
          {stats?.scope === "department" ? "本部门" : "各部门"}诉求办理情况，按案件提交日期统计。超期按查看时的时间计算
          {stats && `（${formatDateTime(stats.generatedAt)}）`}。
        </p>
      </div>

      <form method="get" action="/officer/stats" noValidate className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <ErrorSummary errors={errors} />
        <div className="flex flex-wrap items-end gap-x-4">
          <div className="w-44">
            <TextField name="from" label="开始日期" type="date" defaultValue={values.from} error={errors?.from} />
          </div>
          <div className="w-44">
            <TextField name="to" label="结束日期" type="date" defaultValue={values.to} error={errors?.to} />
          </div>
          <div className="w-36">
            <SelectField
              name="by"
              label="趋势按"
              options={[
                { value: "week", label: "周" },
                { value: "month", label: "月" },
              ]}
              defaultValue={values.by}
              error={errors?.by}
            />
          </div>
          <div className="mb-5 flex flex-wrap gap-3">
            <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white shadow-sm hover:bg-brand-700">
              查询
            </button>
            {stats && (
              <a href={exportHref} download className="rounded border-2 border-slate-400 bg-white px-4 py-1.5 font-semibold text-slate-900 hover:bg-slate-100">
                导出案件明细（CSV）
              </a>
            )}
          </div>
        </div>
      </form>

      {stats && chart && (
        <>
          <section aria-labelledby="scorecards">
            <h2 id="scorecards" className="mb-2 text-lg font-bold">
              部门办理情况（{values.from} 至 {values.to}）
            </h2>
            <ScorecardTable departments={stats.departments} total={stats.total} showTotal={stats.scope === "all"} />
          </section>

          <section aria-labelledby="trend" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="trend" className="mb-2 text-lg font-bold">
              受理量与按时办结率趋势
            </h2>
            <figure>
              <div role="img" aria-label={`按${by === "month" ? "月" : "周"}的受理量柱状图与按时办结率折线图，数据见下表`} className="[&_svg]:h-auto [&_svg]:w-full">
                {/* ECharts' server renderer fed with our own numbers and fixed labels; a narrow
                    drawing for phones so the labels stay readable. */}
                <div className="hidden sm:block" dangerouslySetInnerHTML={{ __html: renderTrendChart({ ...chart, width: 720, height: 300 }) }} />
                <div className="sm:hidden" dangerouslySetInnerHTML={{ __html: renderTrendChart({ ...chart, width: 360, height: 260 }) }} />
              </div>
              <figcaption className="sr-only">趋势图</figcaption>
            </figure>
            <div className="mt-3">
              <TrendTable trend={stats.trend} by={by} />
            </div>
          </section>

          <section aria-labelledby="definitions" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="definitions" className="mb-2 text-lg font-bold">
              指标口径
            </h2>
            <StatsDefinitions />
          </section>
        </>
      )}
    </div>
  );
}
