// Complaint benchmarks on PostgreSQL (figures, not pass/fail):
//  1. filing rate: N concurrent clients file through the real path (draft + fileComplaint) for
//     a fixed time; then every acknowledged filing is counted back in the database;
//  2. officer inbox over a large generated table: p50/p95 of the first page and of a deep page
//     (keyset cursor far into the department's cases);
//  3. deadline sweeper: its claim queries' plans and timings with 10,000 and with 1,000,000 cases.
// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/complaints/complaints-bench.ts [--cases 1000000] [--clients 20] [--seconds 10]
import { performance } from "node:perf_hooks";
import { openDatabase } from "../../lib/db-adapter";
import { applyMigrations } from "../../lib/migrate";

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CASES = arg("cases", 1_000_000);
const CLIENTS = arg("clients", 20);
const SECONDS = arg("seconds", 10);

const adminUrl = process.env.DATABASE_URL;
if (!adminUrl?.startsWith("postgres")) {
  console.error("Set DATABASE_URL to a PostgreSQL server (the benchmark creates and drops its own database).");
  process.exit(2);
}
process.env.NEXTAUTH_SECRET ??= "benchmark-secret-0123456789-abcdefghijklmnop";
process.env.DATABASE_POOL_SIZE ??= String(Math.max(CLIENTS, 10));

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const name = `portal_bench_${Date.now()}`;
  const admin = openDatabase({ kind: "postgres", url: adminUrl! });
  await admin.exec(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  const target = openDatabase({ kind: "postgres", url: url.toString() });
  try {
    await applyMigrations(target);
    const { installDatabase } = await import("../../lib/db");
    const prisma = installDatabase(target);
    const { seedDemoCounty } = await import("../../lib/seed/seed-demo-county");
    await seedDemoCounty(prisma, { log: () => {} });
    const { newDraftId, saveComplaintDraft } = await import("../../lib/complaints/complaint-drafts");
    const { fileComplaint } = await import("../../lib/complaints/file-complaint");
    const { listInbox } = await import("../../lib/complaints/list-inbox");
    const { sweepDeadlines } = await import("../../lib/complaints/sweep-deadlines");
    const category = await prisma.complaintCategory.findUniqueOrThrow({ where: { code: "ROADS" } });
    console.log(`PostgreSQL database ${name}; Node ${process.version}`);

    // 1. Filing rate.
    const acknowledged: string[] = [];
    const latencies: number[] = [];
    const deadline = performance.now() + SECONDS * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        let n = 0;
        while (performance.now() < deadline) {
          const t = performance.now();
          const draftId = newDraftId();
          await saveComplaintDraft({
            draftId,
            values: { categoryId: category.id, title: `第${client}-${n++}号路灯不亮`, description: "桥头路灯连续三晚不亮，夜间行人看不清路，请尽快修复。", address: "青石镇桥头", citizenName: "王建国", citizenPhone: "13812345678", consentToPublish: "yes" },
          });
          const receipt = await fileComplaint({ draftId });
          acknowledged.push(receipt.complaintId);
          latencies.push(performance.now() - t);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const stored = await prisma.complaint.count({ where: { id: { in: acknowledged } } });
    latencies.sort((a, b) => a - b);
    console.log(`\n1. Filing (draft + file, ${CLIENTS} concurrent clients, ${SECONDS}s)`);
    console.log(`   ${(acknowledged.length / elapsed).toFixed(0)} filings/s; p50 ${ms(pct(latencies, 50))}, p95 ${ms(pct(latencies, 95))}; acknowledged ${acknowledged.length}, stored ${stored}${stored === acknowledged.length ? " (all)" : " MISSING SOME"}`);

    // 2 and 3 need a big table: generate cases in SQL, spread over departments, half of them closed.
    const head = await prisma.officer.findUniqueOrThrow({ where: { username: "head" } });
    const actor = { id: head.id, name: head.name, username: head.username, role: head.role, departmentId: head.departmentId };
    const supervisor = await prisma.officer.findUniqueOrThrow({ where: { username: "supervisor" } });
    const now = new Date();

    async function fillTo(total: number) {
      const have = await prisma.complaint.count();
      if (have >= total) return;
      const t = performance.now();
      await prisma.$executeRawUnsafe(
        `INSERT INTO "Complaint" ("id", "trackingNo", "accessCodeHash", "categoryId", "title", "description", "departmentId",
           "status", "deadlineAt", "deadlineStartedAt", "yellowWarnAt", "yellowWarnedAt", "redCardAt", "createdAt", "updatedAt")
         SELECT 'gen' || g, 'TB' || lpad(g::text, 12, '0'), 'x', c.id, '生成的诉求 ' || g, '基准测试数据', d.id,
           (CASE WHEN g % 2 = 0 THEN 'CLOSED' ELSE 'IN_PROGRESS' END)::"ComplaintStatus",
           $1::timestamp + ((g % 2000) - 1000) * interval '1 hour', $1::timestamp - interval '30 days',
           $1::timestamp + ((g % 2000) - 1200) * interval '1 hour',
           $1::timestamp - interval '1 day', $1::timestamp - interval '1 day',
           $1::timestamp - (g % 365) * interval '1 day', $1::timestamp
         FROM generate_series($2::int, $3::int) AS g
         JOIN LATERAL (SELECT id FROM "Department" ORDER BY "code" OFFSET (g % 13) LIMIT 1) d ON true
         JOIN LATERAL (SELECT id FROM "ComplaintCategory" ORDER BY "code" OFFSET (g % 11) LIMIT 1) c ON true`,
        now,
        have + 1,
        total,
      );
      // Exactly 1,000 open cases due now and not yet warned, whatever the table size.
      await prisma.$executeRawUnsafe(`UPDATE "Complaint" SET "yellowWarnedAt" = now(), "redCardAt" = now() WHERE "redCardAt" IS NULL AND "id" LIKE 'due%'`);
      await prisma.$executeRawUnsafe(`ANALYZE "Complaint"`);
      console.log(`   (generated ${total - have} cases in ${((performance.now() - t) / 1000).toFixed(1)}s)`);
    }

    async function makeDue() {
      await prisma.$executeRawUnsafe(`DELETE FROM "Complaint" WHERE "id" LIKE 'due%'`);
      await prisma.$executeRawUnsafe(
        `INSERT INTO "Complaint" ("id", "trackingNo", "accessCodeHash", "categoryId", "title", "description", "departmentId", "status", "deadlineAt", "deadlineStartedAt", "yellowWarnAt", "yellowWarnedAt", "createdAt", "updatedAt")
         SELECT 'due' || g, 'TD' || lpad(g::text, 12, '0'), 'x', $1, '到期的诉求', '基准测试数据', $2, 'IN_PROGRESS', $3::timestamp - interval '1 minute', $3::timestamp - interval '2 days', $3::timestamp - interval '1 hour', $3::timestamp, $3::timestamp, $3::timestamp
         FROM generate_series(1, 1000) AS g`,
        category.id,
        head.departmentId,
        now,
      );
      await prisma.$executeRawUnsafe(`ANALYZE "Complaint"`);
    }

    async function sweeperFigures(label: string) {
      await makeDue();
      const plan = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN ANALYZE SELECT "id" FROM "Complaint" WHERE "redCardAt" IS NULL AND "status" IN ('SUBMITTED','ACCEPTED','ASSIGNED','IN_PROGRESS','REOPENED') AND "deadlineAt" <= $1 ORDER BY "deadlineAt" LIMIT 200 FOR UPDATE SKIP LOCKED`,
        now,
      );
      const t = performance.now();
      let red = 0;
      for (;;) {
        const r = await sweepDeadlines({ now, limit: 200 });
        red += r.red;
        if (r.red < 200 && r.yellow < 200) break;
      }
      const took = performance.now() - t;
      console.log(`\n3. Sweeper with ${label} cases, 1,000 due: warned ${red} in ${ms(took)} (${(took / Math.max(red, 1)).toFixed(2)} ms per case, messages included)`);
      console.log(plan.map((r) => `   | ${r["QUERY PLAN"]}`).join("\n"));
    }

    await fillTo(10_000);
    await sweeperFigures("10,000");
    await fillTo(CASES);
    await sweeperFigures(CASES.toLocaleString("en"));

    // 2. Inbox: the department head of 县交通运输局 (about 1/13 of all cases), first and deep page.
    const deptCount = await prisma.complaint.count({ where: { departmentId: head.departmentId } });
    const deep = await prisma.complaint.findMany({ where: { departmentId: head.departmentId, status: { in: ["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"] } }, orderBy: [{ deadlineAt: "asc" }, { id: "asc" }], skip: 20_000, take: 1, select: { id: true, deadlineAt: true } });
    const deepCursor = deep[0] ? Buffer.from(`${deep[0].deadlineAt.toISOString()}|${deep[0].id}`).toString("base64url") : undefined;
    for (const [label, filters] of [["first page", { state: "open" }], ["deep page (after 20,000 open cases)", { state: "open", after: deepCursor }], ["overdue filter", { state: "open", due: "overdue" }]] as const) {
      const times: number[] = [];
      for (let i = 0; i < 60; i++) {
        const t = performance.now();
        await listInbox({ actor, filters: { ...filters } });
        if (i >= 10) times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(`\n2. Inbox ${label}: ${deptCount.toLocaleString("en")} cases in the department, ${(await prisma.complaint.count()).toLocaleString("en")} in all: p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))} (50 runs, counts included)`);
    }
    void supervisor;
    await prisma.$disconnect();
  } finally {
    await target.close().catch(() => {});
    await new Promise((r) => setTimeout(r, 200));
    await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((err) => console.error(`could not drop ${name}: ${err.message}`));
    await admin.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
