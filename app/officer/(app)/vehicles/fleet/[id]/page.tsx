import Link from "next/link";
import { CompleteDueForm, DueForm, VehicleStatusForm } from "@/components/vehicles/vehicle-forms";
import { NotFoundOrForbidden } from "@/components/vehicles/not-found";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getVehicle } from "@/lib/vehicles/manage-fleet";
import { DUE_KIND_LABELS, formatBeijing, VEHICLE_STATUS_LABELS, VEHICLE_TYPE_LABELS } from "@/lib/vehicles/vehicle-labels";
import { addDueAction, completeDueAction, vehicleStatusAction } from "../../actions";

export const metadata = { title: "车辆详情" };

const DONE: Record<string, string> = { created: "车辆已登记。", status: "车辆状态已保存。", due: "事项已登记，到期前将短信提醒。", "due-completed": "事项已办结。" };

export default async function VehiclePage({ params, searchParams }: PageProps<"/officer/vehicles/fleet/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const sp = await searchParams;
  let v: Awaited<ReturnType<typeof getVehicle>>;
  try {
    v = await getVehicle({ actor, vehicleId: id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND") || isAppError(err, "FORBIDDEN")) return <NotFoundOrForbidden message={err.userMessage} />;
    throw err;
  }
  const manages = can(actor, "vehicles.manage");
  const now = new Date();
  const done = typeof sp.done === "string" ? DONE[sp.done] : undefined;
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/officer/vehicles/fleet" className="text-brand-600 underline">‹ 车辆管理</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">{v.plate}</h1>
      {done && <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">{done}</p>}
      <p>{VEHICLE_TYPE_LABELS[v.type]} · {v.seats}座 · 当前里程{v.odometerKm}公里 · {VEHICLE_STATUS_LABELS[v.status]}{v.note ? ` · ${v.note}` : ""}</p>
      {manages && (
        <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <VehicleStatusForm action={vehicleStatusAction} vehicleId={v.id} status={v.status} statuses={Object.entries(VEHICLE_STATUS_LABELS).map(([value, label]) => ({ value, label }))} />
        </section>
      )}
      <section aria-labelledby="dues" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="dues" className="mb-2 text-lg font-bold">年检、保险和保养</h2>
        {v.dues.length === 0 ? (
          <p className="text-slate-600">没有登记的事项。</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {v.dues.map((d) => {
              const red = !d.completedAt && d.dueAt && d.dueAt <= now;
              const yellow = !d.completedAt && !red && d.yellowAt && d.yellowAt <= now;
              return (
                <li key={d.id} className="py-2">
                  <span className="font-semibold">{DUE_KIND_LABELS[d.kind]}</span>
                  {red && <span className="ml-2 rounded bg-accent-600 px-2 py-0.5 text-xs font-bold text-white">已到期</span>}
                  {yellow && <span className="ml-2 rounded bg-amber-400 px-2 py-0.5 text-xs font-bold">即将到期</span>}
                  {d.completedAt && <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs">已办结 {formatBeijing(d.completedAt).slice(0, 10)}</span>}
                  <span className="block text-sm text-slate-700">
                    {d.dueDate && `到期日期 ${formatBeijing(d.dueDate).slice(0, 10)}`}
                    {d.dueDate && d.dueOdometerKm !== null && " 或 "}
                    {d.dueOdometerKm !== null && `到期里程 ${d.dueOdometerKm}公里`}
                    {d.note && ` · ${d.note}`}
                    {d.completionNote && ` · ${d.completionNote}`}
                  </span>
                  {manages && !d.completedAt && <CompleteDueForm action={completeDueAction} vehicleId={v.id} dueId={d.id} />}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {manages && (
        <section aria-labelledby="new-due" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="new-due" className="mb-2 text-lg font-bold">登记年检、保险或保养</h2>
          <DueForm action={addDueAction} vehicleId={v.id} kinds={Object.entries(DUE_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
        </section>
      )}
    </div>
  );
}
