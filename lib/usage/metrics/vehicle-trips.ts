// Vehicle trips booked through the system by the unit's officers, started in the month (refused
// and cancelled bookings do not count).
import { Prisma } from "@/generated/prisma/client";
import { defineUsageMetric } from "../define-metric";

export const vehicleTripsMetric = defineUsageMetric({
  key: "vehicle_trips",
  label: "网上派车次数",
  kind: "count",
  unit: "次",
  defaultWeight: 20,
  async compute(db, { departmentId, monthStart, monthEnd }) {
    const rows = await db.$queryRaw<{ departmentId: string; n: number }[]>`
      SELECT "departmentId", count(*)::int AS "n" FROM "VehicleBooking"
      WHERE "startAt" >= ${monthStart} AND "startAt" < ${monthEnd} AND "status" NOT IN ('REFUSED', 'CANCELLED', 'PENDING')
      ${departmentId ? Prisma.sql`AND "departmentId" = ${departmentId}` : Prisma.empty}
      GROUP BY 1`;
    return rows.map((r) => ({ departmentId: r.departmentId, value: Number(r.n) }));
  },
});
