// Chinese labels of the vehicle domain's codes (pages, CSV, SMS).
import type { VehicleBookingStatus, VehicleDueKind, VehicleStatus, VehicleType } from "@/generated/prisma/enums";

export const VEHICLE_TYPE_LABELS: Record<VehicleType, string> = { SEDAN: "轿车", SUV: "越野车", MPV: "商务车", BUS: "客车", VAN: "面包车", PICKUP: "皮卡" };
export const VEHICLE_STATUS_LABELS: Record<VehicleStatus, string> = { AVAILABLE: "可用", MAINTENANCE: "维修保养中", RETIRED: "已报废" };
export const BOOKING_STATUS_LABELS: Record<VehicleBookingStatus, string> = {
  PENDING: "待审批",
  APPROVED: "已批准，待派车",
  REFUSED: "未批准",
  ASSIGNED: "已派车",
  DEPARTED: "已出车",
  ARRIVED: "已到达",
  RETURNED: "已回车",
  CANCELLED: "已取消",
};
export const DUE_KIND_LABELS: Record<VehicleDueKind, string> = { INSPECTION: "年检", INSURANCE: "保险续保", SERVICE: "保养" };

/** Beijing wall-clock time "2026-12-01 09:00". */
export function formatBeijing(d: Date | null | undefined): string {
  if (!d) return "—";
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
}
