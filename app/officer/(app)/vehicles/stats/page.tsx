import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";
import { beijingDate } from "@/lib/calendar/work-calendar";
import { isAppError } from "@/lib/errors";
import { formatYuan } from "@/lib/vehicles/money";
import { getVehicleStats, type StatsLine } from "@/lib/vehicles/vehicle-stats";

export const metadata = { title: "用车统计" };

function Table({ title, first, lines, total }: { title: string; first: string; lines: StatsLine[]; total?: StatsLine }) {
  return (
    <section aria-label={title} className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-lg font-bold">{title}</h2>
      {lines.length === 0 ? (
        <p className="text-slate-600">本月没有已完成的出车。</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[560px] text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="px-2 py-1">{first}</th>
                <th scope="col" className="px-2 py-1 text-right">出车次数</th>
                <th scope="col" className="px-2 py-1 text-right">里程（公里）</th>
                <th scope="col" className="px-2 py-1 text-right">油费</th>
                <th scope="col" className="px-2 py-1 text-right">过路费</th>
                <th scope="col" className="px-2 py-1 text-right">停车费</th>
                <th scope="col" className="px-2 py-1 text-right">合计（元）</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {[...lines, ...(total ? [total] : [])].map((l) => (
                <tr key={l.key} className={l.key === "total" ? "font-bold" : ""}>
                  <th scope="row" className="px-2 py-1 font-semibold">{l.name}</th>
                  <td className="px-2 py-1 text-right tabular-nums">{l.trips}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{l.km}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{formatYuan(l.fuelFen)}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{formatYuan(l.tollFen)}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{formatYuan(l.parkingFen)}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{formatYuan(l.costFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export default async function VehicleStatsPage({ searchParams }: PageProps<"/officer/vehicles/stats">) {
  const { actor, allowed } = await requirePagePermission("vehicles.approve");
  if (!allowed) return <Forbidden />;
  const sp = await searchParams;
  const month = typeof sp.month === "string" && sp.month ? sp.month : beijingDate(new Date()).slice(0, 7);
  let stats: Awaited<ReturnType<typeof getVehicleStats>> | null = null;
  let monthError: string | null = null;
  try {
    stats = await getVehicleStats({ actor, month });
  } catch (err) {
    if (!isAppError(err, "VALIDATION")) throw err;
    monthError = err.fieldErrors?.month ?? err.userMessage;
  }
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/officer/vehicles" className="text-brand-600 underline">‹ 返回公务用车</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">用车统计</h1>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="block">
          <span className="block text-sm font-semibold">月份</span>
          <input type="month" name="month" defaultValue={month} aria-invalid={!!monthError} aria-describedby={monthError ? "month-error" : undefined} className="rounded border border-slate-400 p-2" />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">查看</button>
        {stats && <a href={`/officer/vehicles/stats/export?month=${stats.month}`} className="rounded border border-brand-600 px-4 py-2 text-brand-700">导出CSV</a>}
        {monthError && <p id="month-error" className="w-full font-semibold text-accent-700">错误：{monthError}</p>}
      </form>
      <p className="text-sm text-slate-600">按出发时间所在月份统计已回车的出车任务；单位为申请人所在单位。</p>
      {stats && (
        <>
          <Table title="按车辆" first="车辆" lines={stats.byCar} total={stats.total} />
          <Table title="按单位" first="单位" lines={stats.byUnit} />
        </>
      )}
    </div>
  );
}
