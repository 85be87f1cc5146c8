import { setTimeout as sleep } from "node:timers/promises";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { unique } from "@/test/factories";
import { deliverOutboxBatch, OUTBOX_BACKOFF_MS, OUTBOX_MAX_ATTEMPTS, OUTBOX_SENDING_LEASE_MS } from "./deliver-outbox";
import { enqueueMessages } from "./enqueue-message";
import { SmsSendError, type OutgoingSms, type SmsProvider } from "./sms-provider";

const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

/** A provider that records every call and answers as told (a test double for the gateway). */
function recordingProvider(answer: (message: OutgoingSms) => Promise<{ providerMessageId: string }> = async (m) => ({ providerMessageId: `p-${m.id}` })) {
  const calls: OutgoingSms[] = [];
  const provider: SmsProvider = {
    name: "test",
    send: async (message) => {
      calls.push(message);
      return answer(message);
    },
  };
  return { provider, calls };
}

async function queue(count: number, template = "test.notice") {
  await enqueueMessages(
    prisma,
    Array.from({ length: count }, (_, i) => ({ recipient: `1380000${String(i).padStart(4, "0")}`, template, body: `消息${i}`, dedupeKey: unique("k") })),
  );
  return prisma.outboxMessage.findMany({ where: { template }, orderBy: { recipient: "asc" } });
}

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

beforeEach(async () => {
  // Each test file has its own database; within the file, each test starts with an empty outbox.
  await prisma.outboxMessage.deleteMany();
});

describe("deliverOutboxBatch", () => {
  it("sends due messages and records provider, provider id and time", async () => {
    const [row] = await queue(1);
    const later = await prisma.outboxMessage.create({
      data: { recipient: "13900000000", template: "test.later", body: "稍后", nextAttemptAt: at(new Date(), 60_000) },
    });
    const { provider, calls } = recordingProvider();

    const result = await deliverOutboxBatch({ provider, now: new Date() });

    expect(result).toEqual({ recovered: 0, claimed: 1, sent: 1, retried: 0, failed: 0 });
    expect(calls).toEqual([{ id: row.id, to: row.recipient, text: row.body, template: row.template }]);
    const sent = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(sent).toMatchObject({ status: "SENT", attempts: 1, provider: "test", providerMessageId: `p-${row.id}`, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect((await prisma.outboxMessage.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("QUEUED");
  });

  it("never sends one row twice when several batches run at the same time", async () => {
    const rows = await queue(30);
    const { provider, calls } = recordingProvider(async (m) => {
      await sleep(5);
      return { providerMessageId: `p-${m.id}` };
    });

    const results = await Promise.all([1, 2, 3, 4].map(() => deliverOutboxBatch({ provider, now: new Date(), limit: 30 })));

    expect(results.reduce((n, r) => n + r.claimed, 0)).toBe(30);
    expect(calls).toHaveLength(30);
    expect(new Set(calls.map((c) => c.id)).size).toBe(30);
    expect(await prisma.outboxMessage.count({ where: { id: { in: rows.map((r) => r.id) }, status: "SENT", attempts: 1 } })).toBe(30);
  });

  // PGlite has one connection, so a second claim cannot run while a transaction holds locks;
  // on PostgreSQL this shows that locked rows are skipped, not waited for.
  it.runIf(onPostgres)("skips rows another transaction has locked instead of waiting", async () => {
    const rows = await queue(4);
    const locked = rows.slice(0, 2).map((r) => r.id);
    const { provider, calls } = recordingProvider();
    const result = await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "OutboxMessage" WHERE "id" IN (${locked[0]}, ${locked[1]}) FOR UPDATE`;
      return deliverOutboxBatch({ provider, now: new Date() });
    });
    expect(result.claimed).toBe(2);
    expect(calls.map((c) => c.id).sort()).toEqual(rows.slice(2).map((r) => r.id).sort());
  });

  it("retries with growing waits, then gives up as FAILED", async () => {
    const [row] = await queue(1);
    const { provider, calls } = recordingProvider(async () => {
      throw new SmsSendError("gateway answered 503", { retryable: true });
    });
    let now = new Date();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= OUTBOX_MAX_ATTEMPTS; attempt++) {
      // Not due a moment before the wait ends.
      if (attempt > 1) expect((await deliverOutboxBatch({ provider, now: at(now, -1) })).claimed).toBe(0);
      const result = await deliverOutboxBatch({ provider, now });
      const current = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
      expect(current.attempts).toBe(attempt);
      expect(current.lastError).toBe("gateway answered 503");
      if (attempt < OUTBOX_MAX_ATTEMPTS) {
        expect(result).toMatchObject({ claimed: 1, retried: 1, failed: 0 });
        expect(current.status).toBe("QUEUED");
        waits.push(current.nextAttemptAt.getTime() - now.getTime());
        now = current.nextAttemptAt;
      } else {
        expect(result).toMatchObject({ claimed: 1, retried: 0, failed: 1 });
        expect(current.status).toBe("FAILED");
      }
    }
    expect(waits).toEqual([...OUTBOX_BACKOFF_MS]);
    expect(calls).toHaveLength(OUTBOX_MAX_ATTEMPTS);
    expect((await deliverOutboxBatch({ provider, now: at(now, 24 * 3600_000) })).claimed).toBe(0);
  });

  it("treats errors of unknown type as retryable", async () => {
    const [row] = await queue(1);
    const { provider } = recordingProvider(async () => {
      throw new Error("socket hang up");
    });
    await deliverOutboxBatch({ provider, now: new Date() });
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "QUEUED", attempts: 1, lastError: "socket hang up" });
  });

  it("fails a permanent error at once", async () => {
    const [row] = await queue(1);
    const { provider, calls } = recordingProvider(async () => {
      throw new SmsSendError("gateway answered 400: invalid number", { retryable: false });
    });
    const result = await deliverOutboxBatch({ provider, now: new Date() });
    expect(result).toMatchObject({ claimed: 1, failed: 1, retried: 0 });
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastError: "gateway answered 400: invalid number",
    });
    await deliverOutboxBatch({ provider, now: at(new Date(), 24 * 3600_000) });
    expect(calls).toHaveLength(1);
  });

  it("puts rows left in SENDING by a dead worker back in the queue after the lease", async () => {
    const [stuck, fresh, exhausted] = await queue(3);
    const now = new Date();
    await prisma.outboxMessage.update({ where: { id: stuck.id }, data: { status: "SENDING", attempts: 1, nextAttemptAt: at(now, -1) } });
    await prisma.outboxMessage.update({ where: { id: fresh.id }, data: { status: "SENDING", attempts: 1, nextAttemptAt: at(now, 60_000) } });
    await prisma.outboxMessage.update({
      where: { id: exhausted.id },
      data: { status: "SENDING", attempts: OUTBOX_MAX_ATTEMPTS, nextAttemptAt: at(now, -1) },
    });
    const { provider, calls } = recordingProvider();

    const result = await deliverOutboxBatch({ provider, now });

    expect(result).toEqual({ recovered: 1, claimed: 1, sent: 1, retried: 0, failed: 1 });
    expect(calls.map((c) => c.id)).toEqual([stuck.id]);
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({ status: "SENT", attempts: 2 });
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: fresh.id } })).toMatchObject({ status: "SENDING", attempts: 1 });
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: exhausted.id } })).toMatchObject({
      status: "FAILED",
      lastError: "worker stopped while sending; claim expired",
    });
  });

  it("does not let a worker that overran its lease overwrite the worker that took the row over", async () => {
    const [row] = await queue(1);
    let release!: () => void;
    const slow = recordingProvider(async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return { providerMessageId: "slow-id" };
    });
    const now = new Date();
    const first = deliverOutboxBatch({ provider: slow.provider, now });
    await expect.poll(() => slow.calls.length).toBe(1);

    const second = recordingProvider();
    const takeover = await deliverOutboxBatch({ provider: second.provider, now: at(now, OUTBOX_SENDING_LEASE_MS + 1) });
    expect(takeover).toMatchObject({ recovered: 1, sent: 1 });
    release();
    await first;

    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
      providerMessageId: `p-${row.id}`,
    });
  });
});

describe("enqueueMessages", () => {
  it("keeps one row for one dedupe key", async () => {
    const dedupeKey = unique("complaint:warn:");
    const message = { recipient: "13800001111", template: "test.dedupe", body: "黄牌预警", dedupeKey };
    expect(await enqueueMessages(prisma, [message])).toBe(1);
    expect(await prisma.$transaction((tx) => enqueueMessages(tx, [message, { ...message, body: "再次" }]))).toBe(0);
    const rows = await prisma.outboxMessage.findMany({ where: { dedupeKey } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ body: "黄牌预警", status: "QUEUED", attempts: 0 });
  });

  it("claims a case receipt before the broadcast messages queued ahead of it (priority lane)", async () => {
    const base = new Date();
    await prisma.outboxMessage.createMany({
      data: Array.from({ length: 200 }, (_, i) => ({
        recipient: `1370000${String(i).padStart(4, "0")}`,
        template: "warning.broadcast",
        body: "预警",
        priority: 1,
        nextAttemptAt: at(base, -60_000),
        createdAt: at(base, -60_000),
      })),
    });
    const [receipt] = await queue(1, "complaint.receipt");
    const { provider, calls } = recordingProvider();

    const result = await deliverOutboxBatch({ provider, limit: 20, now: at(base, 1000) });
    expect(result.claimed).toBe(20);
    expect(calls[0].id).toBe(receipt.id);
    expect(calls.slice(1).every((c) => c.template === "warning.broadcast")).toBe(true);
    expect((await prisma.outboxMessage.findUniqueOrThrow({ where: { id: receipt.id } })).status).toBe("SENT");
  });
});
