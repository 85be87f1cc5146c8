// How long an SMS broadcast takes at scale. Fills a throwaway database with N subscribers across
// the county's towns, then times the preview, the broadcast transaction (Broadcast row, N outbox
// rows in createMany chunks, audit), the counts by status, and how fast the outbox worker's
// batches (20 rows, dev provider) move them to SENT. Figures, not pass/fail.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx --conditions=react-server bench/broadcast-scale.mts --rows 100000
// Without DATABASE_URL it uses an in-memory PGlite.
import { randomUUID } from "node:crypto";
import { getBroadcast, getBroadcastPreview, sendBroadcast } from "../lib/broadcast/broadcast-warning";
import { deliverOutboxBatch } from "../lib/notify/deliver-outbox";
import { createDevSmsProvider } from "../lib/notify/create-dev-sms-provider";
import type { Actor } from "../lib/auth/actor";
import { openThrowawayDatabase, timed } from "./throwaway-database";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 && Number(process.argv[i + 1]) > 0 ? Number(process.argv[i + 1]) : fallback;
};
const rows = arg("--rows", 20_000);
const sendSample = arg("--send", 2_000);

const { db, prisma, dispose } = await openThrowawayDatabase("portal_bench_broadcast");

try {
  await db.exec(`
    INSERT INTO "Department" ("id", "code", "name") VALUES ('d1', 'GOV', '县政府办');
    INSERT INTO "Officer" ("id", "username", "name", "role", "departmentId", "passwordHash", "updatedAt") VALUES ('o1', 'editor', '编辑', 'CONTENT_EDITOR', 'd1', 'x', now());
    INSERT INTO "ContentItem" ("id", "type", "slug", "title", "summary", "body", "status", "publishedAt", "warningLevel", "area", "validUntil", "updatedAt")
      VALUES ('w1', 'WARNING', 'bench-warning', '全县寒潮黄色预警', '预计未来48小时气温下降10℃以上。', '正文', 'PUBLISHED', now() - interval '1 hour', 'YELLOW', '全县', now() + interval '2 days', now());`);
  await timed(`insert ${rows.toLocaleString("en")} subscribers`, () =>
    db.exec(`
      INSERT INTO "WarningSubscription" ("id", "phone", "town", "updatedAt")
      SELECT 's' || i, (13000000000 + i)::text, (ARRAY['chengguan','qingxi','shimen'])[1 + i % 3], now() FROM generate_series(1, ${rows}) i;`),
  );
  const actor: Actor = { id: "o1", name: "编辑", username: "editor", role: "CONTENT_EDITOR", departmentId: "d1" };
  await getBroadcastPreview({ actor, contentId: "w1" }); // warm
  const preview = await timed("preview (counts per town, recipients)", () => getBroadcastPreview({ actor, contentId: "w1" }));
  console.log(`${"".padEnd(40)} ${preview.recipientCount.toLocaleString("en")} recipients, ${preview.length.segments} SMS parts`);
  const result = await timed("broadcast transaction", () => sendBroadcast({ actor, contentId: "w1", input: { towns: ["chengguan", "qingxi", "shimen"], idempotencyKey: randomUUID(), textHash: preview.textHash } }));
  console.log(`${"".padEnd(40)} ${result.recipientCount.toLocaleString("en")} outbox rows`);
  await timed("counts by status", () => getBroadcast({ actor, broadcastId: result.broadcastId }));
  const provider = createDevSmsProvider({ log: () => undefined });
  let sent = 0;
  const started = performance.now();
  while (sent < Math.min(sendSample, result.recipientCount)) sent += (await deliverOutboxBatch({ provider, limit: 20 })).sent;
  const ms = performance.now() - started;
  console.log(`${`worker: ${sent.toLocaleString("en")} sent in batches of 20`.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms  (${Math.round((sent / ms) * 1000)} messages/s)`);
  const b = await getBroadcast({ actor, broadcastId: result.broadcastId });
  console.log(`${"counts after".padEnd(40)} ${JSON.stringify(b.counts)}`);
  await prisma.$disconnect();
} finally {
  await dispose();
}
