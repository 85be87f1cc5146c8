// 派车 (vehicles.manage): a car and a driver for an approved booking, never overlapping another
// live trip of either. Checked under concurrency: the transaction first locks the car's row and
// then the driver's (always in that order, so two assigners cannot deadlock), and only then looks
// for an overlapping ASSIGNED/DEPARTED/ARRIVED trip. A concurrent assigner of the same car or
// driver waits on the lock until this transaction commits and then sees this trip. Plain row
// locks behave the same on PostgreSQL and PGlite (an exclusion constraint would need btree_gist).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { enqueueMessages } from "../notify/enqueue-message";
import { parseInput } from "../validation";
import { ZAssignInput } from "./vehicles.schema";
import { smsTo, transitionBooking } from "./booking-flow";
import { formatBeijing } from "./vehicle-labels";

export async function assignVehicle({ actor, bookingId, expectedVersion, input }: { actor: Actor; bookingId: string; expectedVersion?: number; input: unknown }) {
  assertPermission(actor, "vehicles.manage");
  const { vehicleId, driverId } = parseInput(ZAssignInput, input);
  return prisma.$transaction(async (tx) => {
    const [car] = await tx.$queryRaw<{ id: string; plate: string; status: string; seats: number }[]>`
      SELECT "id", "plate", "status"::text AS "status", "seats" FROM "Vehicle" WHERE "id" = ${vehicleId} FOR NO KEY UPDATE`;
    if (!car) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { vehicleId: "请选择车辆" } });
    const [driver] = await tx.$queryRaw<{ id: string; name: string; phone: string | null; role: string; isActive: boolean }[]>`
      SELECT "id", "name", "phone", "role"::text AS "role", "isActive" FROM "Officer" WHERE "id" = ${driverId} FOR NO KEY UPDATE`;
    if (!driver || driver.role !== "DRIVER" || !driver.isActive) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { driverId: "请选择在岗的驾驶员" } });
    if (car.status !== "AVAILABLE") {
      throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { vehicleId: `${car.plate}${car.status === "MAINTENANCE" ? "正在维修保养" : "已报废"}，不能派车` } });
    }
    const booking = await tx.vehicleBooking.findUnique({ where: { id: bookingId }, select: { startAt: true, endAt: true, passengerCount: true } });
    if (!booking) throw new AppError("NOT_FOUND", "没有找到该用车申请。");
    if (booking.passengerCount > car.seats - 1) {
      throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { vehicleId: `${car.plate}只有${car.seats}座，坐不下${booking.passengerCount}位乘车人员和驾驶员` } });
    }
    const clash = await tx.vehicleBooking.findFirst({
      where: {
        id: { not: bookingId },
        status: { in: ["ASSIGNED", "DEPARTED", "ARRIVED"] },
        OR: [{ vehicleId }, { driverId }],
        startAt: { lt: booking.endAt },
        endAt: { gt: booking.startAt },
      },
      select: { vehicleId: true, startAt: true, endAt: true },
    });
    if (clash) {
      const field = clash.vehicleId === vehicleId ? "vehicleId" : "driverId";
      const who = field === "vehicleId" ? car.plate : `驾驶员${driver.name}`;
      throw new AppError("CONFLICT", `${who}在${formatBeijing(clash.startAt)}至${formatBeijing(clash.endAt)}已有出车任务，与本次用车时间重叠，请另选。`, {
        fieldErrors: { [field]: `${who}该时段已有出车任务` },
      });
    }
    const b = await transitionBooking(tx, { bookingId, from: ["APPROVED"], expectedVersion, data: { status: "ASSIGNED", vehicleId, driverId, assignedById: actor.id, assignedAt: new Date() } });
    await writeAudit(tx, { actorId: actor.id, action: "vehicle.assigned", targetType: "VehicleBooking", targetId: b.id, details: { title: `${b.fromPlace}—${b.toPlace}`, name: `${car.plate} ${driver.name}` } });
    const when = `${formatBeijing(b.startAt)}从${b.fromPlace}前往${b.toPlace}`;
    await enqueueMessages(tx, [
      ...smsTo(driver.phone, { template: "vehicle.trip_assigned", body: `【出车任务】${when}，车辆${car.plate}，乘车${b.passengerCount}人（${b.passengerNames}），联系人${b.booker.name}${b.booker.phone ? ` ${b.booker.phone}` : ""}。`, dedupeKey: `vehicle.trip:${b.id}:${driverId}`, officerId: driverId, relatedType: "VehicleBooking", relatedId: b.id }),
      ...smsTo(b.booker.phone, { template: "vehicle.assigned", body: `【公务用车】您的用车（${when}）已派车：${car.plate}，驾驶员${driver.name}${driver.phone ? ` ${driver.phone}` : ""}。`, dedupeKey: `vehicle.assigned:${b.id}:${vehicleId}:${driverId}`, officerId: b.bookerId, relatedType: "VehicleBooking", relatedId: b.id }),
    ]);
    return b;
  });
}
