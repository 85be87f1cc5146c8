// 签到: by the meeting's QR code (a per-meeting token in the URL; the officer must be signed in)
// or by the organiser's hand. Opening the QR link from 2 hours before the start until the end
// checks the officer in: as the named attendee, or as the invited officer (which also records
// 参加 when they had not replied or had asked for leave), or as the attendee of an invited unit
// that had named nobody yet.
import "server-only";
import { assertPermission, type Actor } from "../auth/actor";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../errors";
import { loadManagedMeeting } from "./meeting-access";

export const CHECKIN_OPENS_BEFORE_MS = 2 * 3600_000;
const REPEAT_SCAN_MS = 2 * 60_000;

export async function checkInByToken({ actor, token, now = new Date() }: { actor: Actor; token: string; now?: Date }) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录。");
  return prisma.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { checkinToken: token }, select: { id: true, title: true, status: true, startAt: true, endAt: true, room: { select: { name: true } } } });
    if (!meeting || meeting.status === "DRAFT") throw new AppError("NOT_FOUND", "签到码无效。");
    if (meeting.status === "CANCELLED") throw new AppError("CONFLICT", "会议已取消。");
    if (now.getTime() < meeting.startAt.getTime() - CHECKIN_OPENS_BEFORE_MS) throw new AppError("CONFLICT", "签到尚未开始（会前2小时开放）。");
    if (now > meeting.endAt) throw new AppError("CONFLICT", "会议已结束，签到已关闭。");
    const mine = await tx.meetingInvitation.findMany({
      where: { meetingId: meeting.id, OR: [{ attendeeId: actor.id }, { officerId: actor.id }, { kind: "UNIT", departmentId: actor.departmentId, attendeeId: null, attendeeName: null }] },
      orderBy: { createdAt: "asc" },
    });
    const inv = mine.find((i) => i.attendeeId === actor.id) ?? mine.find((i) => i.officerId === actor.id && i.status !== "DELEGATE") ?? mine.find((i) => i.kind === "UNIT");
    if (!inv) throw new AppError("FORBIDDEN", "您不在本次会议的参会名单中，请联系会务人员。");
    const already = !!inv.checkedInAt && inv.attendeeId === actor.id;
    const updated = already
      ? inv
      : await tx.meetingInvitation.update({
          where: { id: inv.id },
          data: {
            checkedInAt: inv.checkedInAt ?? now,
            checkedInById: actor.id,
            ...(inv.attendeeId === actor.id ? {} : { status: "ATTEND", attendeeId: actor.id, attendeeName: actor.name, leaveReason: null }),
          },
        });
    if (!already) await writeAudit(tx, { actorId: actor.id, action: "meeting.checked_in", targetType: "MeetingInvitation", targetId: inv.id, details: { title: meeting.title, by: "qr" } });
    // The page that checks in may be rendered twice for one scan (the sign-in form's redirect, a
    // reload): within two minutes a repeat still reads as the scan that checked in.
    const isRepeatScan = already && now.getTime() - inv.checkedInAt!.getTime() > REPEAT_SCAN_MS;
    return { meeting, invitation: updated, already, isRepeatScan };
  });
}

/** The organiser checks someone in by hand (or takes it back). */
export async function checkInByOrganiser({ actor, meetingId, invitationId, undo = false, now = new Date() }: { actor: Actor; meetingId: string; invitationId: string; undo?: boolean; now?: Date }) {
  assertPermission(actor, "meetings.organise");
  return prisma.$transaction(async (tx) => {
    const meeting = await loadManagedMeeting(tx, actor, meetingId);
    if (meeting.status !== "PUBLISHED") throw new AppError("CONFLICT", "会议未发布或已取消。");
    const inv = await tx.meetingInvitation.findFirst({ where: { id: invitationId, meetingId }, include: { officer: { select: { id: true, name: true } } } });
    if (!inv) throw new AppError("NOT_FOUND", "该人员不在参会名单中。");
    // An invited officer who comes without replying attends in person.
    const self = inv.kind === "OFFICER" && inv.officer && (!inv.attendeeName || inv.status === "LEAVE") ? { attendeeId: inv.officer.id, attendeeName: inv.officer.name } : {};
    if (!undo && !inv.attendeeName && !("attendeeName" in self)) throw new AppError("CONFLICT", "该单位尚未报送参会人员，请先登记参会人。");
    await tx.meetingInvitation.update({
      where: { id: invitationId },
      data: undo ? { checkedInAt: null, checkedInById: null } : { checkedInAt: inv.checkedInAt ?? now, checkedInById: actor.id, ...(inv.status === "PENDING" || inv.status === "LEAVE" ? { status: "ATTEND" as const, leaveReason: null, ...self } : {}) },
    });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.checked_in", targetType: "MeetingInvitation", targetId: invitationId, details: { title: meeting.title, by: undo ? "undo" : "organiser", name: inv.attendeeName } });
  });
}

