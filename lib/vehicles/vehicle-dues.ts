// Maintenance and insurance items (年检, 保险续保, 保养 by date and/or mileage), supervised as kind
// `vehicle_due` (lib/supervision/kinds/vehicle-due.ts). The due moments are stored as times so the
// sweeper claims them like any deadline: by date, yellow 30 days before and red on the day; by
// mileage, yellow when a return brings the odometer within 500 km and red when it reaches it.
// Whichever comes first counts.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZDueInput } from "./vehicles.schema";

export const DUE_LEAD_DAYS = 30;
export const DUE_LEAD_KM = 500;

const earliest = (...dates: (Date | null)[]) => dates.filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;

export async function addVehicleDue({ actor, vehicleId, input, now = new Date() }: { actor: Actor; vehicleId: string; input: unknown; now?: Date }) {
  assertPermission(actor, "vehicles.manage");
  const v = parseInput(ZDueInput, input);
  return prisma.$transaction(async (tx) => {
    const car = await tx.vehicle.findUnique({ where: { id: vehicleId }, select: { plate: true, odometerKm: true, departmentId: true } });
    if (!car) throw new AppError("NOT_FOUND", "没有找到该车辆。");
    const km = v.dueOdometerKm;
    const due = await tx.vehicleDue.create({
      data: {
        vehicleId,
        kind: v.kind,
        note: v.note,
        dueDate: v.dueDate,
        dueOdometerKm: km,
        yellowAt: earliest(v.dueDate && new Date(v.dueDate.getTime() - DUE_LEAD_DAYS * 86_400_000), km !== null && car.odometerKm >= km - DUE_LEAD_KM ? now : null),
        dueAt: earliest(v.dueDate, km !== null && car.odometerKm >= km ? now : null),
        keeperId: actor.id,
        departmentId: car.departmentId,
      },
    });
    await writeAudit(tx, { actorId: actor.id, action: "vehicle.due_added", targetType: "Vehicle", targetId: vehicleId, details: { name: car.plate, type: v.kind } });
    return due;
  });
}

export async function completeVehicleDue({ actor, dueId, note, now = new Date() }: { actor: Actor; dueId: string; note?: string; now?: Date }) {
  assertPermission(actor, "vehicles.manage");
  const text = (note ?? "").trim().slice(0, 200) || null;
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.vehicleDue.updateMany({ where: { id: dueId, completedAt: null }, data: { completedAt: now, completedById: actor.id, completionNote: text } });
    if (count === 0) throw new AppError("CONFLICT", "该事项已办结或不存在，请刷新后查看。");
    const due = await tx.vehicleDue.findUniqueOrThrow({ where: { id: dueId }, select: { vehicleId: true, kind: true } });
    await writeAudit(tx, { actorId: actor.id, action: "vehicle.due_completed", targetType: "Vehicle", targetId: due.vehicleId, details: { type: due.kind, note: text } });
  });
}

/** A return's odometer reading: stamps yellow/due on the car's open mileage items it reaches. */
export async function stampOdometerDues(tx: Tx, vehicleId: string, odometerKm: number, now: Date) {
  const odo = Prisma.sql`${odometerKm}::int`;
  const lead = Prisma.sql`${DUE_LEAD_KM}::int`;
  const at = Prisma.sql`${now.toISOString()}::timestamp(3)`;
  await tx.$executeRaw`
    UPDATE "VehicleDue" SET
      "yellowAt" = CASE WHEN ${odo} >= "dueOdometerKm" - ${lead} AND ("yellowAt" IS NULL OR "yellowAt" > ${at}) THEN ${at} ELSE "yellowAt" END,
      "dueAt" = CASE WHEN ${odo} >= "dueOdometerKm" AND ("dueAt" IS NULL OR "dueAt" > ${at}) THEN ${at} ELSE "dueAt" END
    WHERE "vehicleId" = ${vehicleId} AND "completedAt" IS NULL AND "dueOdometerKm" IS NOT NULL
      AND ${odo} >= "dueOdometerKm" - ${lead}`;
}
