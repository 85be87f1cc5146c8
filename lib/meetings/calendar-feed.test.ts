import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addMeetingOfficer, addOrganiser, addRoom, addUnit, bj, meetingInput } from "@/test/meeting-fixtures";
import { getCalendarFeedToken, renderCalendarFeed, rotateCalendarFeedToken } from "./calendar-feed";
import { cancelMeeting, createMeeting, publishMeeting, updateMeeting } from "./manage-meeting";
import { convertDecisionsToTasks, draftFormalMinutes, saveMinutes } from "./meeting-minutes";
import { getMeetingStats } from "./meeting-stats";
import { replyToInvitation } from "./reply-invitation";

/** RFC 5545 §3.1: unfold continuation lines, then split each content line at its first colon. */
function parseIcs(text: string) {
  expect(text.includes("\r\n")).toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  for (const l of text.split("\r\n")) expect(Buffer.byteLength(l, "utf8")).toBeLessThanOrEqual(75 + 2);
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines.at(-1)).toBe("END:VCALENDAR");
  expect(lines).toContain("VERSION:2.0");
  expect(lines.some((l) => l.startsWith("PRODID:"))).toBe(true);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT") (events.push(current!), (current = null));
    else if (current) {
      const i = line.indexOf(":");
      current[line.slice(0, i).split(";")[0]] = line.slice(i + 1);
    }
  }
  for (const e of events) for (const prop of ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE"]) expect(e[prop], prop).toBeTruthy();
  return events;
}

describe("calendar feed", () => {
  it("is valid iCalendar with every meeting the officer attends; an update keeps the UID and raises SEQUENCE; a cancellation is STATUS:CANCELLED", async () => {
    const organiser = await addOrganiser();
    const room = await addRoom();
    const unit = await addUnit();
    const me = await addMeetingOfficer(unit.id);
    const delegate = await addMeetingOfficer(unit.id, { name: "代参人" });
    const input = meetingInput(room.id, { officerIds: [me.officer.id], title: "县政府常务会议（第12次）" });
    const meeting = await createMeeting({ actor: organiser.actor, input });
    const other = await createMeeting({ actor: organiser.actor, input: { ...input, title: "专题会", startAt: "2026-12-11T09:00", endAt: "2026-12-11T10:00" } });
    const token = await getCalendarFeedToken({ actor: me.actor });
    expect(await getCalendarFeedToken({ actor: me.actor })).toBe(token);
    // Drafts are not in the feed.
    expect(parseIcs((await renderCalendarFeed({ token, now: bj("2026-12-01T08:00:00") }))!)).toHaveLength(0);
    await publishMeeting({ actor: organiser.actor, meetingId: meeting.id, now: bj("2026-12-01T09:00:00") });
    await publishMeeting({ actor: organiser.actor, meetingId: other.id, now: bj("2026-12-01T09:00:00") });
    const now = bj("2026-12-02T09:00:00");
    const first = parseIcs((await renderCalendarFeed({ token, now }))!);
    expect(first).toHaveLength(2);
    const ev = first.find((e) => e.SUMMARY.includes("第12次"))!;
    expect(ev.UID).toBe(`meeting-${meeting.id}@localhost`);
    expect(ev.DTSTART).toBe("20261210T010000Z");
    expect(ev.STATUS).toBe("CONFIRMED");

    const current = await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    await updateMeeting({ actor: organiser.actor, meetingId: meeting.id, expectedVersion: current.version, input: { ...input, startAt: "2026-12-10T14:30", endAt: "2026-12-10T16:00" } });
    const moved = parseIcs((await renderCalendarFeed({ token, now }))!).find((e) => e.UID === ev.UID)!;
    expect(moved.DTSTART).toBe("20261210T063000Z");
    expect(Number(moved.SEQUENCE)).toBeGreaterThan(Number(ev.SEQUENCE));

    await cancelMeeting({ actor: organiser.actor, meetingId: meeting.id, input: { reason: "改期" } });
    const cancelled = parseIcs((await renderCalendarFeed({ token, now }))!).find((e) => e.UID === ev.UID)!;
    expect(cancelled.STATUS).toBe("CANCELLED");
    expect(Number(cancelled.SEQUENCE)).toBeGreaterThan(Number(moved.SEQUENCE));

    // Handing the other meeting to a colleague moves it to their feed.
    const inv = await prisma.meetingInvitation.findFirstOrThrow({ where: { meetingId: other.id } });
    await replyToInvitation({ actor: me.actor, invitationId: inv.id, input: { status: "DELEGATE", attendeeId: delegate.officer.id }, now });
    expect(parseIcs((await renderCalendarFeed({ token, now }))!).map((e) => e.UID)).toEqual([ev.UID]);
    const theirs = parseIcs((await renderCalendarFeed({ token: await getCalendarFeedToken({ actor: delegate.actor }), now }))!);
    expect(theirs.map((e) => e.UID)).toEqual([`meeting-${other.id}@localhost`]);

    // Rotating the secret ends the old URL.
    const fresh = await rotateCalendarFeedToken({ actor: me.actor });
    expect(fresh).not.toBe(token);
    expect(await renderCalendarFeed({ token, now })).toBeNull();
    expect(await renderCalendarFeed({ token: fresh, now })).toContain("BEGIN:VCALENDAR");
  });
});

describe("minutes, decisions and statistics", () => {
  it("keeps decisions with units and dates, hands them to the task creator once, and counts attendance per unit", async () => {
    const organiser = await addOrganiser();
    const room = await addRoom();
    const unit = await addUnit(`交通${Date.now()}`);
    const a = await addMeetingOfficer(unit.id);
    const b = await addMeetingOfficer(unit.id);
    const meeting = await createMeeting({ actor: organiser.actor, input: meetingInput(room.id, { officerIds: [a.officer.id, b.officer.id], startAt: "2026-11-10T09:00", endAt: "2026-11-10T10:00", replyDueAt: "2026-11-09T17:00" }) });
    await publishMeeting({ actor: organiser.actor, meetingId: meeting.id, now: bj("2026-11-05T09:00:00") });
    const invA = await prisma.meetingInvitation.findFirstOrThrow({ where: { meetingId: meeting.id, officerId: a.officer.id } });
    await replyToInvitation({ actor: a.actor, invitationId: invA.id, input: { status: "ATTEND" }, now: bj("2026-11-06T09:00:00") });
    await prisma.meetingInvitation.update({ where: { id: invA.id }, data: { checkedInAt: bj("2026-11-10T08:55:00") } });

    await expect(saveMinutes({ actor: organiser.actor, meetingId: meeting.id, input: { minutes: "会议纪要", decisions: "修路｜不存在的局｜2026-12-31" } })).rejects.toMatchObject({ fieldErrors: { decisions: "没有找到单位：不存在的局（请写单位全称）" } });
    await expect(saveMinutes({ actor: organiser.actor, meetingId: meeting.id, input: { minutes: "", decisions: `修路｜${unit.name}｜12月底` } })).rejects.toMatchObject({ fieldErrors: { decisions: expect.stringContaining("2026-12-31") } });
    await saveMinutes({ actor: organiser.actor, meetingId: meeting.id, input: { minutes: "会议研究了冬季道路安全。", decisions: `完成城区道路破损修复｜${unit.name}｜2026-12-31\n研究公交线路调整` } });
    const calls: unknown[] = [];
    const createTasks = async (_tx: unknown, _actor: unknown, items: { title: string }[]) => (calls.push(items), items.map((_, i) => `task-${i}`));
    await expect(convertDecisionsToTasks({ actor: organiser.actor, meetingId: meeting.id, createTasks })).rejects.toMatchObject({ fieldErrors: { decisions: "第2项缺少责任单位或完成时限" } });
    const first = await prisma.meetingDecision.findFirstOrThrow({ where: { meetingId: meeting.id, position: 1 } });
    await convertDecisionsToTasks({ actor: organiser.actor, meetingId: meeting.id, decisionIds: [first.id], createTasks });
    expect(calls).toEqual([[{ title: "完成城区道路破损修复", requirements: expect.stringContaining("议定事项第1项"), departmentIds: [unit.id], dueAt: bj("2026-12-31T23:59:59") }]]);
    expect(await prisma.meetingDecision.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ taskId: "task-0" });
    await expect(convertDecisionsToTasks({ actor: organiser.actor, meetingId: meeting.id, decisionIds: [first.id], createTasks })).rejects.toMatchObject({ code: "CONFLICT" });
    // Saving the minutes again keeps the converted decision.
    await saveMinutes({ actor: organiser.actor, meetingId: meeting.id, input: { minutes: "修改后", decisions: "新事项" } });
    expect((await prisma.meetingDecision.findMany({ where: { meetingId: meeting.id }, orderBy: { position: "asc" } })).map((d) => d.text)).toEqual(["完成城区道路破损修复", "新事项"]);

    // A formal 纪要 is drafted once as an official document addressed to the invited unit.
    const formal = await draftFormalMinutes({ actor: organiser.actor, meetingId: meeting.id });
    expect(formal.created).toBe(true);
    const doc = await prisma.officialDocument.findUniqueOrThrow({ where: { id: formal.documentId } });
    expect(doc).toMatchObject({ kind: "MINUTES", status: "DRAFT", drafterId: organiser.actor.id, mainToIds: [unit.id] });
    expect(doc.title).toBe(`${meeting.title}纪要`);
    expect(doc.bodyHtml).toContain("<p>修改后</p>");
    expect(doc.bodyHtml).toContain("<ol><li>完成城区道路破损修复</li><li>新事项</li></ol>");
    expect(await draftFormalMinutes({ actor: organiser.actor, meetingId: meeting.id })).toEqual({ documentId: formal.documentId, created: false });

    const stats = await getMeetingStats({ actor: organiser.actor, from: "2026-11", to: "2026-11" });
    expect(stats.units.find((u) => u.departmentId === unit.id)).toMatchObject({ invited: 2, attend: 1, pending: 1, arrived: 1, repliedOnTime: 1 });
    expect(stats.months.find((m) => m.month === "2026-11")!.meetings).toBeGreaterThanOrEqual(1);
  });
});
