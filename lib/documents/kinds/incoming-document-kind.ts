// 承办 of an incoming document that needs an answer, as a supervised kind (deadline set at 批办).
import { formatDeadline } from "../../complaints/complaint-format";
import { defineSupervisionKind, type BoardItem, type DueItem } from "../../supervision/define-kind";

const COLUMNS = `"id", "registerNo" AS "ref", "title", "handlerDepartmentId" AS "departmentId", NULL::text AS "handlerId", "dueAt"`;
const OPEN = `"status" = 'HANDLING' AND "dueAt" IS NOT NULL`;

export const incomingDocumentKind = defineSupervisionKind({
  kind: "incoming_document",
  label: "收文承办",
  stages: { answer: "答复时限", finish: "办结时限" },
  href: (id) => `/officer/documents/incoming/${id}`,
  claimDue: (tx, level, now, limit) =>
    tx.$queryRawUnsafe<DueItem[]>(
      level === "yellow"
        ? `SELECT ${COLUMNS} FROM "IncomingDocument" WHERE ${OPEN} AND "yellowWarnedAt" IS NULL AND "yellowAt" IS NOT NULL AND "yellowAt" <= $1 AND "dueAt" > $1 ORDER BY "yellowAt" LIMIT $2 FOR UPDATE SKIP LOCKED`
        : `SELECT ${COLUMNS} FROM "IncomingDocument" WHERE ${OPEN} AND "redAt" IS NULL AND "dueAt" <= $1 ORDER BY "dueAt" LIMIT $2 FOR UPDATE SKIP LOCKED`,
      now,
      limit,
    ),
  async stampWarned(tx, items, level, now) {
    const ids = items.map((i) => i.id);
    await tx.incomingDocument.updateMany({ where: { id: { in: ids } }, data: level === "yellow" ? { yellowWarnedAt: now } : { redAt: now } });
  },
  warningText: (item, level) => (level === "yellow" ? `【黄牌预警】收文${item.ref}《${item.title}》承办时限已过八成，请于${formatDeadline(item.dueAt)}前办结答复。` : `【催办通知】收文${item.ref}《${item.title}》已超过承办期限${formatDeadline(item.dueAt)}，请立即办理。`),
  async countDue(db, scope, now) {
    const rows = await db.$queryRawUnsafe<{ departmentId: string; overdue: number; nearDue: number }[]>(
      `SELECT "handlerDepartmentId" AS "departmentId", count(*) FILTER (WHERE "dueAt" < $1)::int AS "overdue", count(*) FILTER (WHERE "dueAt" >= $1 AND "yellowAt" <= $1)::int AS "nearDue"
       FROM "IncomingDocument" WHERE ${OPEN} AND ("dueAt" < $1 OR "yellowAt" <= $1) AND ($2::text IS NULL OR "handlerDepartmentId" = $2) GROUP BY 1`,
      now,
      scope.departmentId,
    );
    return rows.map((r) => ({ departmentId: r.departmentId, overdue: Number(r.overdue), nearDue: Number(r.nearDue) }));
  },
  async listDue(db, scope, now, level, limit) {
    const rows = await db.$queryRawUnsafe<(DueItem & { departmentName: string })[]>(
      `SELECT i."id", i."registerNo" AS "ref", i."title", i."handlerDepartmentId" AS "departmentId", NULL::text AS "handlerId", i."dueAt", d."name" AS "departmentName"
       FROM "IncomingDocument" i JOIN "Department" d ON d."id" = i."handlerDepartmentId"
       WHERE i."status" = 'HANDLING' AND i."dueAt" IS NOT NULL AND ($2::text IS NULL OR i."handlerDepartmentId" = $2)
         AND ${level === "overdue" ? `i."dueAt" < $1` : `i."dueAt" >= $1 AND i."yellowAt" <= $1`}
       ORDER BY i."dueAt", i."id" LIMIT $3`,
      now,
      scope.departmentId,
      limit,
    );
    return rows.map((r): BoardItem => ({ ...r, kind: "incoming_document", kindLabel: "收文承办", href: `/officer/documents/incoming/${r.id}`, statusLabel: "承办中", handlerName: null, detail: null, extensionPending: false }));
  },
  async findOwner(db, id) {
    const [r] = await db.$queryRawUnsafe<(DueItem & { status: string })[]>(`SELECT ${COLUMNS}, "status" FROM "IncomingDocument" WHERE "id" = $1`, id);
    return r ? { id: r.id, ref: r.ref, title: r.title, departmentId: r.departmentId ?? "", handlerId: null, dueAt: r.dueAt, open: r.status === "HANDLING" } : null;
  },
  async recordEvent() {},
});
