import Link from "next/link";
import { redirect } from "next/navigation";
import { Forbidden } from "@/components/officer/forbidden";
import { BookingList } from "@/components/vehicles/booking-list";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listMyBookings, listOfficeQueues } from "@/lib/vehicles/list-bookings";

export const metadata = { title: "公务用车" };

export default async function VehiclesPage() {
  const actor = await requireActor();
  if (!can(actor, "vehicles.book")) {
    if (can(actor, "vehicles.drive")) redirect("/officer/vehicles/trips");
    return <Forbidden />;
  }
  const [mine, queues] = await Promise.all([listMyBookings({ actor }), listOfficeQueues({ actor })]);
  const office = can(actor, "vehicles.approve") || can(actor, "vehicles.manage");
  const href = (id: string) => `/officer/vehicles/bookings/${id}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold text-brand-700">公务用车</h1>
        <Link href="/officer/vehicles/new" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">申请用车</Link>
      </div>
      {office && (
        <nav aria-label="用车管理" className="flex flex-wrap gap-2">
          {[
            ["/officer/vehicles/board", "车队看板"],
            ["/officer/vehicles/fleet", "车辆管理"],
            ["/officer/vehicles/stats", "用车统计"],
          ].map(([h, l]) => (
            <Link key={h} href={h} className="rounded border border-brand-600 px-3 py-1.5 text-brand-700 hover:bg-brand-50">{l}</Link>
          ))}
        </nav>
      )}
      {can(actor, "vehicles.approve") && (
        <section aria-labelledby="pending" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="pending" className="text-lg font-bold">待审批（{queues.pending.length}）</h2>
          <BookingList items={queues.pending} empty="没有待审批的用车申请。" hrefOf={href} />
        </section>
      )}
      {can(actor, "vehicles.manage") && (
        <section aria-labelledby="to-assign" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="to-assign" className="text-lg font-bold">待派车（{queues.toAssign.length}）</h2>
          <BookingList items={queues.toAssign} empty="没有待派车的申请。" hrefOf={href} />
        </section>
      )}
      <section aria-labelledby="mine" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="mine" className="text-lg font-bold">我的用车申请</h2>
        <BookingList items={mine} empty="您还没有申请过用车。" hrefOf={href} />
      </section>
    </div>
  );
}
