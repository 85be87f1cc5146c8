// Reads of the meetings pages: the organiser's list and meeting page, "我的会议" and one meeting
// as a participant sees it. Every read checks who asks.
import "server-only";
import { assertPermission, can, type Actor } from "../auth/actor";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { canManageMeeting, canReply, myInvitationsWhere } from "./meeting-access";
import { rankedParticipants, seatingGrid } from "./arrange-seats";

const meetingInclude = { organiser: { select: { departmentId: true, name: true } }, room: { select: { name: true, place: true } } } as const;

export async function meetingViewer(db: Tx | typeof prisma, actor: Actor, meetingId: string) {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, include: meetingInclude });
  if (!meeting) throw new AppError("NOT_FOUND", "会议不存在。");
  const invitations = await db.meetingInvitation.findMany({
    where: { meetingId, ...myInvitationsWhere(actor) },
    include: { department: { select: { name: true } }, officer: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return { meeting, canManage: canManageMeeting(actor, meeting), invitations };
}

/** Counts of a meeting's replies and arrivals. "Absent" = expected (attending) but not checked in. */
export function attendanceOf(invitations: { status: string; checkedInAt: Date | null; attendeeName: string | null }[]) {
  const attending = invitations.filter((i) => (i.status === "ATTEND" || i.status === "DELEGATE") && i.attendeeName);
  return {
    invited: invitations.filter((i) => i.status !== "CANCELLED").length,
    attending: attending.length,
    arrived: attending.filter((i) => i.checkedInAt).length,
    onLeave: invitations.filter((i) => i.status === "LEAVE").length,
    absent: attending.filter((i) => !i.checkedInAt).length,
    pending: invitations.filter((i) => i.status === "PENDING").length,
  };
}

export async function listOrganisedMeetings({ actor, scope = "upcoming", now = new Date() }: { actor: Actor; scope?: "upcoming" | "past" | "all"; now?: Date }) {
  assertPermission(actor, "meetings.organise");
  const everyUnit = actor.role === "OFFICE_STAFF" || actor.role === "ADMIN";
  const rows = await prisma.meeting.findMany({
    where: {
      ...(everyUnit ? {} : { organiser: { departmentId: actor.departmentId } }),
      ...(scope === "upcoming" ? { endAt: { gte: now } } : scope === "past" ? { endAt: { lt: now } } : {}),
    },
    include: { ...meetingInclude, invitations: { select: { status: true, checkedInAt: true, attendeeName: true } } },
    orderBy: { startAt: scope === "past" ? "desc" : "asc" },
    take: 200,
  });
  return rows.map(({ invitations, ...m }) => ({ ...m, counts: attendanceOf(invitations) }));
}

export async function getOrganiserMeeting({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  assertPermission(actor, "meetings.organise");
  const meeting = await prisma.meeting.findUnique({
    where: { id: meetingId },
    include: {
      ...meetingInclude,
      agenda: { orderBy: { position: "asc" } },
      invitations: { include: { department: { select: { name: true, sortOrder: true } }, officer: { select: { name: true } } }, orderBy: [{ kind: "asc" }, { createdAt: "asc" }] },
      materials: { select: { id: true, fileName: true, size: true, createdAt: true, withdrawnAt: true }, orderBy: { createdAt: "asc" } },
      decisions: { orderBy: { position: "asc" } },
    },
  });
  if (!meeting || !canManageMeeting(actor, meeting)) throw new AppError("NOT_FOUND", "会议不存在。");
  const unitIds = [...new Set(meeting.decisions.flatMap((d) => d.departmentIds))];
  const [participants, units] = await Promise.all([
    rankedParticipants(prisma, meetingId),
    unitIds.length ? prisma.department.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }) : [],
  ]);
  return { meeting, participants, counts: attendanceOf(meeting.invitations), grid: seatingGrid(meeting, participants), unitNames: new Map(units.map((u) => [u.id, u.name])) };
}

/** 我的会议: meetings the officer is invited to, attends, or replies for (unit clerk). */
export async function listMyMeetings({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertPermission(actor, "dashboard.view");
  const rows = await prisma.meetingInvitation.findMany({
    where: { ...myInvitationsWhere(actor), meeting: { status: { not: "DRAFT" }, endAt: { gte: new Date(now.getTime() - 30 * 24 * 3600_000) } } },
    include: { meeting: { include: meetingInclude }, department: { select: { name: true } } },
    orderBy: { meeting: { startAt: "asc" } },
    take: 200,
  });
  return rows.map((i) => ({ ...i, canReply: canReply(actor, i) && i.status !== "CANCELLED" && i.replyDueAt > now && i.meeting.status === "PUBLISHED", isPast: i.meeting.endAt < now }));
}

/** One meeting as a participant sees it: agenda, my replies, my seat on the chart, materials. */
export async function getMyMeeting({ actor, meetingId, now = new Date() }: { actor: Actor; meetingId: string; now?: Date }) {
  assertPermission(actor, "dashboard.view");
  const viewer = await meetingViewer(prisma, actor, meetingId);
  if ((!viewer.canManage && viewer.invitations.length === 0) || (viewer.meeting.status === "DRAFT" && !viewer.canManage)) throw new AppError("NOT_FOUND", "会议不存在。");
  const [agenda, materials, participants] = await Promise.all([
    prisma.meetingAgendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } }),
    prisma.meetingMaterial.findMany({ where: { meetingId, withdrawnAt: null }, select: { id: true, fileName: true, size: true, mimeType: true }, orderBy: { createdAt: "asc" } }),
    rankedParticipants(prisma, meetingId),
  ]);
  const unitIds = [...new Set(viewer.invitations.filter((i) => canReply(actor, i)).map((i) => i.departmentId))];
  const unitOfficers = unitIds.length ? await prisma.officer.findMany({ where: { departmentId: { in: unitIds }, isActive: true }, select: { id: true, name: true, departmentId: true }, orderBy: { name: "asc" } }) : [];
  return {
    meeting: viewer.meeting,
    canManage: viewer.canManage,
    agenda,
    materials,
    grid: seatingGrid(viewer.meeting, participants),
    invitations: viewer.invitations.map((i) => ({
      ...i,
      canReply: canReply(actor, i) && i.status !== "CANCELLED" && i.replyDueAt > now && viewer.meeting.status === "PUBLISHED",
      isMine: i.attendeeId === actor.id,
      officers: unitOfficers.filter((o) => o.departmentId === i.departmentId && o.id !== i.officerId),
    })),
  };
}

/** For the reply page linked from 待办 and the board: the invitation's meeting. */
export async function meetingOfInvitation({ actor, invitationId }: { actor: Actor; invitationId: string }) {
  const inv = await prisma.meetingInvitation.findUnique({ where: { id: invitationId }, select: { meetingId: true } });
  if (!inv) throw new AppError("NOT_FOUND", "没有找到这份会议邀请。");
  if (!can(actor, "dashboard.view")) throw new AppError("FORBIDDEN", "您没有权限。");
  return inv.meetingId;
}

export async function listInviteeChoices({ actor }: { actor: Actor }) {
  assertPermission(actor, "meetings.organise");
  const [officers, departments, rooms] = await Promise.all([
    prisma.officer.findMany({ where: { isActive: true }, select: { id: true, name: true, department: { select: { name: true } } }, orderBy: [{ department: { sortOrder: "asc" } }, { name: "asc" }], take: 2000 }),
    prisma.department.findMany({ select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    prisma.meetingRoom.findMany({ where: { isActive: true }, orderBy: { name: "asc" } }),
  ]);
  return { officers, departments, rooms };
}
