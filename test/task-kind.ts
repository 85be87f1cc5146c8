// A second supervised kind for tests and benchmarks: assigned tasks (任务交办) in a table created
// here, registered with the engine in one call, to prove a kind needs no change to the sweeper,
// the board or the counts.
import { prisma, type Tx } from "@/lib/db";
import { defineSupervisionKind, type BoardItem, type DueItem } from "@/lib/supervision/define-kind";

export async function createTaskTable(db: Pick<Tx, "$executeRawUnsafe"> = prisma) {
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "TestTask" (
    "id" text PRIMARY KEY, "title" text NOT NULL, "departmentId" text NOT NULL, "handlerId" text,
    "dueAt" timestamp(3) NOT NULL, "yellowAt" timestamp(3) NOT NULL, "yellowWarnedAt" timestamp(3),
    "redAt" timestamp(3), "done" boolean NOT NULL DEFAULT false, "createdAt" timestamp(3) NOT NULL DEFAULT now())`);
  await db.$executeRawUnsafe(`CREATE INDEX IF NOT EXISTS "TestTask_yellow_due" ON "TestTask"("yellowAt") WHERE "yellowWarnedAt" IS NULL AND NOT "done"`);
  await db.$executeRawUnsafe(`CREATE INDEX IF NOT EXISTS "TestTask_red_due" ON "TestTask"("dueAt") WHERE "redAt" IS NULL AND NOT "done"`);
  await db.$executeRawUnsafe(`CREATE INDEX IF NOT EXISTS "TestTask_open" ON "TestTask"("departmentId", "dueAt") WHERE NOT "done"`);
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "TestTaskEvent" ("taskId" text NOT NULL, "type" text NOT NULL, "note" text, "at" timestamp(3) NOT NULL)`);
}

const COLUMNS = `"id", 'RW-' || "id" AS "ref", "title", "departmentId", "handlerId", "dueAt"`;

export const taskKind = defineSupervisionKind({
  kind: "task",
  label: "交办任务",
  stages: { finish: "完成时限" },
  href: (id) => `/officer/tasks/${id}`,
  claimDue: (tx, level, now, limit) =>
    tx.$queryRawUnsafe<DueItem[]>(
      level === "yellow"
        ? `SELECT ${COLUMNS} FROM "TestTask" WHERE "yellowWarnedAt" IS NULL AND NOT "done" AND "yellowAt" <= $1 AND "dueAt" > $1 ORDER BY "yellowAt" LIMIT $2 FOR UPDATE SKIP LOCKED`
        : `SELECT ${COLUMNS} FROM "TestTask" WHERE "redAt" IS NULL AND NOT "done" AND "dueAt" <= $1 ORDER BY "dueAt" LIMIT $2 FOR UPDATE SKIP LOCKED`,
      now,
      limit,
    ),
  async stampWarned(tx, items, level, now) {
    const ids = items.map((i) => i.id);
    await tx.$executeRawUnsafe(`UPDATE "TestTask" SET ${level === "yellow" ? `"yellowWarnedAt"` : `"redAt"`} = $1 WHERE "id" = ANY($2::text[])`, now, ids);
    await tx.$executeRawUnsafe(`INSERT INTO "TestTaskEvent" SELECT unnest($1::text[]), $2, NULL, $3`, ids, level, now);
  },
  warningText: (item, level) => `【${level === "yellow" ? "黄牌预警" : "催办通知"}】交办任务${item.ref}“${item.title}”`,
  async countDue(db, scope, now) {
    const rows = await db.$queryRawUnsafe<{ departmentId: string; overdue: number; nearDue: number }[]>(
      `SELECT "departmentId", count(*) FILTER (WHERE "dueAt" < $1)::int AS "overdue", count(*) FILTER (WHERE "dueAt" >= $1 AND "yellowAt" <= $1)::int AS "nearDue"
       FROM "TestTask" WHERE NOT "done" AND "yellowAt" <= $1 AND ($2::text IS NULL OR "departmentId" = $2) GROUP BY 1`,
      now,
      scope.departmentId,
    );
    return rows.map((r) => ({ departmentId: r.departmentId, overdue: Number(r.overdue), nearDue: Number(r.nearDue) }));
  },
  async listDue(db, scope, now, level, limit) {
    const rows = await db.$queryRawUnsafe<DueItem[]>(
      `SELECT ${COLUMNS} FROM "TestTask" WHERE NOT "done" AND ($2::text IS NULL OR "departmentId" = $2) AND ${level === "overdue" ? `"dueAt" < $1` : `"dueAt" >= $1 AND "yellowAt" <= $1`} ORDER BY "dueAt" LIMIT $3`,
      now,
      scope.departmentId,
      limit,
    );
    return rows.map((r): BoardItem => ({ ...r, kind: "task", kindLabel: "交办任务", href: `/officer/tasks/${r.id}`, statusLabel: "办理中", departmentName: "", handlerName: null, detail: null, extensionPending: false }));
  },
  async findOwner(db, id) {
    const [r] = await db.$queryRawUnsafe<(DueItem & { done: boolean })[]>(`SELECT ${COLUMNS}, "done" FROM "TestTask" WHERE "id" = $1`, id);
    return r ? { ...r, open: !r.done } : null;
  },
  async recordEvent(tx, id, e) {
    await tx.$executeRawUnsafe(`INSERT INTO "TestTaskEvent" VALUES ($1, $2, $3, $4)`, id, e.type, e.note, e.now);
  },
});
