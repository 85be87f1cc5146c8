// Meeting replies as a supervised kind: each invitation of a published meeting is due at its
// reply deadline (yellow at 80% of notice → deadline). The chase goes to the invitee (or the
// invited unit's clerks) only, and its dedupe key does not name the level, so yellow and red
// together are one SMS per invitee. The organiser hears once per meeting, when the deadline has
// passed with replies missing (a summary with the counts). Partial indexes of migration
// 202611290445_meetings_rooms_meetings keep the claims on due rows.
import { Prisma } from "@/generated/prisma/client";
import { formatDeadline } from "../../complaints/complaint-format";
import type { Tx } from "../../db";
import { enqueueMessages } from "../../notify/enqueue-message";
import { unitRepliers } from "../../meetings/meeting-notify";
import { defineSupervisionKind, type BoardItem, type DueItem, type Scope } from "../define-kind";

const COLUMNS = `i."id", coalesce(o."name", d."name") AS "ref", m."title", i."departmentId", i."officerId" AS "handlerId", i."replyDueAt" AS "dueAt"`;
const FROM = `"MeetingInvitation" i JOIN "Meeting" m ON m."id" = i."meetingId" JOIN "Department" d ON d."id" = i."departmentId" LEFT JOIN "Officer" o ON o."id" = i."officerId"`;

export const meetingReplyKind = defineSupervisionKind({
  kind: "meeting_reply",
  label: "参会回复",
  stages: { finish: "回复截止" },
  href: (id) => `/officer/meetings/reply/${id}`,

  async claimDue(tx, level, now, limit) {
    const sql =
      level === "yellow"
        ? `SELECT ${COLUMNS} FROM ${FROM}
           WHERE i."status" = 'PENDING' AND i."yellowWarnedAt" IS NULL AND i."yellowWarnAt" <= $1 AND i."replyDueAt" > $1 AND m."status" = 'PUBLISHED'
           ORDER BY i."yellowWarnAt" LIMIT $2 FOR UPDATE OF i SKIP LOCKED`
        : `SELECT ${COLUMNS} FROM ${FROM}
           WHERE i."status" = 'PENDING' AND i."redCardAt" IS NULL AND i."replyDueAt" <= $1 AND m."status" = 'PUBLISHED' AND m."startAt" > $1
           ORDER BY i."replyDueAt" LIMIT $2 FOR UPDATE OF i SKIP LOCKED`;
    return tx.$queryRawUnsafe<DueItem[]>(sql, now, limit);
  },

  async stampWarned(tx, items, level, now) {
    const ids = items.map((r) => r.id);
    await tx.meetingInvitation.updateMany({ where: { id: { in: ids } }, data: level === "yellow" ? { yellowWarnedAt: now } : { redCardAt: now, yellowWarnedAt: now } });
    if (level === "red") await tellOrganisers(tx, ids);
  },

  warningText: (row, level) =>
    level === "yellow"
      ? `【参会回复提醒】请于${formatDeadline(row.dueAt)}前回复是否参加“${row.title}”（政务工作平台·我的会议）。`
      : `【参会回复催办】“${row.title}”回复已于${formatDeadline(row.dueAt)}截止，您尚未回复，请尽快回复或联系会务。`,

  // One chase per invitee and deadline, whichever level finds it first.
  dedupeKey: (row, _level, recipientId) => `meeting_reply:chase:${row.id}:${row.dueAt.toISOString()}:${recipientId}`,

  async recipients(tx, items) {
    const rows = await tx.meetingInvitation.findMany({ where: { id: { in: items.map((i) => i.id) } }, select: { id: true, kind: true, departmentId: true, officer: { select: { id: true, phone: true, isActive: true } } } });
    const units = await unitRepliers(tx, [...new Set(rows.filter((r) => r.kind === "UNIT").map((r) => r.departmentId))]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return (item) => {
      const r = byId.get(item.id);
      if (!r) return [];
      if (r.kind === "OFFICER") return r.officer?.phone && r.officer.isActive ? [{ id: r.officer.id, phone: r.officer.phone }] : [];
      return units.get(r.departmentId) ?? [];
    };
  },

  async countDue(db, scope, now) {
    const rows = await db.$queryRawUnsafe<{ departmentId: string; overdue: number; nearDue: number }[]>(
      `SELECT i."departmentId", count(*) FILTER (WHERE i."replyDueAt" < $1)::int AS "overdue",
              count(*) FILTER (WHERE i."replyDueAt" >= $1 AND i."yellowWarnAt" <= $1)::int AS "nearDue"
       FROM "MeetingInvitation" i JOIN "Meeting" m ON m."id" = i."meetingId"
       WHERE i."status" = 'PENDING' AND m."status" = 'PUBLISHED' AND m."startAt" > $1 AND i."yellowWarnAt" <= $1
         AND ($2::text IS NULL OR i."departmentId" = $2)
       GROUP BY 1`,
      now,
      scope.departmentId,
    );
    return rows.map((r) => ({ departmentId: r.departmentId, overdue: Number(r.overdue), nearDue: Number(r.nearDue) }));
  },

  async listDue(db, scope, now, level, limit) {
    const rows = await db.$queryRawUnsafe<(DueItem & { departmentName: string; handlerName: string | null; kindOf: string })[]>(
      `SELECT ${COLUMNS}, d."name" AS "departmentName", o."name" AS "handlerName", i."kind"::text AS "kindOf"
       FROM ${FROM}
       WHERE i."status" = 'PENDING' AND m."status" = 'PUBLISHED' AND m."startAt" > $1 AND ($2::text IS NULL OR i."departmentId" = $2)
         AND ${level === "overdue" ? `i."replyDueAt" < $1` : `i."replyDueAt" >= $1 AND i."yellowWarnAt" <= $1`}
       ORDER BY i."replyDueAt", i."id" LIMIT $3`,
      now,
      scope.departmentId,
      limit,
    );
    return rows.map(
      (r): BoardItem => ({
        kind: "meeting_reply",
        kindLabel: "参会回复",
        id: r.id,
        ref: r.ref,
        title: r.title,
        href: `/officer/meetings/reply/${r.id}`,
        statusLabel: "未回复",
        departmentId: r.departmentId,
        departmentName: r.departmentName,
        handlerId: r.handlerId,
        handlerName: r.handlerName,
        detail: r.kindOf === "UNIT" ? "单位派员" : null,
        dueAt: r.dueAt,
        extensionPending: false,
      }),
    );
  },

  async findOwner(db, id) {
    const i = await db.meetingInvitation.findUnique({ where: { id }, select: { id: true, departmentId: true, officerId: true, replyDueAt: true, status: true, officer: { select: { name: true } }, department: { select: { name: true } }, meeting: { select: { title: true, status: true } } } });
    if (!i) return null;
    return { id: i.id, ref: i.officer?.name ?? i.department.name, title: i.meeting.title, departmentId: i.departmentId, handlerId: i.officerId, dueAt: i.replyDueAt, open: i.status === "PENDING" && i.meeting.status === "PUBLISHED" };
  },

  // Urges are logged by the engine (SupervisionUrge); an invitation keeps no history of its own.
  async recordEvent() {},
});

/** One summary SMS per meeting to its organiser once replies are overdue (dedupe per deadline). */
async function tellOrganisers(tx: Tx, invitationIds: string[]) {
  const meetings = await tx.$queryRaw<{ id: string; title: string; replyDueAt: Date; phone: string | null; organiserId: string }[]>`
    SELECT DISTINCT m."id", m."title", m."replyDueAt", o."phone", o."id" AS "organiserId"
    FROM "MeetingInvitation" i JOIN "Meeting" m ON m."id" = i."meetingId" JOIN "Officer" o ON o."id" = m."organiserId"
    WHERE i."id" IN (${Prisma.join(invitationIds)})`;
  for (const m of meetings) {
    if (!m.phone) continue;
    const counts = await tx.meetingInvitation.groupBy({ by: ["status"], where: { meetingId: m.id }, _count: true });
    const n = (s: string) => counts.find((c) => c.status === s)?._count ?? 0;
    await enqueueMessages(tx, [
      {
        recipient: m.phone,
        template: "meeting.reply_summary",
        body: `【参会回复汇总】“${m.title}”回复已截止：参加${n("ATTEND") + n("DELEGATE")}，请假${n("LEAVE")}，未回复${n("PENDING")}（已逐一短信催办）。详见平台会议管理。`,
        dedupeKey: `meeting_reply:organiser:${m.id}:${m.replyDueAt.toISOString()}`,
        relatedType: "Meeting",
        relatedId: m.id,
      },
    ]);
  }
}

export type { Scope };
