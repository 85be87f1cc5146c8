// What the vehicle pages read: one booking, the officer's own bookings, the office's queues, the
// driver's trips. Each checks the reader's permission.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertPermission, can, type Actor } from "../auth/actor";

const include = {
  booker: { select: { name: true, phone: true } },
  department: { select: { name: true } },
  vehicle: { select: { plate: true, seats: true } },
  driver: { select: { name: true, phone: true } },
} as const;

export async function getBooking({ actor, bookingId }: { actor: Actor; bookingId: string }) {
  const b = await prisma.vehicleBooking.findUnique({ where: { id: bookingId }, include });
  if (!b) throw new AppError("NOT_FOUND", "没有找到该用车申请。");
  const allowed = b.bookerId === actor.id || b.driverId === actor.id || can(actor, "vehicles.approve") || can(actor, "vehicles.manage");
  if (!allowed) throw new AppError("FORBIDDEN", "您没有查看该用车申请的权限。");
  return b;
}

export type BookingView = Awaited<ReturnType<typeof getBooking>>;

export async function listMyBookings({ actor, limit = 30 }: { actor: Actor; limit?: number }) {
  assertPermission(actor, "vehicles.book");
  return prisma.vehicleBooking.findMany({ where: { bookerId: actor.id }, orderBy: { createdAt: "desc" }, take: limit, include });
}

/** The office's queues: waiting for approval (vehicles.approve), approved and waiting for a car (vehicles.manage). */
export async function listOfficeQueues({ actor }: { actor: Actor }) {
  const [pending, toAssign] = await Promise.all([
    can(actor, "vehicles.approve") ? prisma.vehicleBooking.findMany({ where: { status: "PENDING" }, orderBy: { startAt: "asc" }, take: 100, include }) : [],
    can(actor, "vehicles.manage") ? prisma.vehicleBooking.findMany({ where: { status: "APPROVED" }, orderBy: { startAt: "asc" }, take: 100, include }) : [],
  ]);
  return { pending, toAssign };
}

/** A driver's trips: live ones first (by start), then the last 20 returned. */
export async function listDriverTrips({ actor }: { actor: Actor }) {
  assertPermission(actor, "vehicles.drive");
  const [live, done] = await Promise.all([
    prisma.vehicleBooking.findMany({ where: { driverId: actor.id, status: { in: ["ASSIGNED", "DEPARTED", "ARRIVED"] } }, orderBy: { startAt: "asc" }, include }),
    prisma.vehicleBooking.findMany({ where: { driverId: actor.id, status: "RETURNED" }, orderBy: { returnedAt: "desc" }, take: 20, include }),
  ]);
  return { live, done };
}
