// The organiser's seating chart (座次): the layout, the rank order (a list moved up and down),
// automatic arrangement by rank (seat-plan.ts), swapping two people, and each participant's
// dining and lodging notes. Participants are the invitations with someone attending.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "../auth/actor";
import { prisma, type Tx } from "../db";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { loadManagedMeeting } from "./meeting-access";
import { ZLayoutInput, ZNotesInput } from "./meeting.schema";
import { planSeats, seatCapacity } from "./seat-plan";

export const attendingWhere = { status: { in: ["ATTEND", "DELEGATE"] }, attendeeName: { not: null } } satisfies Prisma.MeetingInvitationWhereInput;

/** Attending invitations in the organiser's rank order (unranked last, by unit order, then name). */
export async function rankedParticipants(db: Pick<Tx, "meetingInvitation">, meetingId: string) {
  const rows = await db.meetingInvitation.findMany({
    where: { meetingId, ...attendingWhere },
    select: { id: true, attendeeName: true, attendeeId: true, rankOrder: true, seatArea: true, seatRow: true, seatNumber: true, dining: true, lodging: true, checkedInAt: true, status: true, department: { select: { name: true, sortOrder: true } } },
  });
  return rows.sort(
    (a, b) =>
      (a.rankOrder ?? Number.MAX_SAFE_INTEGER) - (b.rankOrder ?? Number.MAX_SAFE_INTEGER) ||
      a.department.sortOrder - b.department.sortOrder ||
      (a.attendeeName ?? "").localeCompare(b.attendeeName ?? "", "zh-CN") ||
      a.id.localeCompare(b.id),
  );
}

async function managed<T>(actor: Actor, meetingId: string, act: (tx: Tx, meeting: Awaited<ReturnType<typeof loadManagedMeeting>>) => Promise<T>): Promise<T> {
  assertPermission(actor, "meetings.organise");
  return prisma.$transaction(async (tx) => {
    const meeting = await loadManagedMeeting(tx, actor, meetingId, true);
    if (meeting.status === "CANCELLED") throw new AppError("CONFLICT", "会议已取消。");
    return act(tx, meeting);
  });
}

export async function setSeatLayout({ actor, meetingId, input }: { actor: Actor; meetingId: string; input: unknown }) {
  const layout = parseInput(ZLayoutInput, input);
  return managed(actor, meetingId, async (tx) => {
    await tx.meeting.update({ where: { id: meetingId }, data: layout });
    // Seats outside the new layout are freed.
    await tx.meetingInvitation.updateMany({
      where: { meetingId, OR: [{ seatArea: "ROSTRUM", seatNumber: { gt: layout.rostrumSeats } }, { seatArea: "HALL", OR: [{ seatRow: { gt: layout.seatRows } }, { seatNumber: { gt: layout.seatsPerRow } }] }] },
      data: { seatArea: null, seatRow: null, seatNumber: null },
    });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.layout_set", targetType: "Meeting", targetId: meetingId, details: layout });
  });
}

/** Moves one participant up or down the rank order (the list is renumbered 1..n first). */
export async function moveRank({ actor, meetingId, invitationId, direction }: { actor: Actor; meetingId: string; invitationId: string; direction: "up" | "down" }) {
  return managed(actor, meetingId, async (tx) => {
    const list = await rankedParticipants(tx, meetingId);
    const i = list.findIndex((p) => p.id === invitationId);
    if (i < 0) throw new AppError("NOT_FOUND", "该人员不在参会名单中。");
    const j = direction === "up" ? i - 1 : i + 1;
    if (j >= 0 && j < list.length) [list[i], list[j]] = [list[j], list[i]];
    for (const [k, p] of list.entries()) if (p.rankOrder !== k + 1) await tx.meetingInvitation.update({ where: { id: p.id }, data: { rankOrder: k + 1 } });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.ranks_set", targetType: "Meeting", targetId: meetingId, details: { name: list[j >= 0 && j < list.length ? j : i].attendeeName, direction } });
  });
}

/** Sets the whole rank order at once (ids highest first); people not named keep their order after them. */
export async function setRanks({ actor, meetingId, order }: { actor: Actor; meetingId: string; order: string[] }) {
  return managed(actor, meetingId, async (tx) => {
    const list = await rankedParticipants(tx, meetingId);
    const named = order.map((id) => list.find((p) => p.id === id)).filter((p): p is (typeof list)[number] => !!p);
    const rest = list.filter((p) => !order.includes(p.id));
    for (const [k, p] of [...named, ...rest].entries()) await tx.meetingInvitation.update({ where: { id: p.id }, data: { rankOrder: k + 1 } });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.ranks_set", targetType: "Meeting", targetId: meetingId, details: { count: list.length } });
  });
}

/** 自动排座: everyone attending gets a seat by rank (rostrum first, centre outwards). */
export async function autoArrangeSeats({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  return managed(actor, meetingId, async (tx, meeting) => {
    const list = await rankedParticipants(tx, meetingId);
    const capacity = seatCapacity(meeting);
    if (list.length > capacity) throw new AppError("CONFLICT", `参会${list.length}人，座位只有${capacity}个，请先增加主席台或会场座位。`);
    await tx.meetingInvitation.updateMany({ where: { meetingId }, data: { seatArea: null, seatRow: null, seatNumber: null } });
    for (const { person, seat } of planSeats(list, meeting)) {
      await tx.meetingInvitation.update({ where: { id: person.id }, data: { seatArea: seat.area, seatRow: seat.row, seatNumber: seat.number } });
    }
    await writeAudit(tx, { actorId: actor.id, action: "meeting.seats_arranged", targetType: "Meeting", targetId: meetingId, details: { count: list.length } });
    return list.length;
  });
}

/** Exchanges the seats of two participants (either may have none yet). */
export async function swapSeats({ actor, meetingId, firstId, secondId }: { actor: Actor; meetingId: string; firstId: string; secondId: string }) {
  return managed(actor, meetingId, async (tx) => {
    if (firstId === secondId) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { secondId: "请选择另一位参会人员" } });
    const [a, b] = await Promise.all([firstId, secondId].map((id) => tx.meetingInvitation.findFirst({ where: { id, meetingId, ...attendingWhere } })));
    if (!a || !b) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { secondId: "请选择两位参会人员" } });
    await tx.meetingInvitation.update({ where: { id: a.id }, data: { seatArea: b.seatArea, seatRow: b.seatRow, seatNumber: b.seatNumber } });
    await tx.meetingInvitation.update({ where: { id: b.id }, data: { seatArea: a.seatArea, seatRow: a.seatRow, seatNumber: a.seatNumber } });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.seats_swapped", targetType: "Meeting", targetId: meetingId, details: { first: a.attendeeName, second: b.attendeeName } });
  });
}

export async function setParticipantNotes({ actor, meetingId, invitationId, input }: { actor: Actor; meetingId: string; invitationId: string; input: unknown }) {
  const notes = parseInput(ZNotesInput, input);
  return managed(actor, meetingId, async (tx) => {
    const { count } = await tx.meetingInvitation.updateMany({ where: { id: invitationId, meetingId }, data: notes });
    if (count === 0) throw new AppError("NOT_FOUND", "该人员不在参会名单中。");
    await writeAudit(tx, { actorId: actor.id, action: "meeting.notes_set", targetType: "MeetingInvitation", targetId: invitationId, details: notes });
  });
}

/** The chart as a grid: rostrum seats and hall rows, each seat with its participant or null. */
export function seatingGrid(
  layout: { rostrumSeats: number; seatRows: number; seatsPerRow: number },
  people: { id: string; attendeeName: string | null; seatArea: "ROSTRUM" | "HALL" | null; seatRow: number | null; seatNumber: number | null }[],
) {
  const at = (area: "ROSTRUM" | "HALL", row: number, number: number) => people.find((p) => p.seatArea === area && p.seatRow === row && p.seatNumber === number) ?? null;
  return {
    rostrum: Array.from({ length: layout.rostrumSeats }, (_, i) => ({ number: i + 1, person: at("ROSTRUM", 1, i + 1) })),
    rows: Array.from({ length: layout.seatRows }, (_, r) => Array.from({ length: layout.seatsPerRow }, (_, i) => ({ row: r + 1, number: i + 1, person: at("HALL", r + 1, i + 1) }))),
  };
}
