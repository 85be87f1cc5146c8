// The facts of one booking / trip as a definition list (phone-friendly).
import type { BookingView } from "@/lib/vehicles/list-bookings";
import { BOOKING_STATUS_LABELS, formatBeijing } from "@/lib/vehicles/vehicle-labels";
import { formatYuan } from "@/lib/vehicles/money";

export function TripFacts({ b }: { b: BookingView }) {
  const rows: [string, string][] = [
    ["状态", BOOKING_STATUS_LABELS[b.status]],
    ["时间", `${formatBeijing(b.startAt)} 至 ${formatBeijing(b.endAt)}`],
    ["路线", `${b.fromPlace} → ${b.toPlace}`],
    ["乘车人员", `${b.passengerCount}人：${b.passengerNames}`],
    ["事由", b.reason],
    ["申请人", `${b.department.name} ${b.booker.name}${b.booker.phone ? ` ${b.booker.phone}` : ""}`],
  ];
  if (b.refusalReason) rows.push(["不批准理由", b.refusalReason]);
  if (b.vehicle) rows.push(["车辆", b.vehicle.plate]);
  if (b.driver) rows.push(["驾驶员", `${b.driver.name}${b.driver.phone ? ` ${b.driver.phone}` : ""}`]);
  if (b.departedAt) rows.push(["出车", `${formatBeijing(b.departedAt)}，里程${b.departOdometer}公里${b.departPosition ? "（含位置）" : ""}`]);
  if (b.arrivedAt) rows.push(["到达", `${formatBeijing(b.arrivedAt)}${b.arrivePosition ? "（含位置）" : ""}`]);
  if (b.returnedAt) {
    rows.push(["回车", `${formatBeijing(b.returnedAt)}，里程${b.returnOdometer}公里，本次行驶${(b.returnOdometer ?? 0) - (b.departOdometer ?? 0)}公里${b.returnPosition ? "（含位置）" : ""}`]);
    rows.push(["费用", `油费${formatYuan(b.fuelFen)}元，过路费${formatYuan(b.tollFen)}元，停车费${formatYuan(b.parkingFen)}元`]);
  }
  return (
    <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-slate-600">{k}</dt>
          <dd className="break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
