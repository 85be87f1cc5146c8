// An invitee's reply (参加 / 请假 with reason / 指派代参 with a name), until the deadline. A unit
// replies through its clerk or head and names who attends (单位派员): an officer of the unit, or a
// typed name. A reply may be changed until the deadline; the seat of a changed attendee is freed.
import "server-only";
import type { Actor } from "../auth/actor";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { formatDeadline } from "../complaints/complaint-format";
import { enqueueMessages } from "../notify/enqueue-message";
import { canReply } from "./meeting-access";
import { ZReplyInput } from "./meeting.schema";

export async function replyToInvitation({ actor, invitationId, input, now = new Date() }: { actor: Actor; invitationId: string; input: unknown; now?: Date }) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录。");
  const reply = parseInput(ZReplyInput, input);
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "MeetingInvitation" WHERE "id" = ${invitationId} FOR UPDATE`;
    const inv = await tx.meetingInvitation.findUnique({ where: { id: invitationId }, include: { meeting: { select: { id: true, title: true, status: true, replyDueAt: true, startAt: true, room: { select: { name: true } } } }, officer: { select: { name: true } } } });
    if (!inv || !canReply(actor, inv)) throw new AppError("NOT_FOUND", "没有找到这份会议邀请。");
    if (inv.meeting.status !== "PUBLISHED" || inv.status === "CANCELLED") throw new AppError("CONFLICT", "会议已取消，无需回复。");
    if (inv.replyDueAt <= now) throw new AppError("CONFLICT", "回复已截止，如需变更请联系会务。");

    let attendeeId: string | null = null;
    let attendeeName: string | null = null;
    let attendeePhone: string | null = null;
    const needsAttendee = reply.status === "DELEGATE" || (reply.status === "ATTEND" && inv.kind === "UNIT");
    if (reply.status === "ATTEND" && inv.kind === "OFFICER") {
      attendeeId = inv.officerId;
      attendeeName = inv.officer?.name ?? null;
    } else if (needsAttendee) {
      if (reply.attendeeId) {
        const o = await tx.officer.findFirst({ where: { id: reply.attendeeId, departmentId: inv.departmentId, isActive: true }, select: { id: true, name: true, phone: true } });
        if (!o) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { attendeeId: "请选择本单位的在岗人员" } });
        if (o.id === inv.officerId) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { attendeeId: "代参人员不能是本人，本人参加请选“参加”" } });
        attendeeId = o.id;
        attendeeName = o.name;
        attendeePhone = o.phone;
      } else if (reply.attendeeName) {
        attendeeName = reply.attendeeName;
      } else {
        throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { attendeeId: inv.kind === "UNIT" ? "请选择或填写参会人员" : "请选择或填写代参人员" } });
      }
    }
    const changedAttendee = attendeeId !== inv.attendeeId || attendeeName !== inv.attendeeName;
    const updated = await tx.meetingInvitation.update({
      where: { id: invitationId },
      data: {
        status: reply.status,
        leaveReason: reply.status === "LEAVE" ? reply.leaveReason : null,
        attendeeId,
        attendeeName,
        repliedAt: now,
        repliedById: actor.id,
        ...(changedAttendee ? { seatArea: null, seatRow: null, seatNumber: null } : {}),
      },
    });
    // The officer named to attend (a delegate, a unit's attendee) hears it from the system.
    if (attendeeId && attendeePhone && attendeeId !== actor.id && attendeeId !== inv.attendeeId) {
      await enqueueMessages(tx, [
        {
          recipient: attendeePhone,
          template: "meeting.attendee_named",
          body: `【会议通知】您已被安排参加${inv.meeting.title}，${formatDeadline(inv.meeting.startAt)}在${inv.meeting.room.name}召开，详见政务工作平台“我的会议”。`,
          dedupeKey: `meeting:attendee:${inv.id}:${attendeeId}`,
          relatedType: "Meeting",
          relatedId: inv.meeting.id,
        },
      ]);
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "meeting.replied",
      targetType: "MeetingInvitation",
      targetId: invitationId,
      details: { title: inv.meeting.title, reply: reply.status, attendee: attendeeName, reason: reply.status === "LEAVE" ? reply.leaveReason : null },
    });
    return updated;
  });
}
