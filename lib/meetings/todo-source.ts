// The 待办 source of meetings: invitations waiting for this officer's reply (回复参会), as the
// invitee or as the clerk or head of an invited unit; 已办 lists the replies they gave.
import type { Actor } from "../auth/actor";
import { defineTodoSource, type TodoItem } from "../todo/define-source";
import { myInvitationsWhere } from "./meeting-access";
import type { Prisma } from "@/generated/prisma/client";

function pendingWhere(actor: Actor, now: Date): Prisma.MeetingInvitationWhereInput {
  return { ...myInvitationsWhere(actor), status: "PENDING", attendeeId: null, meeting: { status: "PUBLISHED", startAt: { gt: now } } };
}

export const meetingTodoSource = defineTodoSource({
  source: "meeting",
  label: "会议",
  async list(db, actor, box, now, limit) {
    if (box === "toRead") return [];
    const rows = await db.meetingInvitation.findMany({
      where: box === "todo" ? pendingWhere(actor, now) : { repliedById: actor.id, repliedAt: { not: null } },
      include: { meeting: { select: { id: true, title: true, startAt: true, publishedAt: true, room: { select: { name: true } } } }, department: { select: { name: true } } },
      orderBy: box === "todo" ? [{ replyDueAt: "asc" }, { id: "asc" }] : [{ repliedAt: "desc" }],
      take: limit,
    });
    return rows.map(
      (i): TodoItem => ({
        source: "meeting",
        id: i.id,
        action: box === "todo" ? "回复参会" : "已回复参会",
        title: i.meeting.title,
        href: `/officer/meetings/${i.meeting.id}#reply-${i.id}`,
        dueAt: box === "todo" ? i.replyDueAt : null,
        since: (box === "todo" ? i.meeting.publishedAt : i.repliedAt) ?? i.createdAt,
        detail: `${i.meeting.room.name}${i.kind === "UNIT" ? ` · ${i.department.name}派员` : ""}`,
        urgency: null,
      }),
    );
  },
  async count(db, actor, box, now) {
    if (box === "toRead") return 0;
    return db.meetingInvitation.count({ where: pendingWhere(actor, now) });
  },
});
