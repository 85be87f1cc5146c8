// The outbox worker's one step (DESIGN.md "Notifications"; "nothing may assume one process").
//
// 1. Rows left in SENDING by a worker that died are put back in the queue once their lease ends.
// 2. Due QUEUED rows are claimed with FOR UPDATE SKIP LOCKED in one UPDATE statement (its own
//    transaction): a row locked by another worker's claim is skipped, not waited for, and once
//    claimed it is SENDING, which no other claim selects. So several workers in several
//    processes never send one row at the same time. Rows are taken by lane first (priority 0:
//    one person's receipt or deadline warning; 1: a bulk broadcast), then by due time, so
//    100,000 queued broadcast messages only fill what the case messages leave of a batch.
// 2b. Claimed broadcast rows whose warning was withdrawn or has expired are not sent: they and
//    the rest of their broadcast's queue are marked FAILED in one statement (lib/broadcast).
// 3. Each claimed row is sent and the outcome written only if this worker still holds the claim
//    (status SENDING and the lease this claim set), so a worker that overran its lease cannot
//    overwrite the outcome of the worker that took the row over.
//
// Delivery is at least once, not exactly once: a worker that dies after the gateway accepted a
// message but before it wrote SENT leaves a row that is sent again after the lease. The gateway
// receives the row id as {{id}} and can drop such duplicates.
//
// Channels: SMS rows go to `provider`; WORK_MESSAGE rows (企业微信/钉钉, lib/notify/
// create-work-message-provider.ts) to `workProvider`. A work message claimed while no work
// provider is configured fails at once with a message saying so.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { BROADCAST_RELATED_TYPE } from "../broadcast/broadcast-lane";
import { stopLapsedBroadcasts } from "../broadcast/stop-broadcast";
import { isRetryable, type SmsProvider } from "./sms-provider";

/** Wait before attempt n+1 after attempt n failed (index n-1); the last value repeats. */
export const OUTBOX_BACKOFF_MS = [30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000, 4 * 60 * 60_000] as const;
/** Attempts before a retryable failure becomes FAILED (about 5 h 12 min after the first). */
export const OUTBOX_MAX_ATTEMPTS = 6;
/** How long a claim lasts. Longer than a batch can take: 20 rows × the 10 s default timeout. */
export const OUTBOX_SENDING_LEASE_MS = 10 * 60_000;

const MAX_ERROR_LENGTH = 500;

export interface OutboxBatchResult {
  recovered: number;
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

export const NO_WORK_PROVIDER_ERROR = "未配置工作消息通道（WORK_MESSAGING_URL）";

interface ClaimedRow {
  id: string;
  channel: "SMS" | "WORK_MESSAGE";
  recipient: string;
  template: string;
  body: string;
  attempts: number;
  relatedType: string | null;
  relatedId: string | null;
  priority: number;
}

// Columns are `timestamp(3)` holding UTC (Prisma's convention). Passing an ISO string converted
// in SQL keeps the comparison right whatever the session or driver time zone is.
const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

export async function deliverOutboxBatch({
  provider,
  workProvider = null,
  now = new Date(),
  limit = 20,
}: {
  provider: SmsProvider;
  /** Sends WORK_MESSAGE rows; null when work messaging is not configured. */
  workProvider?: SmsProvider | null;
  now?: Date;
  limit?: number;
}): Promise<OutboxBatchResult> {
  const result: OutboxBatchResult = { recovered: 0, claimed: 0, sent: 0, retried: 0, failed: 0 };
  await recoverExpiredClaims(now, result);

  const lease = new Date(now.getTime() + OUTBOX_SENDING_LEASE_MS);
  const claimed = await prisma.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMessage"
       SET "status" = 'SENDING', "attempts" = "attempts" + 1, "nextAttemptAt" = ${utc(lease)}
     WHERE "id" IN (
           SELECT "id" FROM "OutboxMessage"
            WHERE "status" = 'QUEUED' AND "nextAttemptAt" <= ${utc(now)}
            ORDER BY "priority", "nextAttemptAt", "createdAt", "id"
            LIMIT ${Math.max(1, Math.floor(limit))}
              FOR UPDATE SKIP LOCKED)
    RETURNING "id", "channel"::text AS "channel", "recipient", "template", "body", "attempts", "relatedType", "relatedId", "priority"`;
  // RETURNING keeps no order: case messages go to the gateway first within the batch too.
  claimed.sort((a, b) => a.priority - b.priority);
  result.claimed = claimed.length;

  const broadcastIds = [...new Set(claimed.filter((r) => r.relatedType === BROADCAST_RELATED_TYPE && r.relatedId).map((r) => r.relatedId!))];
  const stopped = await stopLapsedBroadcasts({ broadcastIds, claimedUntil: lease, now });
  result.failed += claimed.filter((r) => r.relatedType === BROADCAST_RELATED_TYPE && stopped.has(r.relatedId!)).length;

  for (const row of claimed) {
    if (row.relatedType === BROADCAST_RELATED_TYPE && stopped.has(row.relatedId!)) continue;
    const held = { id: row.id, status: "SENDING" as const, nextAttemptAt: lease };
    const sender = row.channel === "WORK_MESSAGE" ? workProvider : provider;
    if (!sender) {
      await prisma.outboxMessage.updateMany({ where: held, data: { status: "FAILED", lastError: NO_WORK_PROVIDER_ERROR } });
      result.failed++;
      continue;
    }
    try {
      const { providerMessageId } = await sender.send({ id: row.id, to: row.recipient, text: row.body, template: row.template });
      await prisma.outboxMessage.updateMany({
        where: held,
        data: { status: "SENT", sentAt: new Date(), provider: sender.name, providerMessageId, lastError: null },
      });
      result.sent++;
    } catch (err) {
      const lastError = errorText(err);
      if (!isRetryable(err) || row.attempts >= OUTBOX_MAX_ATTEMPTS) {
        await prisma.outboxMessage.updateMany({ where: held, data: { status: "FAILED", provider: sender.name, lastError } });
        result.failed++;
      } else {
        const wait = OUTBOX_BACKOFF_MS[Math.min(row.attempts, OUTBOX_BACKOFF_MS.length) - 1];
        await prisma.outboxMessage.updateMany({
          where: held,
          data: { status: "QUEUED", provider: sender.name, lastError, nextAttemptAt: new Date(now.getTime() + wait) },
        });
        result.retried++;
      }
    }
  }
  return result;
}

/** SENDING rows whose lease ended: back to the queue, or FAILED when their attempts are used up. */
async function recoverExpiredClaims(now: Date, result: OutboxBatchResult): Promise<void> {
  const expired = { status: "SENDING" as const, nextAttemptAt: { lte: now } };
  const lastError = "worker stopped while sending; claim expired";
  const failed = await prisma.outboxMessage.updateMany({
    where: { ...expired, attempts: { gte: OUTBOX_MAX_ATTEMPTS } },
    data: { status: "FAILED", lastError },
  });
  const requeued = await prisma.outboxMessage.updateMany({
    where: expired,
    data: { status: "QUEUED", lastError, nextAttemptAt: now },
  });
  result.recovered += requeued.count;
  result.failed += failed.count;
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text || "unknown error").slice(0, MAX_ERROR_LENGTH);
}
