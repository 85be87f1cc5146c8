// The fleet (vehicles.manage): register a car, correct it, set its status. Drivers are the
// active officers with role DRIVER.
import "server-only";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { isUniqueViolation } from "../db-errors";
import { parseInput } from "../validation";
import { ZVehicleInput, ZVehicleStatusInput } from "./vehicles.schema";

const plateTaken = () => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { plate: "该车牌号已登记" } });

export async function createVehicle({ actor, input }: { actor: Actor; input: unknown }) {
  assertPermission(actor, "vehicles.manage");
  const v = parseInput(ZVehicleInput, input);
  try {
    return await prisma.$transaction(async (tx) => {
      const vehicle = await tx.vehicle.create({ data: { plate: v.plate, type: v.type, seats: v.seats, odometerKm: v.odometerKm, note: v.note, departmentId: actor.departmentId } });
      await writeAudit(tx, { actorId: actor.id, action: "vehicle.created", targetType: "Vehicle", targetId: vehicle.id, details: { plate: v.plate } });
      return vehicle;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw plateTaken();
    throw err;
  }
}

export async function updateVehicle({ actor, vehicleId, expectedVersion, input }: { actor: Actor; vehicleId: string; expectedVersion: number; input: unknown }) {
  assertPermission(actor, "vehicles.manage");
  const v = parseInput(ZVehicleInput, input);
  try {
    return await prisma.$transaction(async (tx) => {
      const { count } = await tx.vehicle.updateMany({
        where: { id: vehicleId, version: expectedVersion },
        data: { plate: v.plate, type: v.type, seats: v.seats, odometerKm: v.odometerKm, note: v.note, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT", "车辆信息已被他人修改，请刷新后重试。");
      await writeAudit(tx, { actorId: actor.id, action: "vehicle.updated", targetType: "Vehicle", targetId: vehicleId, details: { plate: v.plate } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw plateTaken();
    throw err;
  }
}

export async function setVehicleStatus({ actor, vehicleId, input }: { actor: Actor; vehicleId: string; input: unknown }) {
  assertPermission(actor, "vehicles.manage");
  const { status } = parseInput(ZVehicleStatusInput, input);
  await prisma.$transaction(async (tx) => {
    const vehicle = await tx.vehicle.findUnique({ where: { id: vehicleId }, select: { plate: true, status: true } });
    if (!vehicle) throw new AppError("NOT_FOUND", "没有找到该车辆。");
    await tx.vehicle.update({ where: { id: vehicleId }, data: { status, version: { increment: 1 } } });
    await writeAudit(tx, { actorId: actor.id, action: "vehicle.status_changed", targetType: "Vehicle", targetId: vehicleId, details: { plate: vehicle.plate, from: vehicle.status, to: status } });
  });
}

export async function listVehicles({ actor, includeRetired = false }: { actor: Actor; includeRetired?: boolean }) {
  assertFleetReader(actor);
  return prisma.vehicle.findMany({ where: includeRetired ? {} : { status: { not: "RETIRED" } }, orderBy: [{ status: "asc" }, { plate: "asc" }] });
}

export async function getVehicle({ actor, vehicleId }: { actor: Actor; vehicleId: string }) {
  assertFleetReader(actor);
  const vehicle = await prisma.vehicle.findUnique({
    where: { id: vehicleId },
    include: { dues: { orderBy: [{ completedAt: { sort: "desc", nulls: "first" } }, { dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }] } },
  });
  if (!vehicle) throw new AppError("NOT_FOUND", "没有找到该车辆。");
  return vehicle;
}

/** The office (approve) and the dispatcher (manage) read the fleet. */
export function assertFleetReader(actor: Actor) {
  try {
    assertPermission(actor, "vehicles.manage");
  } catch {
    assertPermission(actor, "vehicles.approve");
  }
}

export async function listDrivers(db: Pick<Tx, "officer"> = prisma) {
  return db.officer.findMany({ where: { role: "DRIVER", isActive: true }, orderBy: { name: "asc" }, select: { id: true, name: true, phone: true } });
}
