// 会议统计: meetings per month (chart and table), replies and attendance per unit.
import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";
import { beijingDate } from "@/lib/calendar/work-calendar";
import { renderBarChart } from "@/lib/charts/render-bar-chart";
import { getMeetingStats, rate } from "@/lib/meetings/meeting-stats";

export const metadata = { title: "会议统计" };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export default async function MeetingStatsPage({ searchParams }: PageProps<"/officer/meetings/manage/stats">) {
  const { actor, allowed } = await requirePagePermission("meetings.organise");
  if (!allowed) return <Forbidden />;
  const params = await searchParams;
  const year = beijingDate(new Date()).slice(0, 4);
  const from = typeof params.from === "string" && MONTH.test(params.from) ? params.from : `${year}-01`;
  const to = typeof params.to === "string" && MONTH.test(params.to) && params.to >= from ? params.to : `${year}-12`;
  const stats = await getMeetingStats({ actor, from, to });
  const chart = stats.months.length ? renderBarChart({ labels: stats.months.map((m) => m.month), values: stats.months.map((m) => m.meetings) }) : null;
  const cell = "border-b px-2 py-1 text-right";
  return (
    <div className="max-w-5xl space-y-4">
      <p className="text-sm">
        <Link href="/officer/meetings/manage" className="text-brand-600 underline">
          ‹ 会议管理
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">会议统计</h1>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <label>
          起始月份
          <input type="month" name="from" defaultValue={from} className="mt-1 block rounded border-2 border-slate-400 px-2 py-1" />
        </label>
        <label>
          截止月份
          <input type="month" name="to" defaultValue={to} className="mt-1 block rounded border-2 border-slate-400 px-2 py-1" />
        </label>
        <button type="submit" className="rounded border-2 border-slate-400 bg-white px-4 py-1 font-semibold">
          查询
        </button>
      </form>
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold text-brand-700">每月会议数</h2>
        {/* The SVG is ECharts' server rendering of numbers only (no user text). */}
        {chart && <div className="mt-2 max-w-full overflow-x-auto" dangerouslySetInnerHTML={{ __html: chart }} />}
        <table className="mt-2 text-sm">
          <thead>
            <tr>
              <th className="border-b px-2 py-1 text-left">月份</th>
              <th className={cell}>召开</th>
              <th className={cell}>取消</th>
            </tr>
          </thead>
          <tbody>
            {stats.months.map((m) => (
              <tr key={m.month}>
                <td className="border-b px-2 py-1">{m.month}</td>
                <td className={cell}>{m.meetings}</td>
                <td className={cell}>{m.cancelled}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold text-brand-700">各单位回复与到会</h2>
        <p className="text-sm text-slate-600">应到：受邀且会议未取消；按时回复率 = 截止前回复 ÷ 应到；到会率 = 签到 ÷ 应到。</p>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[40rem] text-sm">
            <thead>
              <tr>
                <th className="border-b px-2 py-1 text-left">单位</th>
                <th className={cell}>应到</th>
                <th className={cell}>参加</th>
                <th className={cell}>请假</th>
                <th className={cell}>未回复</th>
                <th className={cell}>按时回复率</th>
                <th className={cell}>签到</th>
                <th className={cell}>到会率</th>
              </tr>
            </thead>
            <tbody>
              {stats.units.map((u) => (
                <tr key={u.departmentId}>
                  <td className="border-b px-2 py-1">{u.departmentName}</td>
                  <td className={cell}>{u.invited}</td>
                  <td className={cell}>{u.attend}</td>
                  <td className={cell}>{u.leave}</td>
                  <td className={cell}>{u.pending}</td>
                  <td className={cell}>{rate(u.repliedOnTime, u.invited)}</td>
                  <td className={cell}>{u.arrived}</td>
                  <td className={cell}>{rate(u.arrived, u.invited)}</td>
                </tr>
              ))}
              <tr className="font-semibold">
                <td className="px-2 py-1">合计</td>
                <td className={cell}>{stats.total.invited}</td>
                <td className={cell}>{stats.total.attend}</td>
                <td className={cell}>{stats.total.leave}</td>
                <td className={cell}>{stats.total.pending}</td>
                <td className={cell}>{rate(stats.total.repliedOnTime, stats.total.invited)}</td>
                <td className={cell}>{stats.total.arrived}</td>
                <td className={cell}>{rate(stats.total.arrived, stats.total.invited)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
