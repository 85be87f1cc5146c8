// 会议统计: replies, attendance per unit and meetings per month, for meetings held in a range of
// Beijing months. Counted in SQL (count(*) FILTER), never by loading invitations. Definitions,
// shown on the page too: 应到 = invitations not cancelled; 到会率 = signed in ÷ 应到;
// 按时回复 = replied before the reply deadline.
import "server-only";
import { assertPermission, type Actor } from "../auth/actor";
import { prisma } from "../db";

export interface UnitAttendance {
  departmentId: string;
  departmentName: string;
  invited: number;
  repliedOnTime: number;
  attend: number;
  leave: number;
  pending: number;
  arrived: number;
}

/** [start, end) of Beijing months "2026-01" .. "2026-12". */
export function monthRange(from: string, to: string): { start: Date; end: Date } {
  const [ty, tm] = to.split("-").map(Number);
  const next = tm === 12 ? `${ty + 1}-01` : `${ty}-${String(tm + 1).padStart(2, "0")}`;
  return { start: new Date(`${from}-01T00:00:00+08:00`), end: new Date(`${next}-01T00:00:00+08:00`) };
}

export async function getMeetingStats({ actor, from, to }: { actor: Actor; from: string; to: string }) {
  assertPermission(actor, "meetings.organise");
  const { start, end } = monthRange(from, to);
  const [byMonth, byUnit] = await Promise.all([
    prisma.$queryRaw<{ month: string; meetings: number; cancelled: number }[]>`
      SELECT to_char("startAt" AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS "month",
             count(*) FILTER (WHERE "status" = 'PUBLISHED')::int AS "meetings",
             count(*) FILTER (WHERE "status" = 'CANCELLED')::int AS "cancelled"
      FROM "Meeting" WHERE "startAt" >= ${start} AND "startAt" < ${end} AND "status" <> 'DRAFT'
      GROUP BY 1 ORDER BY 1`,
    prisma.$queryRaw<UnitAttendance[]>`
      SELECT i."departmentId", d."name" AS "departmentName",
             count(*)::int AS "invited",
             count(*) FILTER (WHERE i."repliedAt" IS NOT NULL AND i."repliedAt" <= i."replyDueAt")::int AS "repliedOnTime",
             count(*) FILTER (WHERE i."status" IN ('ATTEND', 'DELEGATE'))::int AS "attend",
             count(*) FILTER (WHERE i."status" = 'LEAVE')::int AS "leave",
             count(*) FILTER (WHERE i."status" = 'PENDING')::int AS "pending",
             count(*) FILTER (WHERE i."checkedInAt" IS NOT NULL)::int AS "arrived"
      FROM "MeetingInvitation" i JOIN "Meeting" m ON m."id" = i."meetingId" JOIN "Department" d ON d."id" = i."departmentId"
      WHERE m."status" = 'PUBLISHED' AND m."startAt" >= ${start} AND m."startAt" < ${end} AND i."status" <> 'CANCELLED'
      GROUP BY 1, 2, d."sortOrder" ORDER BY d."sortOrder", d."name"`,
  ]);
  const units = byUnit.map((u) => ({ ...u, invited: Number(u.invited), repliedOnTime: Number(u.repliedOnTime), attend: Number(u.attend), leave: Number(u.leave), pending: Number(u.pending), arrived: Number(u.arrived) }));
  const total = units.reduce((t, u) => ({ invited: t.invited + u.invited, attend: t.attend + u.attend, leave: t.leave + u.leave, pending: t.pending + u.pending, arrived: t.arrived + u.arrived, repliedOnTime: t.repliedOnTime + u.repliedOnTime }), { invited: 0, attend: 0, leave: 0, pending: 0, arrived: 0, repliedOnTime: 0 });
  return { months: byMonth.map((m) => ({ month: m.month, meetings: Number(m.meetings), cancelled: Number(m.cancelled) })), units, total };
}

export const rate = (part: number, whole: number) => (whole === 0 ? "—" : `${((part / whole) * 100).toFixed(1)}%`);
