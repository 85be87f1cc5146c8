// A list of bookings as cards (readable at 390 px): route, time, unit, state.
import Link from "next/link";
import { BOOKING_STATUS_LABELS, formatBeijing } from "@/lib/vehicles/vehicle-labels";
import type { VehicleBookingStatus } from "@/generated/prisma/enums";

export interface BookingCard {
  id: string;
  status: VehicleBookingStatus;
  fromPlace: string;
  toPlace: string;
  startAt: Date;
  endAt: Date;
  passengerCount: number;
  booker: { name: string };
  department: { name: string };
  vehicle: { plate: string } | null;
  driver: { name: string } | null;
}

export function BookingList({ items, empty, hrefOf }: { items: BookingCard[]; empty: string; hrefOf: (id: string) => string }) {
  if (items.length === 0) return <p className="text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((b) => (
        <li key={b.id} className="py-2">
          <Link href={hrefOf(b.id)} className="block rounded px-1 hover:bg-brand-50">
            <span className="font-semibold text-brand-700 underline">{b.fromPlace} → {b.toPlace}</span>
            <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs">{BOOKING_STATUS_LABELS[b.status]}</span>
            <span className="block text-sm text-slate-600">
              {formatBeijing(b.startAt)} 至 {formatBeijing(b.endAt)} · {b.department.name} {b.booker.name} · {b.passengerCount}人
              {b.vehicle && ` · ${b.vehicle.plate}`}
              {b.driver && ` · 驾驶员${b.driver.name}`}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
