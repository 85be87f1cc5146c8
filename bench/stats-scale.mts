// How long the statistics queries take at scale. Fills a throwaway database with N cases spread
// over two years across 13 departments, then times getComplaintStats (30 days, one year, two
// years) and the CSV export of 30 days. Figures, not pass/fail.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx --conditions=react-server bench/stats-scale.mts --rows 1000000
// Without DATABASE_URL it uses an in-memory PGlite (use fewer rows there).
import { getComplaintStats } from "../lib/complaints/complaint-stats";
import { toStatsRange } from "../lib/complaints/complaint-stats.schema";
import { exportComplaintsCsv } from "../lib/complaints/export-complaints-csv";
import type { Actor } from "../lib/auth/actor";
import { openThrowawayDatabase, timed } from "./throwaway-database";

const rows = Number(process.argv[process.argv.indexOf("--rows") + 1] || 100_000);

const { prisma, dispose } = await openThrowawayDatabase("portal_bench_stats");

try {
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Department" ("id", "code", "name") SELECT 'd' || i, 'D' || i, '部门' || i FROM generate_series(1, 13) i;
    INSERT INTO "SlaClass" ("id", "code", "name", "unit", "amount") VALUES ('s1', 'GENERAL', '一般类', 'WORKING_DAYS', 7);
    INSERT INTO "ComplaintCategory" ("id", "code", "name", "departmentId", "slaClassId") SELECT 'c' || i, 'C' || i, '类别' || i, 'd' || i, 's1' FROM generate_series(1, 13) i;
    INSERT INTO "Officer" ("id", "username", "name", "role", "departmentId", "passwordHash", "updatedAt") VALUES ('o1', 'sup', '督办', 'SUPERVISOR', 'd1', 'x', now());`);
  await timed(`insert ${rows.toLocaleString("en")} cases`, () =>
    prisma.$executeRawUnsafe(`
      INSERT INTO "Complaint" ("id", "trackingNo", "accessCodeHash", "categoryId", "title", "description", "departmentId",
        "status", "createdAt", "acceptDeadlineAt", "acceptedAt", "deadlineAt", "resolvedAt", "satisfaction", "reopenCount", "updatedAt")
      SELECT 'k' || i, 'T' || i, 'x', 'c' || (1 + i % 13), 't', 'd', 'd' || (1 + i % 13),
        (ARRAY['SUBMITTED','ACCEPTED','IN_PROGRESS','RESOLVED','CLOSED','REJECTED','RESOLVED','CLOSED']::"ComplaintStatus"[])[1 + i % 8],
        t, t + interval '2 hours', t + (i % 3) * interval '1 hour', t + interval '9 days',
        CASE WHEN i % 8 IN (3, 4, 6, 7) THEN t + (i % 12) * interval '1 day' END,
        CASE WHEN i % 5 = 0 THEN 1 + i % 5 END, (i % 17 = 0)::int, now()
      FROM (SELECT i, timestamp '2025-11-01' + (i * (730.0 / ${rows})) * interval '1 day' AS t FROM generate_series(1, ${rows}) i) s`),
  );
  await prisma.$executeRawUnsafe(`ANALYZE "Complaint"`);
  const actor: Actor = { id: "o1", name: "督办", username: "sup", role: "SUPERVISOR", departmentId: "d1" };
  const now = new Date("2027-11-01T00:00:00Z");
  const ranges = [
    ["30 days by week", toStatsRange({ from: "2027-10-01", to: "2027-10-30", by: "week" })],
    ["one year by month", toStatsRange({ from: "2026-11-01", to: "2027-10-31", by: "month" })],
    ["two years by month", toStatsRange({ from: "2025-11-01", to: "2027-10-31", by: "month" })],
  ] as const;
  for (const [label, range] of ranges) {
    await getComplaintStats({ actor, range, now }); // warm
    const stats = await timed(`stats, ${label}`, () => getComplaintStats({ actor, range, now }));
    console.log(`${"".padEnd(40)} ${stats.total.filed.toLocaleString("en")} cases counted`);
  }
  const bytes = await timed("CSV export, 30 days", async () => {
    const { stream } = await exportComplaintsCsv({ actor, range: ranges[0][1], now });
    let n = 0;
    for await (const chunk of stream) n += chunk.length;
    return n;
  });
  console.log(`${"".padEnd(40)} ${(bytes / 1e6).toFixed(1)} MB`);
  const memory = process.memoryUsage().rss / 1e6;
  console.log(`${"resident memory at the end".padEnd(40)} ${memory.toFixed(0).padStart(7)} MB`);
  await prisma.$disconnect();
} finally {
  await dispose();
}
