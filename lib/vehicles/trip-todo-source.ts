// The 待办 centre's source for vehicles (lib/todo/define-source.ts): a driver's live trips
// (出车 / 到达 / 回车), bookings waiting for the office's approval (审批用车) and approved bookings
// waiting for a car (派车). Each list reads one index: (driverId, startAt) or (status, startAt).
import type { VehicleBookingStatus } from "@/generated/prisma/enums";
import { can } from "../auth/actor";
import type { Tx } from "../db";
import { defineTodoSource, type TodoItem } from "../todo/define-source";
import { formatBeijing } from "./vehicle-labels";

const DRIVER_ACTION: Partial<Record<VehicleBookingStatus, string>> = { ASSIGNED: "出车", DEPARTED: "到达", ARRIVED: "回车" };
const select = { id: true, status: true, startAt: true, fromPlace: true, toPlace: true, passengerCount: true, createdAt: true, assignedAt: true, returnedAt: true, department: { select: { name: true } } } as const;

type Row = { id: string; status: VehicleBookingStatus; startAt: Date; fromPlace: string; toPlace: string; passengerCount: number; createdAt: Date; assignedAt: Date | null; returnedAt: Date | null; department: { name: string } };

const item = (r: Row, action: string, href: string, since: Date): TodoItem => ({
  source: "trip",
  id: r.id,
  action,
  title: `${r.fromPlace} → ${r.toPlace}`,
  href,
  dueAt: r.startAt,
  since,
  detail: `${formatBeijing(r.startAt)} · ${r.department.name} · ${r.passengerCount}人`,
  urgency: null,
});

export const tripTodoSource = defineTodoSource({
  source: "trip",
  label: "用车",
  async list(db: Tx, actor, box, _now, limit) {
    if (box === "toRead") return [];
    const items: TodoItem[] = [];
    if (can(actor, "vehicles.drive")) {
      const rows = await db.vehicleBooking.findMany({
        where: box === "todo" ? { driverId: actor.id, status: { in: ["ASSIGNED", "DEPARTED", "ARRIVED"] } } : { driverId: actor.id, status: "RETURNED" },
        orderBy: box === "todo" ? { startAt: "asc" } : { startAt: "desc" },
        take: limit,
        select,
      });
      items.push(...rows.map((r) => item(r, box === "todo" ? DRIVER_ACTION[r.status]! : "已回车", `/officer/vehicles/trips/${r.id}`, r.returnedAt ?? r.assignedAt ?? r.createdAt)));
    }
    if (box === "todo") {
      for (const [permission, status, action] of [["vehicles.approve", "PENDING", "审批用车"], ["vehicles.manage", "APPROVED", "派车"]] as const) {
        if (!can(actor, permission)) continue;
        const rows = await db.vehicleBooking.findMany({ where: { status }, orderBy: { startAt: "asc" }, take: limit, select });
        items.push(...rows.map((r) => item(r, action, `/officer/vehicles/bookings/${r.id}`, r.createdAt)));
      }
    }
    const order = box === "done" ? (a: TodoItem, b: TodoItem) => b.since.getTime() - a.since.getTime() : (a: TodoItem, b: TodoItem) => a.dueAt!.getTime() - b.dueAt!.getTime();
    return items.sort(order).slice(0, limit);
  },
  async count(db: Tx, actor, box) {
    if (box !== "todo") return 0;
    let n = 0;
    if (can(actor, "vehicles.drive")) n += await db.vehicleBooking.count({ where: { driverId: actor.id, status: { in: ["ASSIGNED", "DEPARTED", "ARRIVED"] } } });
    if (can(actor, "vehicles.approve")) n += await db.vehicleBooking.count({ where: { status: "PENDING" } });
    if (can(actor, "vehicles.manage")) n += await db.vehicleBooking.count({ where: { status: "APPROVED" } });
    return n;
  },
});
