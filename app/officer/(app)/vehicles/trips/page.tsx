import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";
import { listDriverTrips } from "@/lib/vehicles/list-bookings";
import { BOOKING_STATUS_LABELS, formatBeijing } from "@/lib/vehicles/vehicle-labels";

export const metadata = { title: "我的出车任务" };

const NEXT: Record<string, string> = { ASSIGNED: "出车", DEPARTED: "到达", ARRIVED: "回车" };

export default async function TripsPage() {
  const { actor, allowed } = await requirePagePermission("vehicles.drive");
  if (!allowed) return <Forbidden />;
  const { live, done } = await listDriverTrips({ actor });
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-700">我的出车任务</h1>
      <section aria-labelledby="live" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="live" className="text-lg font-bold">待办（{live.length}）</h2>
        {live.length === 0 ? (
          <p className="text-slate-600">暂无出车任务。</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {live.map((t) => (
              <li key={t.id} className="py-3">
                <Link href={`/officer/vehicles/trips/${t.id}`} className="block">
                  <span className="block text-lg font-semibold text-brand-700 underline">{t.fromPlace} → {t.toPlace}</span>
                  <span className="block text-sm text-slate-700">{formatBeijing(t.startAt)} · {t.vehicle?.plate} · {t.passengerCount}人 · {BOOKING_STATUS_LABELS[t.status]}</span>
                  <span className="mt-1 inline-block rounded bg-brand-600 px-3 py-1 text-sm font-semibold text-white">去{NEXT[t.status]}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="done" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="done" className="text-lg font-bold">最近完成</h2>
        {done.length === 0 ? (
          <p className="text-slate-600">暂无。</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {done.map((t) => (
              <li key={t.id} className="py-2">
                <Link href={`/officer/vehicles/trips/${t.id}`} className="text-brand-700 underline">{t.fromPlace} → {t.toPlace}</Link>
                <span className="block text-slate-600">{formatBeijing(t.startAt)} · {t.vehicle?.plate} · {(t.returnOdometer ?? 0) - (t.departOdometer ?? 0)}公里</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
