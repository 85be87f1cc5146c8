// DEMO ONLY: a few finished entries for the delivery log (/officer/outbox), so a new install
// shows what delivered and failed messages look like before any real message is sent. Marked
// relatedType "demo" and dedupeKey "demo:outbox:…"; the numbers are fictional. None is QUEUED,
// so the worker never sends them. Delete them before real use:
//   DELETE FROM "OutboxMessage" WHERE "relatedType" = 'demo';
import type { PrismaClient } from "@/generated/prisma/client";

const at = (iso: string) => new Date(iso);

export const DEMO_OUTBOX = [
  {
    dedupeKey: "demo:outbox:1",
    recipient: "13900001234",
    template: "demo.complaint.received",
    body: "【桐川县人民政府】您反映的“清溪镇公路坑洼”已受理，受理编号TC-DEMO-0001，承办部门将在7个工作日内答复。",
    status: "DELIVERED" as const,
    attempts: 1,
    provider: "dev",
    providerMessageId: "demo-provider-1",
    createdAt: at("2026-03-02T01:15:00Z"),
    sentAt: at("2026-03-02T01:15:04Z"),
    deliveredAt: at("2026-03-02T01:15:09Z"),
  },
  {
    dedupeKey: "demo:outbox:2",
    recipient: "13900005678",
    template: "demo.complaint.assigned",
    body: "【桐川县人民政府】新案件TC-DEMO-0001已交办至县交通运输局，请在办理时限内处理。",
    status: "SENT" as const,
    attempts: 1,
    provider: "dev",
    providerMessageId: "demo-provider-2",
    createdAt: at("2026-03-02T02:00:00Z"),
    sentAt: at("2026-03-02T02:00:03Z"),
  },
  {
    dedupeKey: "demo:outbox:3",
    recipient: "13900009012",
    template: "demo.supervision.warning",
    body: "【桐川县人民政府】黄牌预警：案件TC-DEMO-0002距办理时限不足1个工作日，请尽快办理。",
    status: "FAILED" as const,
    attempts: 6,
    provider: "http",
    lastError: "gateway answered 503: service unavailable",
    createdAt: at("2026-03-03T00:30:00Z"),
  },
  {
    dedupeKey: "demo:outbox:4",
    recipient: "1390000345",
    template: "demo.complaint.received",
    body: "【桐川县人民政府】您反映的“农贸市场缺斤少两”已受理，受理编号TC-DEMO-0003。",
    status: "FAILED" as const,
    attempts: 1,
    provider: "http",
    lastError: 'gateway answered 400: {"error":"invalid mobile"}',
    createdAt: at("2026-03-04T03:20:00Z"),
  },
];

export async function seedDemoOutbox(prisma: PrismaClient): Promise<void> {
  await prisma.outboxMessage.createMany({
    data: DEMO_OUTBOX.map((m) => ({ ...m, relatedType: "demo" })),
    skipDuplicates: true,
  });
}
