// Supervision orders (督办单) as a supervised kind: an order is open until the department answers,
// and its answer-by date (`deadlineAt`) is warned yellow at 80% of the time and red past it, once
// each, like any deadline. Late orders already feed the scorecard (scorecard.ts reads
// SupervisionOrder); this makes them reach the board, the counts and the department by SMS.
// Reads through the partial indexes of migration 202611290438_engine3_accept_stage_order_kind.
import { formatDeadline } from "../../complaints/complaint-format";
import { defineSupervisionKind, type BoardItem, type DueItem } from "../define-kind";

/** What people call an order: its number, or the words of an unnumbered (older) one. */
const REF_SQL = `coalesce(o."number", '督办单')`;
const TITLE_SQL = `coalesce(c."title", left(o."instruction", 30))`;
const COLUMNS = `o."id", ${REF_SQL} AS "ref", ${TITLE_SQL} AS "title", o."departmentId", c."handlerId", o."deadlineAt" AS "dueAt"`;

export const ORDER_STATUS_LABELS = { OPEN: "待反馈", ANSWERED: "已反馈", CLOSED: "已办结" } as const;

export const orderKind = defineSupervisionKind({
  kind: "order",
  label: "督办单",
  relatedType: "SupervisionOrder",
  stages: { answer: "反馈时限", finish: "办结销号" },
  sweptStages: ["answer"],
  href: (id) => `/officer/supervision#order-${id}`,

  async claimDue(tx, level, now, limit) {
    // The claim locks only the order rows (OF o): the case stays free for its own transitions.
    const sql =
      level === "yellow"
        ? `SELECT ${COLUMNS} FROM "SupervisionOrder" o LEFT JOIN "Complaint" c ON c."id" = o."complaintId"
           WHERE o."yellowWarnedAt" IS NULL AND o."status" = 'OPEN' AND o."yellowWarnAt" <= $1 AND o."deadlineAt" > $1
           ORDER BY o."yellowWarnAt" LIMIT $2 FOR UPDATE OF o SKIP LOCKED`
        : `SELECT ${COLUMNS} FROM "SupervisionOrder" o LEFT JOIN "Complaint" c ON c."id" = o."complaintId"
           WHERE o."redCardAt" IS NULL AND o."status" = 'OPEN' AND o."deadlineAt" <= $1
           ORDER BY o."deadlineAt" LIMIT $2 FOR UPDATE OF o SKIP LOCKED`;
    return tx.$queryRawUnsafe<DueItem[]>(sql, now, limit);
  },

  async stampWarned(tx, items, level, now) {
    const ids = items.map((i) => i.id);
    await tx.supervisionOrder.updateMany({ where: { id: { in: ids } }, data: level === "yellow" ? { yellowWarnedAt: now } : { redCardAt: now } });
    if (level === "red") await tx.supervisionOrder.updateMany({ where: { id: { in: ids }, yellowWarnedAt: null }, data: { yellowWarnedAt: now } });
    // An order's history is its case's history (orders have no event table of their own).
    const orders = await tx.supervisionOrder.findMany({ where: { id: { in: ids }, complaintId: { not: null } }, select: { id: true, complaintId: true } });
    const byId = new Map(items.map((i) => [i.id, i]));
    await tx.complaintEvent.createMany({
      data: orders.map((o) => {
        const item = byId.get(o.id)!;
        return {
          complaintId: o.complaintId!,
          type: "NOTE" as const,
          note:
            level === "yellow"
              ? `督办单${item.ref}反馈期限已过八成，请于${formatDeadline(item.dueAt)}前反馈。`
              : `督办单${item.ref}已超过反馈期限（${formatDeadline(item.dueAt)}）仍未反馈，已发出催办通知并抄送县政府督查室。`,
          isPublic: false,
          createdAt: now,
          data: { orderId: o.id, warning: level },
        };
      }),
    });
  },

  warningText: (item, level) =>
    level === "yellow"
      ? `【黄牌预警】督办单${item.ref}（${item.title}）反馈期限已过八成，请于${formatDeadline(item.dueAt)}前办理并反馈。`
      : `【催办通知】督办单${item.ref}（${item.title}）已超过反馈期限${formatDeadline(item.dueAt)}，请立即办理并反馈。`,

  async countDue(db, scope, now) {
    const rows = await db.$queryRawUnsafe<{ departmentId: string; overdue: number; nearDue: number }[]>(
      `SELECT "departmentId", count(*) FILTER (WHERE "deadlineAt" < $1)::int AS "overdue",
              count(*) FILTER (WHERE "deadlineAt" >= $1 AND "yellowWarnAt" <= $1)::int AS "nearDue"
       FROM "SupervisionOrder"
       WHERE "status" = 'OPEN' AND ("deadlineAt" < $1 OR "yellowWarnAt" <= $1) AND ($2::text IS NULL OR "departmentId" = $2)
       GROUP BY 1`,
      now,
      scope.departmentId,
    );
    return rows.map((r) => ({ departmentId: r.departmentId, overdue: Number(r.overdue), nearDue: Number(r.nearDue) }));
  },

  async listDue(db, scope, now, level, limit) {
    const rows = await db.$queryRawUnsafe<(DueItem & { departmentName: string; handlerName: string | null; complaintId: string | null; trackingNo: string | null })[]>(
      `SELECT ${COLUMNS}, d."name" AS "departmentName", h."name" AS "handlerName", o."complaintId", c."trackingNo"
       FROM "SupervisionOrder" o
       JOIN "Department" d ON d."id" = o."departmentId"
       LEFT JOIN "Complaint" c ON c."id" = o."complaintId"
       LEFT JOIN "Officer" h ON h."id" = c."handlerId"
       WHERE o."status" = 'OPEN' AND ($2::text IS NULL OR o."departmentId" = $2)
         AND ${level === "overdue" ? `o."deadlineAt" < $1` : `o."deadlineAt" >= $1 AND o."yellowWarnAt" <= $1`}
       ORDER BY o."deadlineAt", o."id" LIMIT $3`,
      now,
      scope.departmentId,
      limit,
    );
    return rows.map(
      (r): BoardItem => ({
        kind: "order",
        kindLabel: "督办单",
        id: r.id,
        ref: r.ref,
        title: r.title,
        href: `/officer/supervision#order-${r.id}`,
        statusLabel: ORDER_STATUS_LABELS.OPEN,
        departmentId: r.departmentId,
        departmentName: r.departmentName,
        handlerId: r.handlerId,
        handlerName: r.handlerName,
        detail: r.trackingNo ? `案件${r.trackingNo}` : null,
        dueAt: r.dueAt,
        extensionPending: false,
        stage: "answer",
      }),
    );
  },

  async findOwner(db, id) {
    const [r] = await db.$queryRawUnsafe<(DueItem & { status: string })[]>(
      `SELECT ${COLUMNS}, o."status" FROM "SupervisionOrder" o LEFT JOIN "Complaint" c ON c."id" = o."complaintId" WHERE o."id" = $1`,
      id,
    );
    return r ? { id: r.id, ref: r.ref, title: r.title, departmentId: r.departmentId, handlerId: r.handlerId, dueAt: r.dueAt, open: r.status === "OPEN" } : null;
  },

  async recordEvent(tx, id, e) {
    const o = await tx.supervisionOrder.findUnique({ where: { id }, select: { complaintId: true, number: true } });
    if (o?.complaintId) {
      await tx.complaintEvent.create({ data: { complaintId: o.complaintId, type: e.type, actorId: e.actorId, note: `${e.note}（督办单${o.number ?? ""}）`, isPublic: false, createdAt: e.now } });
    }
  },
});
