import Link from "next/link";
import { randomBytes } from "node:crypto";
import { Forbidden } from "@/components/officer/forbidden";
import { BookingForm } from "@/components/vehicles/vehicle-forms";
import { requirePagePermission } from "@/lib/auth/session";
import { bookVehicleAction } from "../actions";

export const metadata = { title: "申请用车" };

/** Tomorrow 09:00–12:00 Beijing time, as datetime-local values. */
function defaults(now: Date) {
  const day = new Date(now.getTime() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10);
  return { startAt: `${day}T09:00`, endAt: `${day}T12:00` };
}

export default async function NewBookingPage() {
  const { allowed } = await requirePagePermission("vehicles.book");
  if (!allowed) return <Forbidden />;
  return (
    <div className="max-w-2xl rounded-md border border-slate-200 bg-white p-5 shadow-sm">
      <p className="mb-2 text-sm">
        <Link href="/officer/vehicles" className="text-brand-600 underline">‹ 返回公务用车</Link>
      </p>
      <h1 className="mb-1 text-2xl font-bold text-brand-700">申请用车</h1>
      <p className="mb-4 text-sm text-slate-600">政府办审批后派车，结果以短信告知您。</p>
      <BookingForm action={bookVehicleAction} idempotencyKey={randomBytes(12).toString("hex")} defaults={defaults(new Date())} />
    </div>
  );
}
