// Open steps of the document route (核稿, 会签, 签发, 盖章) as a supervised kind: yellow at 80%
// of the step's working-time limit, red past it, on the board and in 催办. Reads DocumentStep
// through the partial indexes of migration 202611290455 (open, unwarned, with a deadline).
import { formatDeadline } from "../../complaints/complaint-format";
import { defineSupervisionKind, type BoardItem, type DueItem } from "../../supervision/define-kind";
import { STEP_KIND_LABELS } from "../labels";

const COLUMNS = `s."id", coalesce(d."docNumber", '公文') AS "ref", d."title", s."departmentId", s."assigneeId" AS "handlerId", s."dueAt"`;
const FROM = `"DocumentStep" s JOIN "OfficialDocument" d ON d."id" = s."documentId"`;

export const documentStepKind = defineSupervisionKind({
  kind: "document_step",
  label: "公文办理",
  stages: { finish: "环节时限" },
  href: (id) => `/officer/documents/steps/${id}`,
  claimDue: (tx, level, now, limit) =>
    tx.$queryRawUnsafe<DueItem[]>(
      level === "yellow"
        ? `SELECT ${COLUMNS} FROM ${FROM} WHERE s."status" = 'OPEN' AND s."yellowWarnedAt" IS NULL AND s."yellowAt" IS NOT NULL AND s."yellowAt" <= $1 AND s."dueAt" > $1 ORDER BY s."yellowAt" LIMIT $2 FOR UPDATE OF s SKIP LOCKED`
        : `SELECT ${COLUMNS} FROM ${FROM} WHERE s."status" = 'OPEN' AND s."redAt" IS NULL AND s."dueAt" IS NOT NULL AND s."dueAt" <= $1 ORDER BY s."dueAt" LIMIT $2 FOR UPDATE OF s SKIP LOCKED`,
      now,
      limit,
    ),
  async stampWarned(tx, items, level, now) {
    const ids = items.map((i) => i.id);
    await tx.documentStep.updateMany({ where: { id: { in: ids } }, data: level === "yellow" ? { yellowWarnedAt: now } : { redAt: now } });
    if (level === "red") await tx.documentStep.updateMany({ where: { id: { in: ids }, yellowWarnedAt: null }, data: { yellowWarnedAt: now } });
  },
  warningText: (item, level) =>
    level === "yellow" ? `【黄牌预警】公文《${item.title}》的办理时限已过八成，请于${formatDeadline(item.dueAt)}前办理。` : `【催办通知】公文《${item.title}》已超过办理时限${formatDeadline(item.dueAt)}，请立即办理。`,
  async countDue(db, scope, now) {
    const rows = await db.$queryRawUnsafe<{ departmentId: string; overdue: number; nearDue: number }[]>(
      `SELECT "departmentId", count(*) FILTER (WHERE "dueAt" < $1)::int AS "overdue", count(*) FILTER (WHERE "dueAt" >= $1 AND "yellowAt" <= $1)::int AS "nearDue"
       FROM "DocumentStep" WHERE "status" = 'OPEN' AND "dueAt" IS NOT NULL AND ("dueAt" < $1 OR "yellowAt" <= $1) AND ($2::text IS NULL OR "departmentId" = $2) GROUP BY 1`,
      now,
      scope.departmentId,
    );
    return rows.map((r) => ({ departmentId: r.departmentId, overdue: Number(r.overdue), nearDue: Number(r.nearDue) }));
  },
  async listDue(db, scope, now, level, limit) {
    const rows = await db.$queryRawUnsafe<(DueItem & { kind: keyof typeof STEP_KIND_LABELS; departmentName: string; handlerName: string | null })[]>(
      `SELECT ${COLUMNS}, s."kind", dep."name" AS "departmentName", o."name" AS "handlerName"
       FROM ${FROM} JOIN "Department" dep ON dep."id" = s."departmentId" LEFT JOIN "Officer" o ON o."id" = s."assigneeId"
       WHERE s."status" = 'OPEN' AND s."dueAt" IS NOT NULL AND ($2::text IS NULL OR s."departmentId" = $2)
         AND ${level === "overdue" ? `s."dueAt" < $1` : `s."dueAt" >= $1 AND s."yellowAt" <= $1`}
       ORDER BY s."dueAt", s."id" LIMIT $3`,
      now,
      scope.departmentId,
      limit,
    );
    return rows.map(
      (r): BoardItem => ({ id: r.id, ref: r.ref, title: r.title, departmentId: r.departmentId, handlerId: r.handlerId, dueAt: r.dueAt, kind: "document_step", kindLabel: "公文办理", href: `/officer/documents/steps/${r.id}`, statusLabel: `待${STEP_KIND_LABELS[r.kind]}`, departmentName: r.departmentName, handlerName: r.handlerName, detail: null, extensionPending: false }),
    );
  },
  async findOwner(db, id) {
    const [r] = await db.$queryRawUnsafe<(DueItem & { status: string })[]>(`SELECT ${COLUMNS}, s."status" FROM ${FROM} WHERE s."id" = $1`, id);
    return r ? { id: r.id, ref: r.ref, title: r.title, departmentId: r.departmentId, handlerId: r.handlerId, dueAt: r.dueAt, open: r.status === "OPEN" } : null;
  },
  // Steps keep no history of their own; urges and pauses are in SupervisionUrge and the audit log.
  async recordEvent() {},
});
