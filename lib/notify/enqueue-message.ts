// Puts messages in the outbox inside the caller's transaction (DESIGN.md "Notifications"): the
// message exists exactly when the event that causes it does. A dedupe key makes "send once" a
// database fact: a second insert with the same key is silently skipped.
//
// Every phone number gets at most SMS_DAILY_CAP_PER_RECIPIENT messages in 24 hours, all kinds
// together (DESIGN.md: public forms must not become a way to flood someone's phone). The count is
// a rate-limit counter (lib/rate-limit.ts) bumped in the caller's transaction, so it counts only
// messages that are really queued; beyond the cap a message is dropped and the event still happens.
// The complaint filing writes its messages in one SQL statement and bumps the same counter there
// (file-complaint.ts, smsCapSql). Officers' warning broadcasts (broadcast-warning.ts) are not
// capped: an officer sends them, nobody can trigger them anonymously, and a warning must arrive.
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "../db";
import { getEnv } from "../env";
import { hitRateLimit, storedRateLimitKey, type RateLimit } from "../rate-limit";

export const SMS_CAP_WINDOW_SECONDS = 24 * 3600;

export function smsCapRule(): RateLimit {
  return { limit: getEnv().SMS_DAILY_CAP_PER_RECIPIENT, windowSeconds: SMS_CAP_WINDOW_SECONDS };
}

export const smsCapKey = (recipient: string) => `sms:to:${recipient.trim()}`;

/**
 * The same counter as an SQL fragment for statements that insert outbox rows themselves: a CTE
 * body that bumps the counter of each recipient in `recipients` (a CTE with a "recipient" column)
 * and returns ("recipient", "allowed").
 */
export function smsCapSql(recipients: Prisma.Sql, now: Date): Prisma.Sql {
  return rateLimitHitsSql(recipients, "sms:to:", smsCapRule(), now);
}

/** Bumps `prefix || recipient` counters (rate-limiter-flexible's row format) for each row of `keys`. */
export function rateLimitHitsSql(keys: Prisma.Sql, prefix: string, rule: RateLimit, now: Date): Prisma.Sql {
  const at = Prisma.sql`${now.toISOString()}::timestamp`;
  const expire = Prisma.sql`${new Date(now.getTime() + rule.windowSeconds * 1000).toISOString()}::timestamp`;
  const stored = storedRateLimitKey(prefix);
  return Prisma.sql`
    INSERT INTO "RateLimiterFlexible" ("key", "points", "expire")
    SELECT DISTINCT ${stored} || k."recipient", 1, ${expire} FROM ${keys} k
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimiterFlexible"."expire" <= ${at} THEN 1 ELSE "RateLimiterFlexible"."points" + 1 END,
      "expire" = CASE WHEN "RateLimiterFlexible"."expire" <= ${at} THEN EXCLUDED."expire" ELSE "RateLimiterFlexible"."expire" END
    RETURNING substr("key", ${stored.length + 1}) AS "recipient", "points" <= ${rule.limit} AS "allowed"`;
}

export interface OutboxInput {
  recipient: string;
  template: string;
  body: string;
  dedupeKey?: string;
  relatedType?: string;
  relatedId?: string;
  channel?: "SMS";
}

/**
 * Queues messages; returns how many were new (duplicates by dedupe key are skipped, and so are
 * messages to a number that reached today's cap).
 */
export async function enqueueMessages(tx: Pick<Tx, "outboxMessage" | "rateLimiterFlexible">, messages: OutboxInput[]): Promise<number> {
  const rows: OutboxInput[] = [];
  const rule = smsCapRule();
  for (const m of messages) {
    if (m.recipient.trim() === "") continue;
    if ((await hitRateLimit(smsCapKey(m.recipient), rule, tx)).allowed) rows.push(m);
    else console.warn(`[outbox] daily SMS cap reached for ${m.recipient.slice(0, 3)}****${m.recipient.slice(-4)}: ${m.template} not queued`);
  }
  if (rows.length === 0) return 0;
  const { count } = await tx.outboxMessage.createMany({
    data: rows.map((m) => ({
      channel: m.channel ?? "SMS",
      recipient: m.recipient,
      template: m.template,
      body: m.body,
      dedupeKey: m.dedupeKey ?? null,
      relatedType: m.relatedType ?? null,
      relatedId: m.relatedId ?? null,
    })),
    skipDuplicates: true,
  });
  return count;
}
