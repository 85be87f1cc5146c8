import { Forbidden } from "@/components/officer/forbidden";
import { PointsForm } from "@/components/reports/report-forms";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { beijingDate } from "@/lib/calendar/work-calendar";
import { getLevelPoints, getReportRanking } from "@/lib/reports/report-ranking";
import { INFO_LEVEL_LABELS, INFO_LEVELS } from "@/lib/reports/report-format";
import { savePointsAction } from "../actions";
import { ReportsNav } from "../nav";

export const metadata = { title: "信息报送年度排名" };

export default async function RankingPage({ searchParams }: PageProps<"/officer/reports/ranking">) {
  const actor = await requireActor();
  const isOffice = can(actor, "reports.edit");
  if (!isOffice && !can(actor, "reports.submit")) return <Forbidden />;
  const thisYear = Number(beijingDate(new Date()).slice(0, 4));
  const { year: raw } = await searchParams;
  const year = typeof raw === "string" && /^\d{4}$/.test(raw) && Number(raw) >= 2000 && Number(raw) <= thisYear + 1 ? Number(raw) : thisYear;
  const [rows, points] = await Promise.all([getReportRanking({ actor, year }), getLevelPoints()]);
  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-700">信息报送年度排名</h1>
      <ReportsNav current="ranking" office={isOffice} />
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label htmlFor="ranking-year" className="font-semibold">
          年度
        </label>
        <select id="ranking-year" name="year" defaultValue={String(year)} className="rounded border-2 border-slate-400 bg-white px-3 py-1.5">
          {years.map((y) => (
            <option key={y} value={y}>
              {y}年
            </option>
          ))}
        </select>
        <button type="submit" className="rounded border-2 border-slate-400 bg-white px-3 py-1.5 font-semibold">
          查看
        </button>
        {isOffice && (
          <a href={`/officer/reports/ranking/export?year=${year}`} className="rounded border border-brand-600 px-3 py-1.5 font-semibold text-brand-700">
            导出CSV
          </a>
        )}
      </form>
      <p className="text-sm text-slate-700">
        积分标准：{INFO_LEVELS.map((l) => `${INFO_LEVEL_LABELS[l]}${points[l]}分`).join("，")}。按采用时的标准计分，按采用日期计入年度。
      </p>
      {rows.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-600 shadow-sm">{year}年暂无报送记录。</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">{year}年各单位信息报送排名</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2">名次</th>
                <th scope="col" className="px-3 py-2">单位</th>
                <th scope="col" className="px-3 py-2">报送</th>
                <th scope="col" className="px-3 py-2">采用</th>
                {INFO_LEVELS.map((l) => (
                  <th key={l} scope="col" className="px-3 py-2">
                    {INFO_LEVEL_LABELS[l]}
                  </th>
                ))}
                <th scope="col" className="px-3 py-2">积分</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.departmentId} className={r.departmentId === actor.departmentId ? "bg-brand-50" : undefined}>
                  <td className="px-3 py-2 font-bold">{r.rank}</td>
                  <th scope="row" className="px-3 py-2 font-semibold">{r.departmentName}</th>
                  <td className="px-3 py-2">{r.submitted}</td>
                  <td className="px-3 py-2">{r.adopted}</td>
                  {INFO_LEVELS.map((l) => (
                    <td key={l} className="px-3 py-2">
                      {r.byLevel[l]}
                    </td>
                  ))}
                  <td className="px-3 py-2 font-bold">{r.points}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isOffice && (
        <section aria-labelledby="points-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="points-title" className="mb-2 text-lg font-bold">
            积分标准
          </h2>
          <PointsForm action={savePointsAction} levels={INFO_LEVELS.map((l) => ({ value: l, label: INFO_LEVEL_LABELS[l] }))} points={points} />
        </section>
      )}
    </div>
  );
}
