// A meeting from draft to notice to cancellation (ARCHITECTURE.md "Meetings"). Every act checks
// meetings.organise and the meeting's unit, writes the audit row and queues its SMS in one
// transaction. A room is booked under a row lock on the room (bookRoom), so two organisers can
// never take one room for overlapping times, on PostgreSQL and PGlite alike.
import "server-only";
import { randomBytes } from "node:crypto";
import { assertPermission, type Actor } from "../auth/actor";
import { prisma, type Tx } from "../db";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { formatDeadline } from "../complaints/complaint-format";
import { loadManagedMeeting } from "./meeting-access";
import { ZCancelInput, ZMeetingInput } from "./meeting.schema";
import { cancelText, changeText, invitationContacts, noticeText, sendToInvitations } from "./meeting-notify";

/** The yellow point of a reply: 80% of the time from the notice to the deadline. */
export function replyYellowAt(publishedAt: Date, replyDueAt: Date): Date {
  const span = Math.max(0, replyDueAt.getTime() - publishedAt.getTime());
  return new Date(publishedAt.getTime() + Math.floor(span * 0.8));
}

/**
 * Locks the room row, then refuses an overlapping meeting that is not cancelled. The lock makes
 * the check and the insert/update that follows one step for every other booking of that room.
 */
export async function bookRoom(tx: Tx, { roomId, startAt, endAt, meetingId }: { roomId: string; startAt: Date; endAt: Date; meetingId?: string }) {
  const rooms = await tx.$queryRaw<{ id: string; name: string; isActive: boolean }[]>`SELECT "id", "name", "isActive" FROM "MeetingRoom" WHERE "id" = ${roomId} FOR UPDATE`;
  const room = rooms[0];
  if (!room) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { roomId: "请选择会议室" } });
  if (!room.isActive) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { roomId: "该会议室已停用，请选择其他会议室" } });
  const clash = await tx.meeting.findFirst({
    where: { roomId, status: { not: "CANCELLED" }, startAt: { lt: endAt }, endAt: { gt: startAt }, ...(meetingId ? { id: { not: meetingId } } : {}) },
    select: { title: true, startAt: true, endAt: true },
    orderBy: { startAt: "asc" },
  });
  if (clash) {
    throw new AppError("CONFLICT", `${room.name}在${formatDeadline(clash.startAt)}至${formatDeadline(clash.endAt)}已安排“${clash.title}”，请换一个时间或会议室。`, {
      fieldErrors: { roomId: `该时段已被“${clash.title}”占用` },
    });
  }
  return room;
}

async function checkInvitees(tx: Tx, officerIds: string[], departmentIds: string[]) {
  const [officers, departments] = await Promise.all([
    officerIds.length ? tx.officer.findMany({ where: { id: { in: officerIds }, isActive: true }, select: { id: true, departmentId: true } }) : [],
    departmentIds.length ? tx.department.findMany({ where: { id: { in: departmentIds } }, select: { id: true } }) : [],
  ]);
  if (officers.length !== new Set(officerIds).size) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { officerIds: "所选人员中有人不在授权名单内" } });
  if (departments.length !== new Set(departmentIds).size) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { departmentIds: "所选单位不存在" } });
  if (officers.length + departments.length === 0) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { officerIds: "请至少邀请一位人员或一个单位" } });
  return officers;
}

/** Adds the invitations not there yet, removes those no longer chosen; returns the new rows. */
async function syncInvitations(tx: Tx, meeting: { id: string; replyDueAt: Date; publishedAt: Date | null }, officerIds: string[], departmentIds: string[]) {
  const officers = await checkInvitees(tx, officerIds, departmentIds);
  const existing = await tx.meetingInvitation.findMany({ where: { meetingId: meeting.id }, select: { id: true, kind: true, officerId: true, departmentId: true } });
  const keep = (i: (typeof existing)[number]) => (i.kind === "OFFICER" ? officerIds.includes(i.officerId!) : departmentIds.includes(i.departmentId));
  const removed = existing.filter((i) => !keep(i)).map((i) => i.id);
  if (removed.length) await tx.meetingInvitation.deleteMany({ where: { id: { in: removed } } });
  const yellowWarnAt = meeting.publishedAt ? replyYellowAt(meeting.publishedAt, meeting.replyDueAt) : meeting.replyDueAt;
  const newOfficers = officers.filter((o) => !existing.some((i) => i.kind === "OFFICER" && i.officerId === o.id));
  const newUnits = [...new Set(departmentIds)].filter((d) => !existing.some((i) => i.kind === "UNIT" && i.departmentId === d));
  const created = [
    ...newOfficers.map((o) => ({ meetingId: meeting.id, kind: "OFFICER" as const, officerId: o.id, departmentId: o.departmentId, replyDueAt: meeting.replyDueAt, yellowWarnAt })),
    ...newUnits.map((d) => ({ meetingId: meeting.id, kind: "UNIT" as const, officerId: null, departmentId: d, replyDueAt: meeting.replyDueAt, yellowWarnAt })),
  ];
  if (created.length) await tx.meetingInvitation.createMany({ data: created });
  return { added: created.length, removed: removed.length };
}

export async function createMeeting({ actor, input }: { actor: Actor; input: unknown }) {
  assertPermission(actor, "meetings.organise");
  const data = parseInput(ZMeetingInput, input);
  return prisma.$transaction(
    async (tx) => {
      await bookRoom(tx, data);
      const meeting = await tx.meeting.create({
        data: {
          title: data.title,
          kind: data.kind,
          startAt: data.startAt,
          endAt: data.endAt,
          replyDueAt: data.replyDueAt,
          roomId: data.roomId,
          note: data.note,
          organiserId: actor.id,
          checkinToken: randomBytes(18).toString("base64url"),
          agenda: { create: data.agenda.map((title, i) => ({ position: i + 1, title })) },
        },
      });
      const room = await tx.meetingRoom.findUniqueOrThrow({ where: { id: data.roomId } });
      await tx.meeting.update({ where: { id: meeting.id }, data: { seatRows: room.rows, seatsPerRow: room.seatsPerRow } });
      await syncInvitations(tx, meeting, data.officerIds, data.departmentIds);
      await writeAudit(tx, { actorId: actor.id, action: "meeting.created", targetType: "Meeting", targetId: meeting.id, details: { title: meeting.title } });
      return meeting;
    },
    { timeout: 30_000 },
  );
}

/** Participants (not those on leave) with their phones, for change and cancel notices. */
async function announce(tx: Tx, meetingId: string, message: { template: string; body: string; key: string }) {
  const invitations = await tx.meetingInvitation.findMany({ where: { meetingId, status: { notIn: ["LEAVE", "CANCELLED"] } }, select: { id: true, kind: true, officerId: true, departmentId: true, attendeeId: true, status: true } });
  const contacts = await invitationContacts(tx, invitations);
  return sendToInvitations(tx, invitations, contacts, { ...message, meetingId });
}

export async function updateMeeting({ actor, meetingId, expectedVersion, input }: { actor: Actor; meetingId: string; expectedVersion: number; input: unknown }) {
  assertPermission(actor, "meetings.organise");
  const data = parseInput(ZMeetingInput, input);
  return prisma.$transaction(
    async (tx) => {
      const before = await loadManagedMeeting(tx, actor, meetingId, true);
      if (before.status === "CANCELLED") throw new AppError("CONFLICT", "会议已取消，不能再修改。");
      if (before.version !== expectedVersion) throw new AppError("CONFLICT", "会议已被他人修改，请刷新后再改。");
      await bookRoom(tx, { ...data, meetingId });
      const visible = before.title !== data.title || before.startAt.getTime() !== data.startAt.getTime() || before.endAt.getTime() !== data.endAt.getTime() || before.roomId !== data.roomId;
      const published = before.status === "PUBLISHED";
      const meeting = await tx.meeting.update({
        where: { id: meetingId },
        data: {
          title: data.title,
          kind: data.kind,
          startAt: data.startAt,
          endAt: data.endAt,
          replyDueAt: data.replyDueAt,
          roomId: data.roomId,
          note: data.note,
          version: { increment: 1 },
          ...(visible || published ? { sequence: { increment: 1 } } : {}),
        },
        include: { room: true },
      });
      await tx.meetingAgendaItem.deleteMany({ where: { meetingId } });
      if (data.agenda.length) await tx.meetingAgendaItem.createMany({ data: data.agenda.map((title, i) => ({ meetingId, position: i + 1, title })) });
      if (before.replyDueAt.getTime() !== data.replyDueAt.getTime()) {
        // A new deadline is a new supervised due time: the chase may run again for it.
        const yellowWarnAt = meeting.publishedAt ? replyYellowAt(meeting.publishedAt, data.replyDueAt) : data.replyDueAt;
        await tx.meetingInvitation.updateMany({ where: { meetingId }, data: { replyDueAt: data.replyDueAt, yellowWarnAt, yellowWarnedAt: null, redCardAt: null } });
      }
      const beforeIds = new Set((await tx.meetingInvitation.findMany({ where: { meetingId }, select: { id: true } })).map((i) => i.id));
      const sync = await syncInvitations(tx, meeting, data.officerIds, data.departmentIds);
      if (published) {
        if (visible) await announce(tx, meetingId, { template: "meeting.changed", body: changeText({ ...meeting, roomName: meeting.room.name }), key: `meeting:changed:${meetingId}:${meeting.sequence}` });
        const fresh = await tx.meetingInvitation.findMany({ where: { meetingId, id: { notIn: [...beforeIds] } }, select: { id: true, kind: true, officerId: true, departmentId: true, attendeeId: true, status: true } });
        if (fresh.length) await sendToInvitations(tx, fresh, await invitationContacts(tx, fresh), { template: "meeting.notice", body: noticeText({ ...meeting, roomName: meeting.room.name }), key: `meeting:notice:${meetingId}`, meetingId });
      }
      await writeAudit(tx, { actorId: actor.id, action: "meeting.updated", targetType: "Meeting", targetId: meetingId, details: { title: meeting.title, sequence: meeting.sequence, ...sync } });
      return meeting;
    },
    { timeout: 30_000 },
  );
}

export async function publishMeeting({ actor, meetingId, now = new Date() }: { actor: Actor; meetingId: string; now?: Date }) {
  assertPermission(actor, "meetings.organise");
  return prisma.$transaction(
    async (tx) => {
      const meeting = await loadManagedMeeting(tx, actor, meetingId, true);
      if (meeting.status !== "DRAFT") throw new AppError("CONFLICT", meeting.status === "PUBLISHED" ? "会议通知已发出。" : "会议已取消。");
      if (meeting.replyDueAt <= now) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { replyDueAt: "回复截止时间已过，请先修改会议时间" } });
      await tx.meeting.update({ where: { id: meetingId }, data: { status: "PUBLISHED", publishedAt: now, version: { increment: 1 }, sequence: { increment: 1 } } });
      await tx.meetingInvitation.updateMany({ where: { meetingId }, data: { yellowWarnAt: replyYellowAt(now, meeting.replyDueAt), yellowWarnedAt: null, redCardAt: null } });
      const invitations = await tx.meetingInvitation.findMany({ where: { meetingId }, select: { id: true, kind: true, officerId: true, departmentId: true, attendeeId: true, status: true } });
      const contacts = await invitationContacts(tx, invitations);
      const queued = await sendToInvitations(tx, invitations, contacts, { template: "meeting.notice", body: noticeText({ ...meeting, roomName: meeting.room.name }), key: `meeting:notice:${meetingId}`, meetingId });
      await writeAudit(tx, { actorId: actor.id, action: "meeting.published", targetType: "Meeting", targetId: meetingId, details: { title: meeting.title, invitations: invitations.length, messages: queued } });
      return { invitations: invitations.length, messages: queued };
    },
    { timeout: 120_000 },
  );
}

export async function cancelMeeting({ actor, meetingId, input, now = new Date() }: { actor: Actor; meetingId: string; input: unknown; now?: Date }) {
  assertPermission(actor, "meetings.organise");
  const { reason } = parseInput(ZCancelInput, input);
  return prisma.$transaction(
    async (tx) => {
      const meeting = await loadManagedMeeting(tx, actor, meetingId, true);
      if (meeting.status === "CANCELLED") throw new AppError("CONFLICT", "会议已取消。");
      const updated = await tx.meeting.update({ where: { id: meetingId }, data: { status: "CANCELLED", cancelledAt: now, cancelReason: reason, version: { increment: 1 }, sequence: { increment: 1 } } });
      if (meeting.status === "PUBLISHED") await announce(tx, meetingId, { template: "meeting.cancelled", body: cancelText(meeting, reason), key: `meeting:cancelled:${meetingId}` });
      // Nothing more is asked of those who had not replied: the chase and the 待办 end here.
      await tx.meetingInvitation.updateMany({ where: { meetingId, status: "PENDING" }, data: { status: "CANCELLED" } });
      await writeAudit(tx, { actorId: actor.id, action: "meeting.cancelled", targetType: "Meeting", targetId: meetingId, details: { title: meeting.title, reason } });
      return updated;
    },
    { timeout: 60_000 },
  );
}
