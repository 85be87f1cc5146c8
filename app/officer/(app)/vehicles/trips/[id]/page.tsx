import Link from "next/link";
import { TripMarkForm } from "@/components/vehicles/vehicle-forms";
import { TripFacts } from "@/components/vehicles/trip-facts";
import { NotFoundOrForbidden } from "@/components/vehicles/not-found";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getBooking, type BookingView } from "@/lib/vehicles/list-bookings";
import { tripMarkAction } from "../../actions";

export const metadata = { title: "出车任务" };

const DONE: Record<string, string> = { depart: "已记录出车。", arrive: "已记录到达。", return: "已记录回车，本次任务完成。" };

export default async function TripPage({ params, searchParams }: PageProps<"/officer/vehicles/trips/[id]">) {
  const { actor, allowed } = await requirePagePermission("vehicles.drive");
  if (!allowed) return <Forbidden />;
  const { id } = await params;
  const sp = await searchParams;
  let b: BookingView;
  try {
    b = await getBooking({ actor, bookingId: id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND") || isAppError(err, "FORBIDDEN")) return <NotFoundOrForbidden message={err.userMessage} />;
    throw err;
  }
  if (b.driverId !== actor.id) return <NotFoundOrForbidden message="这不是您的出车任务。" />;
  const done = typeof sp.done === "string" ? DONE[sp.done] : undefined;
  const mark = b.status === "ASSIGNED" ? "depart" : b.status === "DEPARTED" ? "arrive" : b.status === "ARRIVED" ? "return" : null;
  return (
    <div className="max-w-xl space-y-4">
      <p className="text-sm">
        <Link href="/officer/vehicles/trips" className="text-brand-600 underline">‹ 我的出车任务</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">{b.fromPlace} → {b.toPlace}</h1>
      {done && <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">{done}</p>}
      {mark && (
        <section aria-labelledby="mark" className="rounded-md border-2 border-brand-600 bg-white p-4 shadow-sm">
          <h2 id="mark" className="mb-2 text-lg font-bold">{mark === "depart" ? "出车" : mark === "arrive" ? "到达目的地" : "回车"}</h2>
          <TripMarkForm
            action={tripMarkAction}
            bookingId={b.id}
            version={b.version}
            mark={mark}
            hint={mark === "return" ? `出车时${b.departOdometer}公里` : "请填写仪表盘上的总里程"}
          />
        </section>
      )}
      {b.status === "DEPARTED" && (
        <section aria-labelledby="return-direct" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="return-direct" className="mb-2 text-lg font-bold">直接回车</h2>
          <TripMarkForm action={tripMarkAction} bookingId={b.id} version={b.version} mark="return" hint={`出车时${b.departOdometer}公里`} />
        </section>
      )}
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <TripFacts b={b} />
      </section>
    </div>
  );
}
