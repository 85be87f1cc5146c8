import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { VehicleForm } from "@/components/vehicles/vehicle-forms";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listVehicles } from "@/lib/vehicles/manage-fleet";
import { VEHICLE_STATUS_LABELS, VEHICLE_TYPE_LABELS } from "@/lib/vehicles/vehicle-labels";
import { createVehicleAction } from "../actions";

export const metadata = { title: "车辆管理" };

export default async function FleetPage() {
  const actor = await requireActor();
  if (!can(actor, "vehicles.approve") && !can(actor, "vehicles.manage")) return <Forbidden />;
  const vehicles = await listVehicles({ actor, includeRetired: true });
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/officer/vehicles" className="text-brand-600 underline">‹ 返回公务用车</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">车辆管理</h1>
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        {vehicles.length === 0 ? (
          <p className="text-slate-600">还没有登记车辆。</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {vehicles.map((v) => (
              <li key={v.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link href={`/officer/vehicles/fleet/${v.id}`} className="font-semibold text-brand-700 underline">{v.plate}</Link>
                <span className="text-sm text-slate-700">{VEHICLE_TYPE_LABELS[v.type]} · {v.seats}座 · {v.odometerKm}公里 · {VEHICLE_STATUS_LABELS[v.status]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {can(actor, "vehicles.manage") && (
        <section aria-labelledby="new-vehicle" className="max-w-2xl rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="new-vehicle" className="mb-2 text-lg font-bold">登记车辆</h2>
          <VehicleForm action={createVehicleAction} types={Object.entries(VEHICLE_TYPE_LABELS).map(([value, label]) => ({ value, label }))} />
        </section>
      )}
    </div>
  );
}
