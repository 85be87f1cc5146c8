import Link from "next/link";
import { ApproveForm, AssignForm, CancelForm, RefuseForm } from "@/components/vehicles/vehicle-forms";
import { TripFacts } from "@/components/vehicles/trip-facts";
import { NotFoundOrForbidden } from "@/components/vehicles/not-found";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getBooking, type BookingView } from "@/lib/vehicles/list-bookings";
import { listDrivers, listVehicles } from "@/lib/vehicles/manage-fleet";
import { VEHICLE_TYPE_LABELS } from "@/lib/vehicles/vehicle-labels";
import { approveBookingAction, assignVehicleAction, cancelBookingAction, refuseBookingAction } from "../../actions";

export const metadata = { title: "用车申请" };

const DONE: Record<string, string> = {
  booked: "用车申请已提交，政府办审批后将短信告知您。",
  approved: "已批准，已短信告知申请人。",
  refused: "已不批准，理由已短信告知申请人。",
  assigned: "已派车，已短信告知驾驶员和申请人。",
  cancelled: "已取消这次用车。",
};

export default async function BookingPage({ params, searchParams }: PageProps<"/officer/vehicles/bookings/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const sp = await searchParams;
  let b: BookingView;
  try {
    b = await getBooking({ actor, bookingId: id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND") || isAppError(err, "FORBIDDEN")) return <NotFoundOrForbidden message={err.userMessage} />;
    throw err;
  }
  const done = typeof sp.done === "string" ? DONE[sp.done] : undefined;
  const assigning = b.status === "APPROVED" && can(actor, "vehicles.manage");
  const [vehicles, drivers] = assigning ? await Promise.all([listVehicles({ actor }), listDrivers()]) : [[], []];
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm">
        <Link href="/officer/vehicles" className="text-brand-600 underline">‹ 返回公务用车</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">用车申请：{b.fromPlace} → {b.toPlace}</h1>
      {done && <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">{done}</p>}
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <TripFacts b={b} />
      </section>
      {b.status === "PENDING" && can(actor, "vehicles.approve") && (
        <section aria-labelledby="decide" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="decide" className="mb-2 text-lg font-bold">审批</h2>
          <ApproveForm action={approveBookingAction} bookingId={b.id} version={b.version} />
          <RefuseForm action={refuseBookingAction} bookingId={b.id} version={b.version} />
        </section>
      )}
      {assigning && (
        <section aria-labelledby="assign" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="assign" className="mb-2 text-lg font-bold">派车</h2>
          <p className="mb-3 text-sm text-slate-600">同一车辆或驾驶员在时间重叠的出车任务中只能派一次。</p>
          <AssignForm
            action={assignVehicleAction}
            bookingId={b.id}
            version={b.version}
            vehicles={vehicles.filter((v) => v.status === "AVAILABLE").map((v) => ({ value: v.id, label: `${v.plate}（${VEHICLE_TYPE_LABELS[v.type]}，${v.seats}座）` }))}
            drivers={drivers.map((d) => ({ value: d.id, label: d.name }))}
          />
        </section>
      )}
      {b.bookerId === actor.id && ["PENDING", "APPROVED", "ASSIGNED"].includes(b.status) && (
        <section aria-labelledby="cancel" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="cancel" className="mb-2 text-lg font-bold">取消用车</h2>
          <CancelForm action={cancelBookingAction} bookingId={b.id} version={b.version} />
        </section>
      )}
    </div>
  );
}
