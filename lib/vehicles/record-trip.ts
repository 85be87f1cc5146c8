// The driver's marks on the phone (vehicles.drive, only the trip's own driver): 出车 with the
// odometer, 到达, 回车 with the odometer and the costs. Each may carry the browser's position.
// Odometer sanity: departure not below the car's last known reading, return not below departure
// (and no single trip over 3,000 km, a typing slip). The return moves the car's odometer and
// stamps the mileage-based maintenance items it reaches, in the same transaction.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZDepartInput, ZPosition, ZReturnInput } from "./vehicles.schema";
import { transitionBooking } from "./booking-flow";
import { stampOdometerDues } from "./vehicle-dues";

/** The longest trip one return may record (km); more is taken for a typing slip. */
export const MAX_TRIP_KM = 3000;

const invalid = (field: string, message: string) => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { [field]: message } });

async function ownTrip(actor: Actor, bookingId: string) {
  assertPermission(actor, "vehicles.drive");
  const trip = await prisma.vehicleBooking.findUnique({ where: { id: bookingId }, select: { driverId: true, vehicleId: true, departOdometer: true } });
  if (!trip) throw new AppError("NOT_FOUND", "没有找到该出车任务。");
  if (trip.driverId !== actor.id) throw new AppError("FORBIDDEN", "这不是您的出车任务。");
  return trip;
}

const position = (input: unknown) => parseInput(ZPosition, input) ?? Prisma.DbNull;

export async function markDeparture({ actor, bookingId, expectedVersion, input, now = new Date() }: { actor: Actor; bookingId: string; expectedVersion?: number; input: unknown; now?: Date }) {
  const trip = await ownTrip(actor, bookingId);
  const { odometer } = parseInput(ZDepartInput, input);
  const pos = position(input);
  return prisma.$transaction(async (tx) => {
    const car = await tx.vehicle.findUniqueOrThrow({ where: { id: trip.vehicleId! }, select: { plate: true, odometerKm: true } });
    if (odometer < car.odometerKm) throw invalid("odometer", `出车里程不能小于该车上次记录的里程${car.odometerKm}公里，请核对仪表读数`);
    const b = await transitionBooking(tx, { bookingId, from: ["ASSIGNED"], expectedVersion, data: { status: "DEPARTED", departedAt: now, departOdometer: odometer, departPosition: pos } });
    await writeAudit(tx, { actorId: actor.id, action: "vehicle.trip_departed", targetType: "VehicleBooking", targetId: bookingId, details: { name: car.plate, count: odometer } });
    return b;
  });
}

export async function markArrival({ actor, bookingId, expectedVersion, input, now = new Date() }: { actor: Actor; bookingId: string; expectedVersion?: number; input: unknown; now?: Date }) {
  await ownTrip(actor, bookingId);
  const pos = position(input);
  return prisma.$transaction(async (tx) => {
    const b = await transitionBooking(tx, { bookingId, from: ["DEPARTED"], expectedVersion, data: { status: "ARRIVED", arrivedAt: now, arrivePosition: pos } });
    await writeAudit(tx, { actorId: actor.id, action: "vehicle.trip_arrived", targetType: "VehicleBooking", targetId: bookingId, details: { address: b.toPlace } });
    return b;
  });
}

export async function markReturn({ actor, bookingId, expectedVersion, input, now = new Date() }: { actor: Actor; bookingId: string; expectedVersion?: number; input: unknown; now?: Date }) {
  const trip = await ownTrip(actor, bookingId);
  const v = parseInput(ZReturnInput, input);
  const pos = position(input);
  if (trip.departOdometer !== null) {
    if (v.odometer < trip.departOdometer) throw invalid("odometer", `回车里程不能小于出车里程${trip.departOdometer}公里，请核对仪表读数`);
    if (v.odometer - trip.departOdometer > MAX_TRIP_KM) throw invalid("odometer", `本次行驶${v.odometer - trip.departOdometer}公里，超过${MAX_TRIP_KM}公里，请核对仪表读数`);
  }
  return prisma.$transaction(async (tx) => {
    const b = await transitionBooking(tx, {
      bookingId,
      from: ["DEPARTED", "ARRIVED"],
      expectedVersion,
      data: { status: "RETURNED", returnedAt: now, returnOdometer: v.odometer, returnPosition: pos, fuelFen: v.fuel, tollFen: v.toll, parkingFen: v.parking },
    });
    // The car's reading only moves forward (a late return of an older trip leaves a newer one).
    await tx.vehicle.updateMany({ where: { id: trip.vehicleId!, odometerKm: { lt: v.odometer } }, data: { odometerKm: v.odometer } });
    await stampOdometerDues(tx, trip.vehicleId!, v.odometer, now);
    await writeAudit(tx, { actorId: actor.id, action: "vehicle.trip_returned", targetType: "VehicleBooking", targetId: bookingId, details: { count: v.odometer - (trip.departOdometer ?? v.odometer) } });
    return b;
  });
}
