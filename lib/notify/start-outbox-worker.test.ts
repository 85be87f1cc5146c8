import { expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { unique } from "@/test/factories";
import { createDevSmsProvider } from "./create-dev-sms-provider";
import { enqueueMessages } from "./enqueue-message";
import { startOutboxWorker } from "./start-outbox-worker";

it("keeps sending what is queued until stopped, and stop waits for the batch in progress", async () => {
  const lines: string[] = [];
  const provider = createDevSmsProvider({ log: (line) => lines.push(line) });
  const worker = startOutboxWorker({ provider, intervalMs: 20, log: { info: (l) => lines.push(l), error: (l) => lines.push(l) } });
  try {
    const template = unique("test.loop.");
    await enqueueMessages(prisma, [{ recipient: "13812345678", template, body: "第一条" }]);
    await expect.poll(() => prisma.outboxMessage.count({ where: { template, status: "SENT" } }), { timeout: 5000 }).toBe(1);
    // Queued later: picked up by a later tick of the same loop.
    await enqueueMessages(prisma, [{ recipient: "13987654321", template, body: "第二条" }]);
    await expect.poll(() => prisma.outboxMessage.count({ where: { template, status: "SENT" } }), { timeout: 5000 }).toBe(2);
  } finally {
    await worker.stop();
  }
  expect(provider.sent.map((m) => m.text)).toEqual(["第一条", "第二条"]);
  expect(lines.some((l) => l.startsWith("[sms:dev] 138****5678"))).toBe(true);
  expect(lines.join("\n")).not.toContain("13812345678");
});
