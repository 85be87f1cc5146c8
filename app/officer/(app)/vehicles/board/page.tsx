import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { BOARD_STATE_LABELS, getFleetBoard, type BoardState } from "@/lib/vehicles/fleet-board";
import { formatBeijing } from "@/lib/vehicles/vehicle-labels";

export const metadata = { title: "车队看板" };

const TONE: Record<BoardState, string> = {
  out: "border-amber-500 bg-amber-50",
  booked: "border-brand-600 bg-brand-50",
  available: "border-green-700 bg-green-50",
  maintenance: "border-slate-500 bg-slate-100",
};

export default async function FleetBoardPage() {
  const actor = await requireActor();
  if (!can(actor, "vehicles.approve") && !can(actor, "vehicles.manage")) return <Forbidden />;
  const board = await getFleetBoard({ actor });
  return (
    <div className="space-y-4">
      {/* The board is read on a wall screen and on phones: it reloads itself every minute. */}
      <meta httpEquiv="refresh" content="60" />
      <p className="text-sm">
        <Link href="/officer/vehicles" className="text-brand-600 underline">‹ 返回公务用车</Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold text-brand-700">车队看板</h1>
        <p className="text-sm text-slate-600">更新于 {formatBeijing(board.generatedAt)}，每分钟自动刷新。</p>
      </div>
      <ul aria-label="各状态车辆数" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {(Object.keys(BOARD_STATE_LABELS) as BoardState[]).map((s) => (
          <li key={s} className={`rounded border-l-4 p-3 ${TONE[s]}`}>
            <span className="block text-sm">{BOARD_STATE_LABELS[s]}</span>
            <span className="text-2xl font-bold">{board.counts[s]}</span>
          </li>
        ))}
      </ul>
      {board.cars.length === 0 ? (
        <p className="text-slate-600">车队还没有车辆。</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {board.cars.map((c) => (
            <li key={c.id} data-plate={c.plate} className={`rounded-md border-l-4 bg-white p-3 shadow-sm ${TONE[c.state]}`}>
              <div className="flex items-baseline justify-between gap-2">
                <span className="text-lg font-bold">{c.plate}</span>
                <span className="font-semibold">{BOARD_STATE_LABELS[c.state]}</span>
              </div>
              {c.trip && c.state === "out" && (
                <p className="text-sm">
                  驾驶员{c.trip.driverName}，{c.trip.departmentName} {c.trip.bookerName}，前往{c.trip.toPlace}，{c.trip.arrivedAt ? `${formatBeijing(c.trip.arrivedAt)}已到达` : `${formatBeijing(c.trip.departedAt)}出车`}
                </p>
              )}
              {c.trip && c.state !== "out" && (
                <p className="text-sm">
                  下一趟：{formatBeijing(c.trip.startAt)} 前往{c.trip.toPlace}（{c.trip.departmentName}，驾驶员{c.trip.driverName}）
                </p>
              )}
              {c.openDues > 0 && <p className="text-sm font-semibold text-accent-700">有{c.openDues}项年检/保险/保养临近或已到期</p>}
              <Link href={`/officer/vehicles/fleet/${c.id}`} className="text-sm text-brand-700 underline">车辆详情</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
