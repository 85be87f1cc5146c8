// Who may manage a meeting and who takes part in it. The county office (OFFICE_STAFF) and
// administrators manage every meeting; a unit's 会务 (MEETING_ORGANISER duty) manages the
// meetings its unit organises. A participant is an invited officer, the attendee a unit or a
// delegating officer named, or the clerk (or head) of an invited unit, who replies for it.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can, type Actor } from "../auth/actor";
import type { Tx } from "../db";
import { AppError } from "../errors";

export function canManageMeeting(actor: Actor, meeting: { organiser: { departmentId: string } }): boolean {
  if (!can(actor, "meetings.organise")) return false;
  return actor.role === "OFFICE_STAFF" || actor.role === "ADMIN" || meeting.organiser.departmentId === actor.departmentId;
}

/** Replies for a unit: its document clerks and its heads. */
export function repliesForUnit(actor: Actor): boolean {
  return actor.role === "DEPARTMENT_HEAD" || (actor.duties ?? []).includes("DOCUMENT_CLERK");
}

/** The invitations this officer answers for or attends through. */
export function myInvitationsWhere(actor: Actor): Prisma.MeetingInvitationWhereInput {
  return {
    OR: [
      { officerId: actor.id },
      { attendeeId: actor.id },
      ...(repliesForUnit(actor) ? [{ kind: "UNIT" as const, departmentId: actor.departmentId }] : []),
    ],
  };
}

/** Whether the actor may answer this invitation. */
export function canReply(actor: Actor, inv: { kind: "OFFICER" | "UNIT"; officerId: string | null; departmentId: string }): boolean {
  if (inv.kind === "OFFICER") return inv.officerId === actor.id;
  return inv.departmentId === actor.departmentId && repliesForUnit(actor);
}

export async function loadManagedMeeting(db: Tx, actor: Actor, meetingId: string, lock = false) {
  if (lock) await db.$queryRaw`SELECT "id" FROM "Meeting" WHERE "id" = ${meetingId} FOR UPDATE`;
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, include: { organiser: { select: { departmentId: true, name: true, phone: true } }, room: true } });
  if (!meeting) throw new AppError("NOT_FOUND", "会议不存在。");
  if (!canManageMeeting(actor, meeting)) throw new AppError("FORBIDDEN", "您没有管理此会议的权限。");
  return meeting;
}
