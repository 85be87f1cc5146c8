// Complaints (and investors' inquiries, which are complaints of source INVESTMENT_INQUIRY) as a
// supervised kind with two swept stages: accept by (受理时限, `acceptDeadlineAt`, while the case is
// SUBMITTED and not sent back to the 12345 desk) and finish by (办结时限, `deadlineAt`). Reads
// the deadline columns of "Complaint" through partial indexes on due, open, unwarned rows
// (migrations 20261123100000 for the finish stage, 202611290450_engine3_accept_stage for accept).
import { Prisma } from "@/generated/prisma/client";
import { getCallbackSatisfaction } from "../../complaints/callback-satisfaction";
import { formatDeadline, nearDueWhere, OPEN_STATUSES, STATUS_LABELS } from "../../complaints/complaint-format";
import type { Tx } from "../../db";
import { defineSupervisionKind, type BoardItem, type DueItem, type Scope } from "../define-kind";

const OPEN_SQL = `('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')`;
const COLUMNS = `"id", "trackingNo" AS "ref", "title", "departmentId", "handlerId", "deadlineAt" AS "dueAt"`;
const ACCEPT_COLUMNS = `"id", "trackingNo" AS "ref", "title", "departmentId", "handlerId", "acceptDeadlineAt" AS "dueAt"`;
/** Waiting to be accepted: the accept clock runs (a case sent back waits for the desk instead). */
const AWAITING_ACCEPT_SQL = `"status" = 'SUBMITTED' AND "sentBackAt" IS NULL AND "pausedAt" IS NULL AND "acceptDeadlineAt" IS NOT NULL`;

function where(scope: Scope) {
  return { ...(scope.departmentId ? { departmentId: scope.departmentId } : {}), status: { in: [...OPEN_STATUSES] }, pausedAt: null };
}

/** Open, unpaused complaints past their deadline: the one definition of "overdue". */
export function overdueWhere(scope: Scope, now: Date) {
  return { ...where(scope), deadlineAt: { lt: now } };
}

/** Open, unpaused complaints with 80% of the time used and the deadline not yet passed. */
export function nearDueComplaintWhere(scope: Scope, now: Date) {
  return { ...where(scope), ...nearDueWhere(now) };
}

export const complaintKind = defineSupervisionKind({
  kind: "complaint",
  label: "诉求",
  relatedType: "Complaint",
  stages: { accept: "受理时限", finish: "办结时限" },
  sweptStages: ["accept", "finish"],
  href: (id) => `/officer/complaints/${id}`,

  async claimDue(tx, level, now, limit, stage = "finish") {
    if (stage === "accept") {
      const sql =
        level === "yellow"
          ? `SELECT ${ACCEPT_COLUMNS} FROM "Complaint"
             WHERE "acceptYellowWarnedAt" IS NULL AND ${AWAITING_ACCEPT_SQL} AND "acceptYellowAt" <= $1 AND "acceptDeadlineAt" > $1
             ORDER BY "acceptYellowAt" LIMIT $2 FOR UPDATE SKIP LOCKED`
          : `SELECT ${ACCEPT_COLUMNS} FROM "Complaint"
             WHERE "acceptRedCardAt" IS NULL AND ${AWAITING_ACCEPT_SQL} AND "acceptDeadlineAt" <= $1
             ORDER BY "acceptDeadlineAt" LIMIT $2 FOR UPDATE SKIP LOCKED`;
      return tx.$queryRawUnsafe<DueItem[]>(sql, now, limit);
    }
    const sql =
      level === "yellow"
        ? `SELECT ${COLUMNS} FROM "Complaint"
           WHERE "yellowWarnedAt" IS NULL AND "status" IN ${OPEN_SQL} AND "yellowWarnAt" <= $1 AND "deadlineAt" > $1 AND "pausedAt" IS NULL
           ORDER BY "yellowWarnAt" LIMIT $2 FOR UPDATE SKIP LOCKED`
        : `SELECT ${COLUMNS} FROM "Complaint"
           WHERE "redCardAt" IS NULL AND "status" IN ${OPEN_SQL} AND "deadlineAt" <= $1 AND "pausedAt" IS NULL
           ORDER BY "deadlineAt" LIMIT $2 FOR UPDATE SKIP LOCKED`;
    return tx.$queryRawUnsafe<DueItem[]>(sql, now, limit);
  },

  async stampWarned(tx, items, level, now, stage = "finish") {
    const ids = items.map((r) => r.id);
    if (stage === "accept") {
      await tx.complaint.updateMany({ where: { id: { in: ids } }, data: level === "yellow" ? { acceptYellowWarnedAt: now } : { acceptRedCardAt: now } });
      if (level === "red") await tx.complaint.updateMany({ where: { id: { in: ids }, acceptYellowWarnedAt: null }, data: { acceptYellowWarnedAt: now } });
      await tx.complaintEvent.createMany({
        data: items.map((row) => ({
          complaintId: row.id,
          type: level === "yellow" ? ("YELLOW_WARNING" as const) : ("RED_CARD" as const),
          note:
            level === "yellow"
              ? `黄牌预警：受理时限已过八成，请于${formatDeadline(row.dueAt)}前受理。`
              : `红牌督办：已超过受理时限（${formatDeadline(row.dueAt)}）仍未受理，已发出催办通知并抄送县政府督查室。`,
          isPublic: false,
          createdAt: now,
          data: { stage: "accept" },
        })),
      });
      return;
    }
    await tx.complaint.updateMany({ where: { id: { in: ids } }, data: level === "yellow" ? { yellowWarnedAt: now } : { redCardAt: now } });
    if (level === "red") await tx.complaint.updateMany({ where: { id: { in: ids }, yellowWarnedAt: null }, data: { yellowWarnedAt: now } });
    await tx.complaintEvent.createMany({
      data: items.map((row) => ({
        complaintId: row.id,
        type: level === "yellow" ? ("YELLOW_WARNING" as const) : ("RED_CARD" as const),
        note:
          level === "yellow"
            ? `黄牌预警：办理时限已过八成，期限${formatDeadline(row.dueAt)}。`
            : `红牌督办：已超过办理期限（${formatDeadline(row.dueAt)}），已发出催办通知并抄送县政府督查室。`,
        isPublic: false,
        createdAt: now,
      })),
    });
  },

  warningText: (row, level, stage) =>
    stage === "accept"
      ? level === "yellow"
        ? `【黄牌预警】案件${row.ref}“${row.title}”受理时限已过八成，请于${formatDeadline(row.dueAt)}前受理。`
        : `【催办通知】案件${row.ref}“${row.title}”已超过受理时限${formatDeadline(row.dueAt)}仍未受理，请立即受理。`
      : level === "yellow"
      ? `【黄牌预警】案件${row.ref}“${row.title}”办理时限已过八成，请于${formatDeadline(row.dueAt)}前办结。`
      : `【催办通知】案件${row.ref}“${row.title}”已超过办理期限${formatDeadline(row.dueAt)}，请立即办理并反馈。`,

  // The finish stage keeps the keys complaints used before the engine, so messages queued then
  // are not sent again; the accept stage has its own.
  dedupeKey: (row, level, recipientId, stage) => `${stage === "accept" ? "accept:" : ""}${level}:${row.id}:${row.dueAt.toISOString()}:${recipientId}`,

  // Raw SQL with the open statuses as literals, so the planner can use the partial index
  // "Complaint_supervised_open_idx" (open, not paused); Prisma's `in` sends them as a parameter.
  async countDue(db, scope, now, stage = "finish") {
    if (stage === "accept") return countAcceptDue(db, scope, now);
    const rows = await db.$queryRawUnsafe<{ departmentId: string; overdue: number; nearDue: number }[]>(
      `SELECT "departmentId", count(*) FILTER (WHERE "deadlineAt" < $1)::int AS "overdue",
              count(*) FILTER (WHERE "deadlineAt" >= $1 AND "yellowWarnAt" <= $1)::int AS "nearDue"
       FROM "Complaint"
       WHERE "status" IN ${OPEN_SQL} AND "pausedAt" IS NULL AND ("deadlineAt" < $1 OR "yellowWarnAt" <= $1)
         AND ($2::text IS NULL OR "departmentId" = $2)
       GROUP BY 1`,
      now,
      scope.departmentId,
    );
    return rows.map((r) => ({ departmentId: r.departmentId, overdue: Number(r.overdue), nearDue: Number(r.nearDue) }));
  },

  async listDue(db, scope, now, level, limit, stage = "finish") {
    // Ids first through the partial index (literal statuses), then the page's details.
    const ids = await db.$queryRawUnsafe<{ id: string }[]>(
      stage === "accept"
        ? `SELECT "id" FROM "Complaint"
           WHERE ${AWAITING_ACCEPT_SQL} AND ($2::text IS NULL OR "departmentId" = $2)
             AND ${level === "overdue" ? `"acceptDeadlineAt" < $1` : `"acceptDeadlineAt" >= $1 AND "acceptYellowAt" <= $1`}
           ORDER BY "acceptDeadlineAt", "id" LIMIT $3`
        : `SELECT "id" FROM "Complaint"
           WHERE "status" IN ${OPEN_SQL} AND "pausedAt" IS NULL AND ($2::text IS NULL OR "departmentId" = $2)
             AND ${level === "overdue" ? `"deadlineAt" < $1` : `"deadlineAt" >= $1 AND "yellowWarnAt" <= $1`}
           ORDER BY "deadlineAt", "id" LIMIT $3`,
      now,
      scope.departmentId,
      limit,
    );
    const rows = await db.complaint.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
      orderBy: [stage === "accept" ? { acceptDeadlineAt: "asc" } : { deadlineAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        trackingNo: true,
        title: true,
        status: true,
        departmentId: true,
        handlerId: true,
        deadlineAt: true,
        acceptDeadlineAt: true,
        extensionRequestedUntil: true,
        department: { select: { name: true } },
        handler: { select: { name: true } },
        category: { select: { name: true } },
      },
    });
    return rows.map(
      (c): BoardItem => ({
        kind: "complaint",
        kindLabel: "诉求",
        id: c.id,
        ref: c.trackingNo,
        title: c.title,
        href: `/officer/complaints/${c.id}`,
        statusLabel: STATUS_LABELS[c.status],
        departmentId: c.departmentId,
        departmentName: c.department.name,
        handlerId: c.handlerId,
        handlerName: c.handler?.name ?? null,
        detail: c.category.name,
        dueAt: stage === "accept" ? c.acceptDeadlineAt! : c.deadlineAt,
        extensionPending: stage !== "accept" && !!c.extensionRequestedUntil,
        stage,
      }),
    );
  },

  async findOwner(db, id) {
    const c = await db.complaint.findUnique({ where: { id }, select: { id: true, trackingNo: true, title: true, departmentId: true, handlerId: true, deadlineAt: true, status: true } });
    if (!c) return null;
    return { id: c.id, ref: c.trackingNo, title: c.title, departmentId: c.departmentId, handlerId: c.handlerId, dueAt: c.deadlineAt, open: (OPEN_STATUSES as readonly string[]).includes(c.status) };
  },

  async recordEvent(tx, id, e) {
    await tx.complaintEvent.create({ data: { complaintId: id, type: e.type, actorId: e.actorId, note: e.note, isPublic: false, createdAt: e.now } });
  },

  // Satisfaction = online ratings (4–5 stars of cases filed in the range) + call-backs that
  // reached the citizen (the last call-back of a case recorded in the range). Each answer counts
  // once, so a case rated online and called back counts twice: two answers from the citizen.
  async satisfaction(db, scope, start, end) {
    const [online, callbacks] = await Promise.all([onlineSatisfaction(db, scope, start, end), getCallbackSatisfaction({ from: start, to: end, departmentIds: scope.departmentId ? [scope.departmentId] : undefined })]);
    const byDepartment = new Map(online.map((r) => [r.departmentId, { ...r }]));
    for (const c of callbacks) {
      if (Number(c.reached) === 0) continue;
      const s = byDepartment.get(c.departmentId) ?? { departmentId: c.departmentId, rated: 0, satisfied: 0 };
      s.rated += Number(c.reached);
      s.satisfied += Number(c.satisfied);
      byDepartment.set(c.departmentId, s);
    }
    return [...byDepartment.values()];
  },
});

/** SUBMITTED cases past their accept deadline / past 80% of it, by department. */
async function countAcceptDue(db: Tx, scope: Scope, now: Date) {
  const rows = await db.$queryRawUnsafe<{ departmentId: string; overdue: number; nearDue: number }[]>(
    `SELECT "departmentId", count(*) FILTER (WHERE "acceptDeadlineAt" < $1)::int AS "overdue",
            count(*) FILTER (WHERE "acceptDeadlineAt" >= $1 AND "acceptYellowAt" <= $1)::int AS "nearDue"
     FROM "Complaint"
     WHERE ${AWAITING_ACCEPT_SQL} AND ("acceptDeadlineAt" < $1 OR "acceptYellowAt" <= $1)
       AND ($2::text IS NULL OR "departmentId" = $2)
     GROUP BY 1`,
    now,
    scope.departmentId,
  );
  return rows.map((r) => ({ departmentId: r.departmentId, overdue: Number(r.overdue), nearDue: Number(r.nearDue) }));
}

/** Online ratings (4–5 stars satisfied) of complaints filed in [start, end), by department. */
async function onlineSatisfaction(db: Tx, scope: Scope, start: Date, end: Date) {
  const rows = await db.$queryRaw<{ departmentId: string; rated: number; satisfied: number }[]>`
    SELECT "departmentId", count(*) FILTER (WHERE "satisfaction" IS NOT NULL)::int AS "rated",
           count(*) FILTER (WHERE "satisfaction" >= 4)::int AS "satisfied"
    FROM "Complaint" WHERE "createdAt" >= ${start} AND "createdAt" < ${end}
    ${scope.departmentId ? Prisma.sql`AND "departmentId" = ${scope.departmentId}` : Prisma.empty}
    GROUP BY "departmentId"`;
  return rows.map((r) => ({ departmentId: r.departmentId, rated: Number(r.rated), satisfied: Number(r.satisfied) }));
}
