// 分发 at a county's size: one sealed document to N units (each with a 公文收发员) and M named
// officers. Times distributeDocument: the receipt rows (createMany) and the SMS (one per clerk and
// officer, through enqueueMessages with its per-recipient daily cap) in one transaction.
//   npx tsx --conditions=react-server bench/documents/distribute-bench.ts --units 100 --officers 1300
//   (DATABASE_URL=postgresql://… for PostgreSQL; in-memory PGlite otherwise)
import type { Actor } from "../../lib/auth/actor";
import { distributeDocument } from "../../lib/documents/distribute-document";
import { openThrowawayDatabase, timed } from "../throwaway-database";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 && Number(process.argv[i + 1]) > 0 ? Number(process.argv[i + 1]) : fallback;
};
const units = arg("--units", 100);
const officers = arg("--officers", 1300);

const { db, prisma, dispose } = await openThrowawayDatabase("portal_bench_documents");
try {
  await db.exec(`
    INSERT INTO "Department" ("id", "code", "name", "kind") VALUES ('gov', 'GOV_OFFICE', '县人民政府办公室', 'GOVERNMENT_OFFICE');
    INSERT INTO "Officer" ("id", "username", "name", "role", "departmentId", "passwordHash", "updatedAt") VALUES ('drafter', 'drafter', '拟稿人', 'OFFICE_STAFF', 'gov', 'x', now());
    INSERT INTO "Department" ("id", "code", "name") SELECT 'u' || i, 'UNIT' || i, '单位' || i FROM generate_series(1, ${units}) i;
    INSERT INTO "Officer" ("id", "username", "name", "role", "departmentId", "passwordHash", "phone", "duties", "updatedAt")
      SELECT 'c' || i, 'clerk' || i, '收发员' || i, 'HANDLER', 'u' || i, 'x', (13100000000 + i)::text, ARRAY['DOCUMENT_CLERK']::"OfficerDuty"[], now() FROM generate_series(1, ${units}) i;
    INSERT INTO "Officer" ("id", "username", "name", "role", "departmentId", "passwordHash", "phone", "updatedAt")
      SELECT 'o' || i, 'officer' || i, '干部' || i, 'HANDLER', 'u' || (1 + i % ${units}), 'x', (13200000000 + i)::text, now() FROM generate_series(1, ${officers}) i;
    INSERT INTO "OfficialDocument" ("id", "departmentId", "drafterId", "kind", "title", "status", "docNumber", "updatedAt")
      VALUES ('doc', 'gov', 'drafter', 'NOTICE', '关于做好冬季农村公路养护工作的通知', 'SEALED', '桐政发〔2026〕1号', now());`);
  const actor: Actor = { id: "drafter", name: "拟稿人", username: "drafter", role: "OFFICE_STAFF", departmentId: "gov" };
  const departmentIds = Array.from({ length: units }, (_, i) => `u${i + 1}`);
  const officerIds = Array.from({ length: officers }, (_, i) => `o${i + 1}`);
  const result = await timed(`distribute to ${units} units + ${officers} officers`, () => distributeDocument({ actor, documentId: "doc", input: { departmentIds, officerIds } }), 48);
  const [receipts, messages] = await Promise.all([prisma.documentReceipt.count({ where: { documentId: "doc" } }), prisma.outboxMessage.count({ where: { relatedId: "doc" } })]);
  console.log(`${"".padEnd(48)} ${receipts} receipt rows, ${messages} messages queued (returned ${JSON.stringify(result)})`);
  await prisma.$disconnect();
} finally {
  await dispose();
}
