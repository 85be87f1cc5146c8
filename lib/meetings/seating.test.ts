import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { addMeetingOfficer, addOrganiser, addRoom, addUnit, bj, meetingInput } from "@/test/meeting-fixtures";
import { autoArrangeSeats, moveRank, rankedParticipants, setParticipantNotes, setSeatLayout, swapSeats } from "./arrange-seats";
import { checkInByOrganiser, checkInByToken } from "./check-in";
import { createMeeting, publishMeeting } from "./manage-meeting";
import { addMeetingMaterial, getMeetingMaterial, withdrawMeetingMaterial } from "./meeting-materials";
import { getMyMeeting } from "./meeting-read";
import { replyToInvitation } from "./reply-invitation";
import { centreOutOrder, planSeats, seatsInRankOrder } from "./seat-plan";
import { nameCardsPdf, seatingChartPdf } from "./seating-pdf";

describe("the seating rule", () => {
  it("puts the first in the middle, 2 on 1's left (the audience's right), 3 on 1's right, outwards", () => {
    expect(centreOutOrder(5)).toEqual([3, 4, 2, 5, 1]);
    expect(centreOutOrder(4)).toEqual([3, 2, 4, 1]);
    expect(centreOutOrder(1)).toEqual([1]);
    expect(centreOutOrder(0)).toEqual([]);
    for (const n of [2, 3, 6, 7, 12]) expect([...centreOutOrder(n)].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  });

  it("fills the rostrum first, then the hall row by row, and refuses more people than seats", () => {
    const seats = seatsInRankOrder({ rostrumSeats: 3, seatRows: 2, seatsPerRow: 3 });
    expect(seats.slice(0, 4)).toEqual([
      { area: "ROSTRUM", row: 1, number: 2 },
      { area: "ROSTRUM", row: 1, number: 3 },
      { area: "ROSTRUM", row: 1, number: 1 },
      { area: "HALL", row: 1, number: 2 },
    ]);
    expect(planSeats(["a", "b"], { rostrumSeats: 1, seatRows: 1, seatsPerRow: 1 })).toEqual([
      { person: "a", seat: { area: "ROSTRUM", row: 1, number: 1 } },
      { person: "b", seat: { area: "HALL", row: 1, number: 1 } },
    ]);
    expect(() => planSeats([1, 2, 3], { rostrumSeats: 1, seatRows: 1, seatsPerRow: 1 })).toThrow(RangeError);
  });
});

async function meetingWithReplies() {
  const organiser = await addOrganiser();
  const room = await addRoom({ rows: 2, seatsPerRow: 3 });
  const unit = await addUnit();
  const people: Awaited<ReturnType<typeof addMeetingOfficer>>[] = [];
  for (const name of ["赵一", "钱二", "孙三", "李四"]) people.push(await addMeetingOfficer(unit.id, { name }));
  const meeting = await createMeeting({ actor: organiser.actor, input: meetingInput(room.id, { officerIds: people.map((p) => p.officer.id) }) });
  await publishMeeting({ actor: organiser.actor, meetingId: meeting.id, now: bj("2026-12-01T09:00:00") });
  const invs = await prisma.meetingInvitation.findMany({ where: { meetingId: meeting.id } });
  const inv = (i: number) => invs.find((x) => x.officerId === people[i].officer.id)!;
  for (const i of [0, 1, 2]) await replyToInvitation({ actor: people[i].actor, invitationId: inv(i).id, input: { status: "ATTEND" }, now: bj("2026-12-02T09:00:00") });
  await replyToInvitation({ actor: people[3].actor, invitationId: inv(3).id, input: { status: "LEAVE", leaveReason: "病假" }, now: bj("2026-12-02T09:00:00") });
  return { organiser, meeting, people, inv };
}

describe("seating chart", () => {
  it("arranges by the organiser's rank order, swaps two people, and each sees their own seat", async () => {
    const { organiser, meeting, people, inv } = await meetingWithReplies();
    const actor = organiser.actor;
    await setSeatLayout({ actor, meetingId: meeting.id, input: { rostrumSeats: 1, seatRows: 1, seatsPerRow: 3 } });
    // Unranked people stand in pinyin order (钱 qian, 孙 sun, 赵 zhao); 赵一 is moved up to the top.
    expect((await rankedParticipants(prisma, meeting.id)).map((p) => p.attendeeName)).toEqual(["钱二", "孙三", "赵一"]);
    await moveRank({ actor, meetingId: meeting.id, invitationId: inv(0).id, direction: "up" });
    await moveRank({ actor, meetingId: meeting.id, invitationId: inv(0).id, direction: "up" });
    await moveRank({ actor, meetingId: meeting.id, invitationId: inv(0).id, direction: "up" });
    expect((await rankedParticipants(prisma, meeting.id)).map((p) => p.attendeeName)).toEqual(["赵一", "钱二", "孙三"]);
    expect(await autoArrangeSeats({ actor, meetingId: meeting.id })).toBe(3);
    const seatOf = async (i: number) => {
      const r = await prisma.meetingInvitation.findUniqueOrThrow({ where: { id: inv(i).id } });
      return [r.seatArea, r.seatRow, r.seatNumber];
    };
    expect(await seatOf(0)).toEqual(["ROSTRUM", 1, 1]);
    expect(await seatOf(1)).toEqual(["HALL", 1, 2]);
    expect(await seatOf(2)).toEqual(["HALL", 1, 3]);
    expect(await seatOf(3)).toEqual([null, null, null]);
    await swapSeats({ actor, meetingId: meeting.id, firstId: inv(2).id, secondId: inv(0).id });
    expect(await seatOf(2)).toEqual(["ROSTRUM", 1, 1]);
    expect(await seatOf(0)).toEqual(["HALL", 1, 3]);
    await setParticipantNotes({ actor, meetingId: meeting.id, invitationId: inv(1).id, input: { dining: "12:00 二楼餐厅", lodging: "" } });
    const mine = await getMyMeeting({ actor: people[1].actor, meetingId: meeting.id });
    expect(mine.invitations[0]).toMatchObject({ seatArea: "HALL", seatRow: 1, seatNumber: 2, dining: "12:00 二楼餐厅", lodging: null, isMine: true });
    expect(mine.grid.rows[0].map((s) => s.person?.attendeeName ?? null)).toEqual([null, "钱二", "赵一"]);
    // Too few seats is refused with the numbers.
    await setSeatLayout({ actor, meetingId: meeting.id, input: { rostrumSeats: 0, seatRows: 1, seatsPerRow: 2 } });
    await expect(autoArrangeSeats({ actor, meetingId: meeting.id })).rejects.toMatchObject({ code: "CONFLICT", userMessage: expect.stringContaining("参会3人，座位只有2个") });
  });

  it.skipIf(!existsSync(getEnv().TRACE_LABEL_FONT))("prints the chart and one name card per page", async () => {
    const { organiser, meeting } = await meetingWithReplies();
    await autoArrangeSeats({ actor: organiser.actor, meetingId: meeting.id });
    const people = await prisma.meetingInvitation.findMany({ where: { meetingId: meeting.id, attendeeName: { not: null } }, include: { department: true } });
    const data = { title: meeting.title, startAt: meeting.startAt, roomName: "一号会议室", rostrumSeats: 0, seatRows: 2, seatsPerRow: 3, people };
    const chart = await seatingChartPdf(data);
    expect(chart.subarray(0, 5).toString()).toBe("%PDF-");
    const cards = await nameCardsPdf(data);
    expect(cards.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(3);
  });
});

describe("check-in and materials", () => {
  it("checks in by the QR token (only participants, only around the meeting) and by the organiser; counts follow", async () => {
    const { organiser, meeting, people, inv } = await meetingWithReplies();
    const outsider = await addMeetingOfficer((await addUnit()).id);
    const token = meeting.checkinToken;
    await expect(checkInByToken({ actor: people[0].actor, token, now: bj("2026-12-10T06:00:00") })).rejects.toMatchObject({ code: "CONFLICT" });
    const at = bj("2026-12-10T08:50:00");
    await expect(checkInByToken({ actor: outsider.actor, token, now: at })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(checkInByToken({ actor: people[0].actor, token: "wrong-token", now: at })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await checkInByToken({ actor: people[0].actor, token, now: at })).already).toBe(false);
    expect(await checkInByToken({ actor: people[0].actor, token, now: at })).toMatchObject({ already: true, isRepeatScan: false });
    expect(await checkInByToken({ actor: people[0].actor, token, now: new Date(at.getTime() + 5 * 60_000) })).toMatchObject({ already: true, isRepeatScan: true, invitation: { checkedInAt: at } });
    // The officer on leave comes after all: checked in, counted as attending.
    await checkInByToken({ actor: people[3].actor, token, now: at });
    await checkInByOrganiser({ actor: organiser.actor, meetingId: meeting.id, invitationId: inv(1).id, now: at });
    const rows = await prisma.meetingInvitation.findMany({ where: { meetingId: meeting.id } });
    expect(rows.filter((r) => r.checkedInAt).length).toBe(3);
    expect(rows.find((r) => r.id === inv(3).id)).toMatchObject({ status: "ATTEND", attendeeName: "李四" });
    await checkInByOrganiser({ actor: organiser.actor, meetingId: meeting.id, invitationId: inv(1).id, undo: true, now: at });
    expect(await prisma.meetingInvitation.count({ where: { meetingId: meeting.id, checkedInAt: { not: null } } })).toBe(2);
  });

  it("serves materials to participants only and lets the organiser withdraw them after the meeting", async () => {
    const { organiser, meeting, people } = await meetingWithReplies();
    const outsider = await addMeetingOfficer((await addUnit()).id);
    await expect(addMeetingMaterial({ actor: organiser.actor, meetingId: meeting.id, file: { name: "x.exe", bytes: new Uint8Array([77, 90, 0, 1]) } })).rejects.toMatchObject({ fieldErrors: { file: "只能上传PDF、Word、Excel或图片文件" } });
    const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
    const material = await addMeetingMaterial({ actor: organiser.actor, meetingId: meeting.id, file: { name: "议程.pdf", bytes: pdf } });
    await expect(getMeetingMaterial({ actor: people[0].actor, materialId: material.id })).resolves.toMatchObject({ fileName: "议程.pdf", mimeType: "application/pdf" });
    await expect(getMeetingMaterial({ actor: outsider.actor, materialId: material.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMeetingMaterial({ actor: null, materialId: material.id })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(withdrawMeetingMaterial({ actor: organiser.actor, materialId: material.id, now: bj("2026-12-10T10:00:00") })).rejects.toMatchObject({ code: "CONFLICT" });
    await withdrawMeetingMaterial({ actor: organiser.actor, materialId: material.id, now: bj("2026-12-10T12:00:00") });
    await expect(getMeetingMaterial({ actor: people[0].actor, materialId: material.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
