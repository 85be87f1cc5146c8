// Suggestions (建议) and letters to the county head (县长信箱) as a supervised kind: answer within
// 15 / 10 working days (lib/opinions/opinion-deadlines.ts), yellow at 80%, red past due, through
// the partial indexes of migration 202611290450_public_opinions (open = SUBMITTED, unwarned).
import { formatDeadline } from "../../complaints/complaint-format";
import { defineSupervisionKind, type BoardItem, type DueItem } from "../define-kind";

const COLUMNS = `o."id", o."trackingNo" AS "ref", o."title", o."departmentId", NULL::text AS "handlerId", o."dueAt"`;
const KIND_LABEL = { SUGGESTION: "建议", MAILBOX: "县长信箱" } as const;
const href = (id: string) => `/officer/opinions/${id}`;

export const opinionKind = defineSupervisionKind({
  kind: "opinion",
  label: "建议和来信",
  stages: { answer: "答复时限", finish: "答复时限" },
  href,
  claimDue: (tx, level, now, limit) =>
    tx.$queryRawUnsafe<DueItem[]>(
      level === "yellow"
        ? `SELECT ${COLUMNS} FROM "Opinion" o WHERE o."yellowWarnedAt" IS NULL AND o."status" = 'SUBMITTED' AND o."yellowAt" <= $1 AND o."dueAt" > $1 ORDER BY o."yellowAt" LIMIT $2 FOR UPDATE SKIP LOCKED`
        : `SELECT ${COLUMNS} FROM "Opinion" o WHERE o."redWarnedAt" IS NULL AND o."status" = 'SUBMITTED' AND o."dueAt" <= $1 ORDER BY o."dueAt" LIMIT $2 FOR UPDATE SKIP LOCKED`,
      now,
      limit,
    ),
  async stampWarned(tx, items, level, now) {
    const ids = items.map((i) => i.id);
    await tx.opinion.updateMany({ where: { id: { in: ids } }, data: level === "yellow" ? { yellowWarnedAt: now } : { redWarnedAt: now } });
    if (level === "red") await tx.opinion.updateMany({ where: { id: { in: ids }, yellowWarnedAt: null }, data: { yellowWarnedAt: now } });
    await tx.opinionEvent.createMany({
      data: items.map((i) => ({
        opinionId: i.id,
        type: level === "yellow" ? "YELLOW_WARNING" : "RED_CARD",
        note: level === "yellow" ? `黄牌预警：答复时限已过八成，期限${formatDeadline(i.dueAt)}。` : `红牌督办：已超过答复期限（${formatDeadline(i.dueAt)}）。`,
        createdAt: now,
      })),
    });
  },
  warningText: (item, level) =>
    level === "yellow"
      ? `【黄牌预警】${item.ref}“${item.title}”答复时限已过八成，请于${formatDeadline(item.dueAt)}前答复。`
      : `【催办通知】${item.ref}“${item.title}”已超过答复期限${formatDeadline(item.dueAt)}，请立即答复。`,
  async countDue(db, scope, now) {
    const rows = await db.$queryRawUnsafe<{ departmentId: string; overdue: number; nearDue: number }[]>(
      `SELECT "departmentId", count(*) FILTER (WHERE "dueAt" < $1)::int AS "overdue", count(*) FILTER (WHERE "dueAt" >= $1 AND "yellowAt" <= $1)::int AS "nearDue"
       FROM "Opinion" WHERE "status" = 'SUBMITTED' AND "yellowAt" <= $1 AND ($2::text IS NULL OR "departmentId" = $2) GROUP BY 1`,
      now,
      scope.departmentId,
    );
    return rows.map((r) => ({ departmentId: r.departmentId, overdue: Number(r.overdue), nearDue: Number(r.nearDue) }));
  },
  async listDue(db, scope, now, level, limit) {
    const rows = await db.$queryRawUnsafe<(DueItem & { kind: "SUGGESTION" | "MAILBOX"; departmentName: string })[]>(
      `SELECT ${COLUMNS}, o."kind", d."name" AS "departmentName" FROM "Opinion" o JOIN "Department" d ON d."id" = o."departmentId"
       WHERE o."status" = 'SUBMITTED' AND ($2::text IS NULL OR o."departmentId" = $2) AND ${level === "overdue" ? `o."dueAt" < $1` : `o."dueAt" >= $1 AND o."yellowAt" <= $1`}
       ORDER BY o."dueAt", o."id" LIMIT $3`,
      now,
      scope.departmentId,
      limit,
    );
    return rows.map(
      (r): BoardItem => ({
        id: r.id,
        ref: r.ref,
        title: r.title,
        departmentId: r.departmentId,
        handlerId: null,
        dueAt: r.dueAt,
        kind: "opinion",
        kindLabel: KIND_LABEL[r.kind],
        href: href(r.id),
        statusLabel: "待答复",
        departmentName: r.departmentName,
        handlerName: null,
        detail: null,
        extensionPending: false,
      }),
    );
  },
  async findOwner(db, id) {
    const o = await db.opinion.findUnique({ where: { id }, select: { id: true, trackingNo: true, title: true, departmentId: true, dueAt: true, status: true } });
    return o ? { id: o.id, ref: o.trackingNo, title: o.title, departmentId: o.departmentId, handlerId: null, dueAt: o.dueAt, open: o.status === "SUBMITTED" } : null;
  },
  async recordEvent(tx, id, e) {
    await tx.opinionEvent.create({ data: { opinionId: id, type: e.type, actorId: e.actorId, note: e.note, createdAt: e.now } });
  },
});
