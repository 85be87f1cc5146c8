// The fleet board (调度看板): every car's state now, derived at read time from its status and its
// live trips: 维修保养中 (status), 出车中 (a DEPARTED/ARRIVED trip: driver, unit, destination,
// since), 已排班 (the next assigned trip within 24 hours), 空闲 (with the next trip, if any).
import "server-only";
import { prisma } from "../db";
import type { Actor } from "../auth/actor";
import { assertFleetReader } from "./manage-fleet";

export type BoardState = "out" | "booked" | "available" | "maintenance";
export const BOARD_STATE_LABELS: Record<BoardState, string> = { out: "出车中", booked: "已排班", available: "空闲", maintenance: "维修保养中" };

export interface BoardCar {
  id: string;
  plate: string;
  seats: number;
  state: BoardState;
  /** The trip the car is on (out), or its next assigned trip. */
  trip: { id: string; driverName: string | null; bookerName: string; departmentName: string; fromPlace: string; toPlace: string; startAt: Date; endAt: Date; departedAt: Date | null; arrivedAt: Date | null } | null;
  openDues: number;
}

export async function getFleetBoard({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertFleetReader(actor);
  const [cars, trips, dues] = await Promise.all([
    prisma.vehicle.findMany({ where: { status: { not: "RETIRED" } }, orderBy: { plate: "asc" }, select: { id: true, plate: true, seats: true, status: true } }),
    prisma.vehicleBooking.findMany({
      where: { status: { in: ["ASSIGNED", "DEPARTED", "ARRIVED"] }, vehicleId: { not: null } },
      orderBy: { startAt: "asc" },
      select: { id: true, vehicleId: true, status: true, fromPlace: true, toPlace: true, startAt: true, endAt: true, departedAt: true, arrivedAt: true, driver: { select: { name: true } }, booker: { select: { name: true } }, department: { select: { name: true } } },
    }),
    prisma.vehicleDue.groupBy({ by: ["vehicleId"], where: { completedAt: null, OR: [{ dueAt: { lte: now } }, { yellowAt: { lte: now } }] }, _count: { _all: true } }),
  ]);
  const dueBy = new Map(dues.map((d) => [d.vehicleId, d._count._all]));
  const board: BoardCar[] = cars.map((car) => {
    const own = trips.filter((t) => t.vehicleId === car.id);
    const out = own.find((t) => t.status !== "ASSIGNED");
    const next = own.find((t) => t.status === "ASSIGNED" && t.endAt > now);
    const shown = out ?? next ?? null;
    const state: BoardState = car.status === "MAINTENANCE" ? "maintenance" : out ? "out" : next && next.startAt.getTime() - now.getTime() <= 24 * 3600_000 ? "booked" : "available";
    return {
      id: car.id,
      plate: car.plate,
      seats: car.seats,
      state,
      trip: shown && {
        id: shown.id,
        driverName: shown.driver?.name ?? null,
        bookerName: shown.booker.name,
        departmentName: shown.department.name,
        fromPlace: shown.fromPlace,
        toPlace: shown.toPlace,
        startAt: shown.startAt,
        endAt: shown.endAt,
        departedAt: shown.departedAt,
        arrivedAt: shown.arrivedAt,
      },
      openDues: dueBy.get(car.id) ?? 0,
    };
  });
  const counts = Object.fromEntries((Object.keys(BOARD_STATE_LABELS) as BoardState[]).map((s) => [s, board.filter((c) => c.state === s).length])) as Record<BoardState, number>;
  return { cars: board, counts, generatedAt: now };
}
