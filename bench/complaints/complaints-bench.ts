// Complaint benchmarks on PostgreSQL (figures, not pass/fail):
//  1. filing rate: N concurrent clients file through the citizen's path (saveComplaintDraft, then
//     fileComplaint, the two lib functions the form's server actions call) for a fixed time; then
//     every acknowledged filing is counted back in the database, with its event and outbox rows;
//  2. officer inbox over a large generated table: p50/p95 of the first page and of a deep page
//     (keyset cursor far into the department's cases), with the query plans;
//  3. deadline sweeper: its claim queries' plans and timings with 10,000 and with N cases.
// Cases for 2 and 3 are generated in SQL (INSERT ... SELECT generate_series), not through the lib.
// Usage:
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
//     npx tsx --conditions=react-server bench/complaints/complaints-bench.ts \
//     [--only filing,sweeper,inbox] [--database name] [--keep] [--cases 1000000] [--clients 20] [--seconds 10]
// DATABASE_URL names the server (its database is only used to create and drop the bench's own);
// --database picks the bench database's name (default portal_bench_<time>); it is dropped at the
// end unless --keep is given.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openDatabase } from "../../lib/db-adapter";
import { applyMigrations } from "../../lib/migrate";

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const text = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const CASES = arg("cases", 1_000_000);
const CLIENTS = arg("clients", 20);
const SECONDS = arg("seconds", 10);
const ONLY = new Set(text("only", "filing,sweeper,inbox").split(","));
const DB_NAME = text("database", `portal_bench_${Date.now()}`);
const KEEP = args.includes("--keep");

const adminUrl = process.env.DATABASE_URL;
if (!adminUrl?.startsWith("postgres")) {
  console.error("Set DATABASE_URL to a PostgreSQL server (the benchmark creates and drops its own database).");
  process.exit(2);
}
if (!/^[a-z_][a-z0-9_]*$/.test(DB_NAME)) {
  console.error("--database: lower-case letters, digits and _ only");
  process.exit(2);
}
process.env.NEXTAUTH_SECRET ??= "benchmark-secret-0123456789-abcdefghijklmnop";
process.env.DATABASE_POOL_SIZE ??= String(Math.max(CLIENTS, 10));

/** The SQL text and parameters a piece of lib code sends (to EXPLAIN exactly those queries). */
async function captureQueries(run: () => Promise<unknown>): Promise<{ text: string; values: unknown[] }[]> {
  const seen: { text: string; values: unknown[] }[] = [];
  const original = pg.Client.prototype.query;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (pg.Client.prototype as any).query = function (this: unknown, config: any, values?: unknown[], ...rest: unknown[]) {
    if (config && typeof config === "object" && typeof config.text === "string") seen.push({ text: config.text, values: config.values ?? [] });
    else if (typeof config === "string") seen.push({ text: config, values: Array.isArray(values) ? values : [] });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (original as any).call(this, config, values, ...rest);
  };
  try {
    await run();
  } finally {
    pg.Client.prototype.query = original;
  }
  return seen;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const name = DB_NAME;
  const admin = openDatabase({ kind: "postgres", url: adminUrl! });
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).length > 0;
  if (!exists) await admin.exec(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  const target = openDatabase({ kind: "postgres", url: url.toString() });
  try {
    await applyMigrations(target);
    const { installDatabase } = await import("../../lib/db");
    const prisma = installDatabase(target);
    const { seedDemoCounty } = await import("../../lib/seed/seed-demo-county");
    if ((await prisma.officer.count()) === 0) await seedDemoCounty(prisma, { log: () => {} });
    const { newDraftId, saveComplaintDraft } = await import("../../lib/complaints/complaint-drafts");
    const { fileComplaint } = await import("../../lib/complaints/file-complaint");
    const { listInbox } = await import("../../lib/complaints/list-inbox");
    const { sweepDeadlines } = await import("../../lib/complaints/sweep-deadlines");
    const category = await prisma.complaintCategory.findUniqueOrThrow({ where: { code: "ROADS" } });
    console.log(`PostgreSQL database ${name}; Node ${process.version}`);

    // 1. Filing rate: each client fills in the form (saveComplaintDraft) and files it
    //    (fileComplaint), as the citizen's two form posts do; a short warm-up is not counted.
    if (ONLY.has("filing")) {
      const fileOne = async (title: string) => {
        const draftId = newDraftId();
        await saveComplaintDraft({
          draftId,
          values: { categoryId: category.id, title, description: "桥头路灯连续三晚不亮，夜间行人看不清路，请尽快修复。", address: "青石镇桥头", citizenName: "王建国", citizenPhone: "13812345678", consentToPublish: "yes" },
        });
        return fileComplaint({ draftId });
      };
      for (let i = 0; i < 20; i++) await fileOne(`预热${i}号路灯不亮`);
      const acknowledged: { complaintId: string; trackingNo: string }[] = [];
      const latencies: number[] = [];
      const deadline = performance.now() + SECONDS * 1000;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, client) => {
          let n = 0;
          while (performance.now() < deadline) {
            const t = performance.now();
            const receipt = await fileOne(`第${client}-${n++}号路灯不亮`);
            acknowledged.push({ complaintId: receipt.complaintId, trackingNo: receipt.trackingNo });
            latencies.push(performance.now() - t);
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      // The count check: every acknowledged filing is stored with its tracking number, its
      // SUBMITTED event and the citizen's SMS in the outbox.
      const ids = acknowledged.map((a) => a.complaintId);
      const stored = await prisma.complaint.count({ where: { id: { in: ids }, trackingNo: { in: acknowledged.map((a) => a.trackingNo) } } });
      const events = await prisma.complaintEvent.count({ where: { complaintId: { in: ids }, type: "SUBMITTED" } });
      const sms = await prisma.outboxMessage.count({ where: { relatedId: { in: ids }, template: "complaint.received" } });
      const isComplete = stored === ids.length && events === ids.length && sms === ids.length;
      latencies.sort((a, b) => a - b);
      console.log(`\n1. Filing (draft + file, ${CLIENTS} concurrent clients, ${SECONDS}s, pool ${process.env.DATABASE_POOL_SIZE})`);
      console.log(`   ${(ids.length / elapsed).toFixed(0)} filings/s; p50 ${ms(pct(latencies, 50))}, p95 ${ms(pct(latencies, 95))}`);
      console.log(`   acknowledged ${ids.length}; stored ${stored}, SUBMITTED events ${events}, citizen SMS queued ${sms}${isComplete ? " (all)" : " MISSING SOME"}`);
    }

    // 2 and 3 need a big table: generate cases in SQL, spread over departments, half of them closed.
    const head = await prisma.officer.findUniqueOrThrow({ where: { username: "head" } });
    const actor = { id: head.id, name: head.name, username: head.username, role: head.role, departmentId: head.departmentId };
    const supervisor = await prisma.officer.findUniqueOrThrow({ where: { username: "supervisor" } });
    const now = new Date();

    // Generated in SQL in chunks: two years of cases over every department and category; 30% open
    // (most with their deadline ahead, some overdue), the rest closed. Warnings already due have
    // been sent (yellowWarnedAt, redCardAt set), as the sweeper leaves a live system, so the only
    // cases due are the 1,000 added by makeDue().
    async function fillTo(total: number) {
      const have = await prisma.complaint.count({ where: { id: { startsWith: "gen" } } });
      if (have >= total) return;
      const t = performance.now();
      for (let from = have + 1; from <= total; from += 100_000) {
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
          Math.min(total, from + 99_999),
        );
      }
      // What autovacuum does to a live table after bulk inserts: statistics and the visibility map
      // (index-only scans for the inbox's counts).
      await prisma.$executeRawUnsafe(`VACUUM ANALYZE "Complaint"`);
      console.log(`   (generated ${(total - have).toLocaleString("en")} cases in ${((performance.now() - t) / 1000).toFixed(1)}s)`);
    }

    async function makeDue() {
      await prisma.$executeRawUnsafe(`DELETE FROM "Complaint" WHERE "id" LIKE 'due%'`);
      await prisma.$executeRawUnsafe(
        `INSERT INTO "Complaint" ("id", "trackingNo", "accessCodeHash", "categoryId", "title", "description", "departmentId", "status", "deadlineAt", "deadlineStartedAt", "yellowWarnAt", "yellowWarnedAt", "createdAt", "updatedAt")
         SELECT 'due' || g, 'TD' || lpad(g::text, 12, '0'), 'x', $1, '到期的诉求', '基准测试数据', $2, 'IN_PROGRESS', $3::timestamp - interval '1 minute', $3::timestamp - interval '2 days', $3::timestamp - interval '1 hour', $3::timestamp, $3::timestamp, $3::timestamp
         FROM generate_series(1, 1000) AS g`,
        category.id,
        head.departmentId,
        now.toISOString(),
      );
      await prisma.$executeRawUnsafe(`ANALYZE "Complaint"`);
    }

    async function sweeperFigures(label: string) {
      await makeDue();
      const open = `('SUBMITTED','ACCEPTED','ASSIGNED','IN_PROGRESS','REOPENED')`;
      const explain = async (sql: string) =>
        (await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, now.toISOString())).map((r) => `   | ${r["QUERY PLAN"]}`).join("\n");
      // The two claim queries of lib/complaints/sweep-deadlines.ts, as it sends them.
      const yellowPlan = await explain(`SELECT "id" FROM "Complaint" WHERE "yellowWarnedAt" IS NULL AND "status" IN ${open} AND "yellowWarnAt" <= $1::timestamp AND "deadlineAt" > $1::timestamp ORDER BY "yellowWarnAt" LIMIT 200 FOR UPDATE SKIP LOCKED`);
      const redPlan = await explain(`SELECT "id" FROM "Complaint" WHERE "redCardAt" IS NULL AND "status" IN ${open} AND "deadlineAt" <= $1::timestamp ORDER BY "deadlineAt" LIMIT 200 FOR UPDATE SKIP LOCKED`);
      const t = performance.now();
      let red = 0;
      for (;;) {
        const r = await sweepDeadlines({ now, limit: 200 });
        red += r.red;
        if (r.red < 200 && r.yellow < 200) break;
      }
      const took = performance.now() - t;
      console.log(`\n3. Sweeper with ${label} cases, 1,000 due: warned ${red} in ${ms(took)} (${(took / Math.max(red, 1)).toFixed(2)} ms per case, messages included)`);
      console.log(`   yellow claim:\n${yellowPlan}\n   red claim:\n${redPlan}`);
    }

    if (!ONLY.has("sweeper") && !ONLY.has("inbox")) return void (await prisma.$disconnect());
    if (ONLY.has("sweeper")) {
      await fillTo(10_000);
      await sweeperFigures("10,000");
    }
    await fillTo(CASES);
    if (ONLY.has("sweeper")) await sweeperFigures(CASES.toLocaleString("en"));

    // 2. Inbox: the department head of 县交通运输局 (about 1/13 of all cases), first and deep page.
    if (ONLY.has("inbox")) {
      const open = ["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"] as const;
      const deptCount = await prisma.complaint.count({ where: { departmentId: head.departmentId } });
      const openCount = await prisma.complaint.count({ where: { departmentId: head.departmentId, status: { in: [...open] } } });
      const depth = Math.min(20_000, Math.floor(openCount * 0.9));
      const deep = await prisma.complaint.findMany({ where: { departmentId: head.departmentId, status: { in: [...open] } }, orderBy: [{ deadlineAt: "asc" }, { id: "asc" }], skip: depth, take: 1, select: { id: true, deadlineAt: true } });
      const deepCursor = deep[0] ? Buffer.from(`${deep[0].deadlineAt.toISOString()}|${deep[0].id}`).toString("base64url") : undefined;
      const all = (await prisma.complaint.count()).toLocaleString("en");
      const supervisorActor = { id: supervisor.id, name: supervisor.name, username: supervisor.username, role: supervisor.role, departmentId: supervisor.departmentId };
      const cases: [string, Record<string, unknown>, typeof actor?][] = [
        ["first page", { state: "open" }],
        [`deep page (after ${depth.toLocaleString("en")} open cases)`, { state: "open", after: deepCursor }],
        ["overdue filter", { state: "open", due: "overdue" }],
        ["near-due filter", { state: "open", due: "near" }],
        ["all states, deep page", { state: "all", after: deepCursor }],
        ["supervisor, all departments, first page (counts over every case)", { state: "open" }, supervisorActor],
      ];
      console.log(`\n2. Inbox of 县交通运输局: ${deptCount.toLocaleString("en")} cases (${openCount.toLocaleString("en")} open) in the department, ${all} in all; 50 runs each after 10 warm-up, counts included`);
      for (const [label, filters, who = actor] of cases) {
        const times: number[] = [];
        for (let i = 0; i < 60; i++) {
          const t = performance.now();
          await listInbox({ actor: who, filters: { ...filters }, now });
          if (i >= 10) times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        console.log(`   ${label}: p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}`);
      }
      // The plans of the SQL listInbox sends for the deep page (captured from the driver).
      const captured = await captureQueries(() => listInbox({ actor, filters: { state: "open", after: deepCursor }, now }));
      for (const q of captured.filter((q) => /"Complaint"/.test(q.text) && !/^(BEGIN|COMMIT)/.test(q.text))) {
        const plan = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, ...q.values);
        console.log(`\n   ${q.text.replace(/\s+/g, " ").slice(0, 160)}...`);
        console.log(plan.map((r) => `   | ${r["QUERY PLAN"]}`).join("\n"));
      }
    }
    await prisma.$disconnect();
  } finally {
    await target.close().catch(() => {});
    await new Promise((r) => setTimeout(r, 200));
    if (!KEEP) await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((err) => console.error(`could not drop ${name}: ${err.message}`));
    await admin.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
