// Meetings benchmark (figures, not pass/fail), on PostgreSQL with DATABASE_URL or an in-memory
// PGlite otherwise:
//  1. a notice to N officers (default 1,300: every officer of a county): publishMeeting in one
//     transaction queues one SMS per invitee through enqueueMessages; prints the rows queued and
//     the time;
//  2. the calendar feed of one officer invited to M meetings (default 1,000): renderCalendarFeed
//     (query + ical-generator), p50/p95 of 20 runs and the feed's size.
// Usage:
//   [DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres] \
//     npx tsx --conditions=react-server bench/meetings/meetings-bench.ts [--officers 1300] [--meetings 1000] [--keep]
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { openThrowawayDatabase } from "../throwaway-database";

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const OFFICERS = arg("--officers", 1300);
const MEETINGS = arg("--meetings", 1000);
process.env.NEXTAUTH_SECRET ??= "benchmark-secret-0123456789-abcdefghijklmnop";
process.env.SMS_DAILY_CAP_PER_RECIPIENT ??= "1000";

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const tdb = await openThrowawayDatabase("meetings_bench", { keep: args.includes("--keep") });
  const { prisma } = tdb;
  try {
    const { createMeeting, publishMeeting } = await import("../../lib/meetings/manage-meeting");
    const { getCalendarFeedToken, renderCalendarFeed } = await import("../../lib/meetings/calendar-feed");
    console.log(`database: ${tdb.name ? `PostgreSQL ${tdb.name}` : "PGlite (in memory)"}`);

    // Units of 50 officers each, and the organiser.
    const units = Math.ceil(OFFICERS / 50);
    await prisma.department.createMany({ data: Array.from({ length: units + 1 }, (_, i) => ({ id: `bench-u${i}`, code: `BENCH${i}`, name: `单位${i}` })) });
    const organiser = await prisma.officer.create({ data: { username: "bench-organiser", name: "会务", role: "OFFICE_STAFF", duties: ["MEETING_ORGANISER"], departmentId: `bench-u${units}`, phone: "13900000000", passwordHash: "x" } });
    const actor = { id: organiser.id, name: organiser.name, username: organiser.username, role: organiser.role, duties: organiser.duties, departmentId: organiser.departmentId };
    await prisma.officer.createMany({
      data: Array.from({ length: OFFICERS }, (_, i) => ({ id: `bench-o${i}`, username: `bench${i}`, name: `人员${i}`, role: "HANDLER" as const, departmentId: `bench-u${Math.floor(i / 50)}`, phone: `138${String(i).padStart(8, "0")}`, passwordHash: "x" })),
    });
    const room = await prisma.meetingRoom.create({ data: { name: "大礼堂", place: "县会议中心", capacity: 2000, rows: 40, seatsPerRow: 40 } });

    // 1. The notice.
    const officerIds = Array.from({ length: OFFICERS }, (_, i) => `bench-o${i}`);
    const meeting = await createMeeting({ actor, input: { title: "全县干部大会", kind: "工作部署会", startAt: "2027-03-10T09:00", endAt: "2027-03-10T11:00", replyDueAt: "2027-03-08T17:00", roomId: room.id, officerIds } });
    const t0 = performance.now();
    const r = await publishMeeting({ actor, meetingId: meeting.id, now: new Date("2027-03-01T01:00:00Z") });
    const ms = performance.now() - t0;
    const queued = await prisma.outboxMessage.count({ where: { relatedType: "Meeting", relatedId: meeting.id, status: "QUEUED" } });
    console.log(`1. notice to ${OFFICERS} officers: ${r.invitations} invitations, ${queued} SMS queued in ${ms.toFixed(0)} ms (${((ms / Math.max(1, queued)) * 1000).toFixed(0)} µs a message)`);

    // 2. One officer's feed with M meetings (rows written directly: the booking path is not measured here).
    const me = "bench-o0";
    const meetings = Array.from({ length: MEETINGS }, (_, i) => {
      const start = new Date(Date.UTC(2027, 0, 1) + i * 86_400_000 + 1 * 3600_000);
      return { id: `bench-m${i}`, title: `专题会议第${i + 1}次`, kind: "专题会", status: (i % 50 === 49 ? "CANCELLED" : "PUBLISHED") as "CANCELLED" | "PUBLISHED", startAt: start, endAt: new Date(start.getTime() + 2 * 3600_000), replyDueAt: new Date(start.getTime() - 86_400_000), roomId: room.id, organiserId: organiser.id, checkinToken: randomBytes(12).toString("hex"), sequence: i % 4, publishedAt: new Date() };
    });
    for (let i = 0; i < meetings.length; i += 500) await prisma.meeting.createMany({ data: meetings.slice(i, i + 500) });
    for (let i = 0; i < meetings.length; i += 500) {
      await prisma.meetingInvitation.createMany({
        data: meetings.slice(i, i + 500).map((m) => ({ meetingId: m.id, kind: "OFFICER" as const, officerId: me, departmentId: "bench-u0", status: "ATTEND" as const, attendeeId: me, attendeeName: "人员0", replyDueAt: m.replyDueAt, yellowWarnAt: m.replyDueAt })),
      });
    }
    const token = await getCalendarFeedToken({ actor: { id: me, name: "人员0", username: "bench0", role: "HANDLER", departmentId: "bench-u0" } });
    const now = new Date("2027-01-01T00:00:00Z");
    const first = (await renderCalendarFeed({ token, now }))!;
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await renderCalendarFeed({ token, now });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const events = first.match(/BEGIN:VEVENT/g)?.length ?? 0;
    console.log(`2. calendar feed, ${events} meetings (${(first.length / 1024).toFixed(0)} KB): p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms`);
  } finally {
    await tdb.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
