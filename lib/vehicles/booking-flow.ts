// A booking's way from request to trip (ARCHITECTURE.md "Vehicles"): book (vehicles.book),
// approve or refuse (vehicles.approve, SMS to the booker), cancel (the booker, before departure).
// Each step changes the row only from the states it names and with the version the form showed,
// so two officers acting at once give one result and one CONFLICT; audit row and SMS are written
// in the same transaction.
import "server-only";
import type { VehicleBookingStatus } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { enqueueMessages, type OutboxInput } from "../notify/enqueue-message";
import { isUniqueViolation } from "../db-errors";
import { parseInput } from "../validation";
import { ZBookingInput, ZRefuseInput } from "./vehicles.schema";
import { formatBeijing } from "./vehicle-labels";

export async function bookVehicle({ actor, input, idempotencyKey, now = new Date() }: { actor: Actor; input: unknown; idempotencyKey?: string | null; now?: Date }) {
  assertPermission(actor, "vehicles.book");
  const v = parseInput(ZBookingInput, input);
  if (v.startAt.getTime() < now.getTime() - 3600_000) {
    throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { startAt: "出发时间已经过去，请重新填写" } });
  }
  const key = idempotencyKey && /^[A-Za-z0-9_-]{8,64}$/.test(idempotencyKey) ? idempotencyKey : null;
  try {
    return await prisma.$transaction(async (tx) => {
      const booking = await tx.vehicleBooking.create({
        data: { ...v, idempotencyKey: key, bookerId: actor.id, departmentId: actor.departmentId },
      });
      await writeAudit(tx, { actorId: actor.id, action: "vehicle.booked", targetType: "VehicleBooking", targetId: booking.id, details: { title: `${v.fromPlace}—${v.toPlace}`, date: formatBeijing(v.startAt) } });
      return booking;
    });
  } catch (err) {
    // A double click or a retried post: the first booking.
    if (key && isUniqueViolation(err)) return prisma.vehicleBooking.findUniqueOrThrow({ where: { idempotencyKey: key } });
    throw err;
  }
}

/** Moves a booking from one of `from` to a new state, or CONFLICT when it moved on or the version is stale. */
export async function transitionBooking(
  tx: Tx,
  { bookingId, from, expectedVersion, data }: { bookingId: string; from: VehicleBookingStatus[]; expectedVersion?: number; data: Prisma.VehicleBookingUncheckedUpdateManyInput },
) {
  const { count } = await tx.vehicleBooking.updateMany({
    where: { id: bookingId, status: { in: from }, ...(expectedVersion !== undefined && Number.isInteger(expectedVersion) ? { version: expectedVersion } : {}) },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    const exists = await tx.vehicleBooking.findUnique({ where: { id: bookingId }, select: { id: true } });
    if (!exists) throw new AppError("NOT_FOUND", "没有找到该用车申请。");
    throw new AppError("CONFLICT", "该用车申请的状态已变化（可能已有他人处理），请刷新后查看。");
  }
  return tx.vehicleBooking.findUniqueOrThrow({ where: { id: bookingId }, include: { booker: { select: { name: true, phone: true } }, vehicle: { select: { plate: true } }, driver: { select: { name: true, phone: true } } } });
}

export function smsTo(phone: string | null | undefined, message: Omit<OutboxInput, "recipient">): OutboxInput[] {
  return phone ? [{ ...message, recipient: phone }] : [];
}

const trip = (b: { startAt: Date; toPlace: string }) => `${formatBeijing(b.startAt)}前往${b.toPlace}`;

export async function approveBooking({ actor, bookingId, expectedVersion, now = new Date() }: { actor: Actor; bookingId: string; expectedVersion?: number; now?: Date }) {
  assertPermission(actor, "vehicles.approve");
  return prisma.$transaction(async (tx) => {
    const b = await transitionBooking(tx, { bookingId, from: ["PENDING"], expectedVersion, data: { status: "APPROVED", decidedById: actor.id, decidedAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "vehicle.booking_approved", targetType: "VehicleBooking", targetId: b.id, details: { title: `${b.fromPlace}—${b.toPlace}` } });
    await enqueueMessages(tx, smsTo(b.booker.phone, { template: "vehicle.approved", body: `【公务用车】您申请的用车（${trip(b)}）已批准，派车后将短信告知车辆和驾驶员。`, dedupeKey: `vehicle.approved:${b.id}`, officerId: b.bookerId, relatedType: "VehicleBooking", relatedId: b.id }));
    return b;
  });
}

export async function refuseBooking({ actor, bookingId, expectedVersion, input, now = new Date() }: { actor: Actor; bookingId: string; expectedVersion?: number; input: unknown; now?: Date }) {
  assertPermission(actor, "vehicles.approve");
  const { reason } = parseInput(ZRefuseInput, input);
  return prisma.$transaction(async (tx) => {
    const b = await transitionBooking(tx, { bookingId, from: ["PENDING", "APPROVED"], expectedVersion, data: { status: "REFUSED", decidedById: actor.id, decidedAt: now, refusalReason: reason } });
    await writeAudit(tx, { actorId: actor.id, action: "vehicle.booking_refused", targetType: "VehicleBooking", targetId: b.id, details: { reason } });
    await enqueueMessages(tx, smsTo(b.booker.phone, { template: "vehicle.refused", body: `【公务用车】您申请的用车（${trip(b)}）未获批准。理由：${reason}`, dedupeKey: `vehicle.refused:${b.id}`, officerId: b.bookerId, relatedType: "VehicleBooking", relatedId: b.id }));
    return b;
  });
}

/** The booker withdraws a booking that has not left yet; a driver already assigned is told. */
export async function cancelBooking({ actor, bookingId, expectedVersion, now = new Date() }: { actor: Actor; bookingId: string; expectedVersion?: number; now?: Date }) {
  assertPermission(actor, "vehicles.book");
  return prisma.$transaction(async (tx) => {
    const own = await tx.vehicleBooking.findUnique({ where: { id: bookingId }, select: { bookerId: true } });
    if (!own) throw new AppError("NOT_FOUND", "没有找到该用车申请。");
    if (own.bookerId !== actor.id) throw new AppError("FORBIDDEN", "只能取消本人的用车申请。");
    const b = await transitionBooking(tx, { bookingId, from: ["PENDING", "APPROVED", "ASSIGNED"], expectedVersion, data: { status: "CANCELLED", cancelledAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "vehicle.booking_cancelled", targetType: "VehicleBooking", targetId: b.id, details: { title: `${b.fromPlace}—${b.toPlace}` } });
    await enqueueMessages(tx, smsTo(b.driver?.phone, { template: "vehicle.cancelled", body: `【公务用车】${trip(b)}的出车任务已取消。`, dedupeKey: `vehicle.cancelled:${b.id}`, officerId: b.driverId ?? undefined, relatedType: "VehicleBooking", relatedId: b.id }));
    return b;
  });
}
