// Supervision engine benchmark on PostgreSQL (figures, not pass/fail): items of mixed kinds
// (complaints plus the test kind "task" of test/task-kind.ts, registered as a second kind), then
//  1. the sweeper with 1,000 due items (500 complaints, 500 tasks) at 10,000 and at N items: its
//     cost follows the due items, not the table;
//  2. the board (getSupervisionBoard, supervisor: county-wide), p50/p95 of 30 runs;
//  3. the 待办 counts (getDashboardSummary for a head and a supervisor) and the inbox's first
//     page (listInbox), p50/p95 of 30 runs.
//  4. with --todo: the 待办 centre (getTodoCentre's first page and countTodo, lib/todo) for a
//     handler (their own open cases: every open case of their department is given to them), a
//     head and the 12345 dispatcher, p50/p95 of 30 runs (target: p95 < 100 ms at 1M items).
// Usage:
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
//     npx tsx --conditions=react-server bench/supervision/supervision-bench.ts [--items 1000000] [--keep] [--todo]
import { performance } from "node:perf_hooks";
import { openThrowawayDatabase } from "../throwaway-database";

const args = process.argv.slice(2);
const ITEMS = (() => {
  const i = args.indexOf("--items");
  return i >= 0 ? Number(args[i + 1]) : 1_000_000;
})();
process.env.NEXTAUTH_SECRET ??= "benchmark-secret-0123456789-abcdefghijklmnop";

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function p95(label: string, fn: () => Promise<unknown>, runs = 30) {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`   ${label.padEnd(44)} p50 ${pct(times, 50).toFixed(1).padStart(7)} ms   p95 ${pct(times, 95).toFixed(1).padStart(7)} ms`);
}

async function main() {
  if (!process.env.DATABASE_URL?.startsWith("postgres")) {
    console.error("Set DATABASE_URL to a PostgreSQL server (the benchmark creates and drops its own database).");
    process.exit(2);
  }
  const tdb = await openThrowawayDatabase("engine_supervision_bench", { keep: args.includes("--keep") });
  const { prisma } = tdb;
  try {
    const { seedDemoCounty } = await import("../../lib/seed/seed-demo-county");
    await seedDemoCounty(prisma, { log: () => {} });
    const { createTaskTable, taskKind } = await import("../../test/task-kind");
    const { registerSupervisionKind } = await import("../../lib/supervision/registry");
    const { sweepSupervision } = await import("../../lib/supervision/sweep-supervision");
    const { getSupervisionBoard } = await import("../../lib/supervision/supervision-board");
    const { getDashboardSummary } = await import("../../lib/officers/dashboard");
    const { listInbox } = await import("../../lib/complaints/list-inbox");
    await createTaskTable(prisma);
    registerSupervisionKind(taskKind);
    const now = new Date();
    const actorOf = async (username: string) => {
      const o = await prisma.officer.findUniqueOrThrow({ where: { username } });
      return { id: o.id, name: o.name, username: o.username, role: o.role, departmentId: o.departmentId };
    };
    const head = await actorOf("head");
    const handler = await actorOf("handler");
    const dispatcher = await actorOf("dispatcher");
    const supervisor = await actorOf("supervisor");
    console.log(`PostgreSQL database ${tdb.name}; Node ${process.version}`);

    let complaints = 0;
    let tasks = 0;
    // 70% complaints, 30% tasks; 30% open; warnings already due are marked sent (a live system).
    async function fillTo(total: number) {
      const t = performance.now();
      const wantComplaints = Math.round(total * 0.7);
      const wantTasks = total - wantComplaints;
      for (let from = complaints + 1; from <= wantComplaints; from += 100_000) {
        const to = Math.min(wantComplaints, from + 99_999);
        await prisma.$executeRawUnsafe(
          `INSERT INTO "Complaint" ("id", "trackingNo", "accessCodeHash", "categoryId", "title", "description", "departmentId",
             "status", "deadlineAt", "deadlineStartedAt", "yellowWarnAt", "yellowWarnedAt", "redCardAt", "createdAt", "updatedAt")
           SELECT 'gen' || g, 'TB' || lpad(g::text, 12, '0'), 'x', cat.ids[1 + g % cat.n], '生成的诉求 ' || g, '基准测试数据',
             dep.ids[1 + (g / 7) % dep.n], x.status::"ComplaintStatus", x.deadline, x.created, x.yellow,
             CASE WHEN x.yellow <= $1::timestamp THEN x.yellow END, CASE WHEN x.deadline <= $1::timestamp THEN x.deadline END,
             x.created, x.created
           FROM generate_series($2::int, $3::int) AS g
           CROSS JOIN (SELECT array_agg("id" ORDER BY "code") AS ids, count(*)::int AS n FROM "Department") dep
           CROSS JOIN (SELECT array_agg("id" ORDER BY "code") AS ids, count(*)::int AS n FROM "ComplaintCategory") cat
           CROSS JOIN LATERAL (
             SELECT s.status, s.created, s.deadline, s.created + (s.deadline - s.created) * 0.8 AS yellow
             FROM (SELECT
               CASE WHEN g % 10 < 3 THEN (ARRAY['SUBMITTED','ACCEPTED','ASSIGNED','IN_PROGRESS','REOPENED'])[1 + g % 5]
                    ELSE (ARRAY['CLOSED','CLOSED','RESOLVED','REJECTED'])[1 + g % 4] END AS status,
               CASE WHEN g % 10 < 3 THEN $1::timestamp - ((g * 7) % 240) * interval '1 hour'
                    ELSE $1::timestamp - (g % 730) * interval '1 day' - (g % 24) * interval '1 hour' END AS created,
               CASE WHEN g % 10 < 3 THEN $1::timestamp - ((g * 7) % 240) * interval '1 hour' + (24 + (g::bigint * 7919) % 720) * interval '1 hour'
                    ELSE $1::timestamp - (g % 730) * interval '1 day' + interval '7 days' END AS deadline) s
           ) x`,
          now.toISOString(),
          from,
          to,
        );
      }
      complaints = Math.max(complaints, wantComplaints);
      for (let from = tasks + 1; from <= wantTasks; from += 100_000) {
        const to = Math.min(wantTasks, from + 99_999);
        await prisma.$executeRawUnsafe(
          `INSERT INTO "TestTask" ("id", "title", "departmentId", "dueAt", "yellowAt", "yellowWarnedAt", "redAt", "done", "createdAt")
           SELECT 'task' || g, '交办任务 ' || g, dep.ids[1 + g % dep.n], x.due, x.yellow,
             CASE WHEN x.yellow <= $1::timestamp THEN x.yellow END, CASE WHEN x.due <= $1::timestamp THEN x.due END, g % 10 >= 3, x.created
           FROM generate_series($2::int, $3::int) AS g
           CROSS JOIN (SELECT array_agg("id" ORDER BY "code") AS ids, count(*)::int AS n FROM "Department") dep
           CROSS JOIN LATERAL (SELECT $1::timestamp - (g % 400) * interval '1 day' AS created,
             $1::timestamp - (g % 400) * interval '1 day' + (24 + (g::bigint * 7919) % 720) * interval '1 hour' AS due,
             $1::timestamp - (g % 400) * interval '1 day' + (24 + (g::bigint * 7919) % 720) * interval '1 hour' * 0.8 AS yellow) x`,
          now.toISOString(),
          from,
          to,
        );
      }
      tasks = Math.max(tasks, wantTasks);
      await prisma.$executeRawUnsafe(`VACUUM ANALYZE "Complaint"`);
      await prisma.$executeRawUnsafe(`VACUUM ANALYZE "TestTask"`);
      console.log(`\n(${complaints.toLocaleString("en")} complaints + ${tasks.toLocaleString("en")} tasks, generated in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
    }

    async function makeDue() {
      const category = await prisma.complaintCategory.findUniqueOrThrow({ where: { code: "ROADS" } });
      await prisma.$executeRawUnsafe(`DELETE FROM "Complaint" WHERE "id" LIKE 'due%'`);
      await prisma.$executeRawUnsafe(`DELETE FROM "TestTask" WHERE "id" LIKE 'due%'`);
      await prisma.$executeRawUnsafe(
        `INSERT INTO "Complaint" ("id", "trackingNo", "accessCodeHash", "categoryId", "title", "description", "departmentId", "status", "deadlineAt", "deadlineStartedAt", "yellowWarnAt", "yellowWarnedAt", "createdAt", "updatedAt")
         SELECT 'due' || g, 'TD' || lpad(g::text, 12, '0'), 'x', $1, '到期的诉求', '基准测试数据', $2, 'IN_PROGRESS', $3::timestamp - interval '1 minute', $3::timestamp - interval '2 days', $3::timestamp - interval '1 hour', $3::timestamp, $3::timestamp, $3::timestamp
         FROM generate_series(1, 500) AS g`,
        category.id,
        head.departmentId,
        now.toISOString(),
      );
      await prisma.$executeRawUnsafe(
        `INSERT INTO "TestTask" ("id", "title", "departmentId", "dueAt", "yellowAt", "yellowWarnedAt")
         SELECT 'due' || g, '到期任务', $1, $2::timestamp - interval '1 minute', $2::timestamp - interval '1 hour', $2::timestamp FROM generate_series(1, 500) AS g`,
        head.departmentId,
        now.toISOString(),
      );
    }

    async function sweeper(label: string) {
      await makeDue();
      const t = performance.now();
      let red = 0;
      for (;;) {
        const r = await sweepSupervision({ now, limit: 200 });
        red += r.red;
        if (r.red < 200 && r.yellow < 200) break;
      }
      const took = performance.now() - t;
      const idle = performance.now();
      await sweepSupervision({ now, limit: 200 });
      console.log(`1. Sweeper, ${label}: warned ${red} due items (500 complaints + 500 tasks) in ${took.toFixed(0)} ms (${(took / Math.max(red, 1)).toFixed(2)} ms per item, messages included); an idle sweep after it ${(performance.now() - idle).toFixed(1)} ms`);
    }

    await fillTo(10_000);
    await sweeper("10,000 items");
    await fillTo(ITEMS);
    await sweeper(`${ITEMS.toLocaleString("en")} items`);

    console.log("2. Board and counts");
    await p95("board, supervisor (county-wide, both kinds)", () => getSupervisionBoard({ actor: supervisor, now }));
    await p95("board, department head", () => getSupervisionBoard({ actor: head, now }));
    await p95("待办 counts (dashboard), department head", () => getDashboardSummary(head, now));
    await p95("待办 counts (dashboard), supervisor", () => getDashboardSummary(supervisor, now));
    await p95("inbox first page, department head", () => listInbox({ actor: head, filters: { state: "open" }, now }));
    await p95("inbox first page, supervisor", () => listInbox({ actor: supervisor, filters: { state: "open" }, now }));

    if (args.includes("--todo")) {
      const { getTodoCentre, countTodo } = await import("../../lib/todo/todo-centre");
      // A busy handler: every open case of their department past acceptance is theirs; some
      // proposals and sent-back cases so the head's and the dispatcher's branches have rows.
      const given = await prisma.$executeRawUnsafe(
        `UPDATE "Complaint" SET "handlerId" = $1 WHERE "departmentId" = $2 AND "status" IN ('ASSIGNED', 'IN_PROGRESS', 'REOPENED') AND "id" LIKE 'gen%'`,
        handler.id,
        handler.departmentId,
      );
      await prisma.$executeRawUnsafe(`UPDATE "Complaint" SET "closeProposedAt" = $1::timestamp WHERE "id" LIKE 'gen%' AND "status" = 'IN_PROGRESS' AND "departmentId" = $2 AND ("id" LIKE '%7')`, now.toISOString(), head.departmentId);
      await prisma.$executeRawUnsafe(`UPDATE "Complaint" SET "sentBackAt" = $1::timestamp WHERE "id" LIKE 'gen%' AND "status" = 'SUBMITTED' AND "id" LIKE '%33'`, now.toISOString());
      await prisma.$executeRawUnsafe(`ANALYZE "Complaint"`);
      const [{ n }] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Complaint" WHERE "handlerId" = $1`, handler.id);
      console.log(`4. 待办 centre (handler has ${n.toLocaleString("en")} cases; ${given.toLocaleString("en")} given to them)`);
      for (const [label, actor] of [["handler", handler], ["department head", head], ["dispatcher", dispatcher]] as const) {
        await p95(`待办 first page (50), ${label}`, () => getTodoCentre(actor, { box: "todo", now, limit: 50 }));
        await p95(`待办 counts (menu badge), ${label}`, () => countTodo(actor, now));
      }
      await p95("已办 first page, handler", () => getTodoCentre(handler, { box: "done", now, limit: 50 }));
    }
  } finally {
    await tdb.dispose();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
