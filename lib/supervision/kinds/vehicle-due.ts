// Vehicle maintenance and insurance items (年检, 保险续保, 保养) as a supervised kind. Reads
// "VehicleDue" through the partial indexes of migration 202611290440_vehicles_fleet: yellow
// when `yellowAt` has come (30 days before the date, or 500 km before the mileage), red when
// `dueAt` has (the date, or the mileage reached). Warnings go once each to the keeper (the
// officer who registered the item) and the heads of the fleet's unit.
import type { Tx } from "../../db";
import { defineSupervisionKind, type BoardItem, type DueItem } from "../define-kind";
import { writeAudit } from "../../audit/write-audit";

const KIND_LABEL = `CASE d."kind" WHEN 'INSPECTION' THEN '年检' WHEN 'INSURANCE' THEN '保险续保' ELSE '保养' END`;
const COLUMNS = `d."id", v."plate" AS "ref", v."plate" || ' ' || ${KIND_LABEL} AS "title", d."departmentId", d."keeperId" AS "handlerId"`;

function dueText(item: DueItem) {
  return item.dueAt.getTime() > 0 ? new Date(item.dueAt.getTime() + 8 * 3600_000).toISOString().slice(0, 10) : "";
}

export const vehicleDueKind = defineSupervisionKind({
  kind: "vehicle_due",
  label: "车辆到期事项",
  stages: { finish: "到期时间" },
  href: () => `/officer/vehicles/fleet`,

  async claimDue(tx, level, now, limit) {
    const sql =
      level === "yellow"
        ? `SELECT ${COLUMNS}, COALESCE(d."dueAt", d."dueDate", d."yellowAt") AS "dueAt" FROM "VehicleDue" d JOIN "Vehicle" v ON v."id" = d."vehicleId"
           WHERE d."completedAt" IS NULL AND d."yellowWarnedAt" IS NULL AND d."yellowAt" IS NOT NULL AND d."yellowAt" <= $1
             AND (d."dueAt" IS NULL OR d."dueAt" > $1)
           ORDER BY d."yellowAt" LIMIT $2 FOR UPDATE OF d SKIP LOCKED`
        : `SELECT ${COLUMNS}, d."dueAt" FROM "VehicleDue" d JOIN "Vehicle" v ON v."id" = d."vehicleId"
           WHERE d."completedAt" IS NULL AND d."redCardAt" IS NULL AND d."dueAt" IS NOT NULL AND d."dueAt" <= $1
           ORDER BY d."dueAt" LIMIT $2 FOR UPDATE OF d SKIP LOCKED`;
    return tx.$queryRawUnsafe<DueItem[]>(sql, now, limit);
  },

  async stampWarned(tx, items, level, now) {
    const ids = items.map((i) => i.id);
    if (level === "yellow") await tx.vehicleDue.updateMany({ where: { id: { in: ids } }, data: { yellowWarnedAt: now } });
    else {
      await tx.vehicleDue.updateMany({ where: { id: { in: ids } }, data: { redCardAt: now } });
      await tx.vehicleDue.updateMany({ where: { id: { in: ids }, yellowWarnedAt: null }, data: { yellowWarnedAt: now } });
    }
  },

  warningText: (item, level) =>
    level === "yellow"
      ? `【车辆提醒】${item.title}即将到期${dueText(item) ? `（${dueText(item)}）` : ""}，请及时办理。`
      : `【车辆到期】${item.title}已到期${dueText(item) ? `（${dueText(item)}）` : ""}，请尽快办理，办理前请勿派该车。`,

  async countDue(db, scope, now) {
    const rows = await db.$queryRawUnsafe<{ departmentId: string; overdue: number; nearDue: number }[]>(
      `SELECT "departmentId", count(*) FILTER (WHERE "dueAt" <= $1)::int AS "overdue",
              count(*) FILTER (WHERE ("dueAt" IS NULL OR "dueAt" > $1) AND "yellowAt" <= $1)::int AS "nearDue"
       FROM "VehicleDue" WHERE "completedAt" IS NULL AND ("dueAt" <= $1 OR "yellowAt" <= $1) AND ($2::text IS NULL OR "departmentId" = $2)
       GROUP BY 1`,
      now,
      scope.departmentId,
    );
    return rows.map((r) => ({ departmentId: r.departmentId, overdue: Number(r.overdue), nearDue: Number(r.nearDue) }));
  },

  async listDue(db, scope, now, level, limit) {
    const rows = await db.$queryRawUnsafe<(DueItem & { departmentName: string; handlerName: string | null })[]>(
      `SELECT ${COLUMNS}, COALESCE(d."dueAt", d."dueDate", d."yellowAt") AS "dueAt", dep."name" AS "departmentName", o."name" AS "handlerName"
       FROM "VehicleDue" d JOIN "Vehicle" v ON v."id" = d."vehicleId" JOIN "Department" dep ON dep."id" = d."departmentId" LEFT JOIN "Officer" o ON o."id" = d."keeperId"
       WHERE d."completedAt" IS NULL AND ($2::text IS NULL OR d."departmentId" = $2)
         AND ${level === "overdue" ? `d."dueAt" <= $1` : `(d."dueAt" IS NULL OR d."dueAt" > $1) AND d."yellowAt" <= $1`}
       ORDER BY 6, d."id" LIMIT $3`,
      now,
      scope.departmentId,
      limit,
    );
    return rows.map(
      (r): BoardItem => ({
        ...r,
        kind: "vehicle_due",
        kindLabel: "车辆到期事项",
        href: "/officer/vehicles/fleet",
        statusLabel: level === "overdue" ? "已到期" : "即将到期",
        detail: null,
        extensionPending: false,
      }),
    );
  },

  async findOwner(db, id) {
    const [r] = await db.$queryRawUnsafe<(DueItem & { open: boolean })[]>(
      `SELECT ${COLUMNS}, COALESCE(d."dueAt", d."dueDate") AS "dueAt", d."completedAt" IS NULL AS "open" FROM "VehicleDue" d JOIN "Vehicle" v ON v."id" = d."vehicleId" WHERE d."id" = $1`,
      id,
    );
    return r ?? null;
  },

  // Items have no history table of their own: urges are kept in the audit log.
  async recordEvent(tx: Tx, id, e) {
    await writeAudit(tx, { actorId: e.actorId, action: "vehicle.due_event", targetType: "VehicleDue", targetId: id, details: { type: e.type, note: e.note } });
  },
});
