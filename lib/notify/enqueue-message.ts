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
  channel?: "SMS" | "WORK_MESSAGE";
  /**
   * Set when the recipient is an officer: with WORK_MESSAGING_URL set, the same text is also
   * queued as a work message (企业微信/钉钉) to the officer's account. Never set for citizens.
   */
  officerId?: string;
}

/** The dedupe key of the work message that accompanies an SMS with this key. */
export const workMessageDedupeKey = (smsKey: string) => `${smsKey}:work`;

/**
 * Queues messages; returns how many were new (duplicates by dedupe key are skipped, and so are
 * messages to a number that reached today's cap).
 */
export async function enqueueMessages(tx: Pick<Tx, "outboxMessage" | "rateLimiterFlexible" | "officer">, messages: OutboxInput[]): Promise<number> {
  const rows: OutboxInput[] = [];
  // Work messages are not SMS: no daily SMS cap, and they go out even when the SMS was capped.
  const work = getEnv().WORK_MESSAGING_URL ? await workMessagesFor(tx, messages) : [];
  const rule = smsCapRule();
  for (const m of messages) {
    if (m.recipient.trim() === "") continue;
    if ((await hitRateLimit(smsCapKey(m.recipient), rule, tx)).allowed) rows.push(m);
    else console.warn(`[outbox] daily SMS cap reached for ${m.recipient.slice(0, 3)}****${m.recipient.slice(-4)}: ${m.template} not queued`);
  }
  rows.push(...work);
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

/** One WORK_MESSAGE row per officer recipient (active officers only), to their login name. */
async function workMessagesFor(tx: Pick<Tx, "officer">, messages: OutboxInput[]): Promise<(OutboxInput & { channel: "WORK_MESSAGE" })[]> {
  const ids = [...new Set(messages.map((m) => m.officerId).filter((id): id is string => !!id))];
  if (ids.length === 0) return [];
  const officers = await tx.officer.findMany({ where: { id: { in: ids }, isActive: true }, select: { id: true, username: true } });
  const accountOf = new Map(officers.map((o) => [o.id, o.username]));
  const seen = new Set<string>();
  const out: (OutboxInput & { channel: "WORK_MESSAGE" })[] = [];
  for (const m of messages) {
    const account = m.officerId ? accountOf.get(m.officerId) : undefined;
    if (!account) continue;
    // One work message per officer and text, even when the SMS went to two of their numbers.
    const key = m.dedupeKey ? workMessageDedupeKey(m.dedupeKey) : undefined;
    const once = `${account}\u0000${key ?? m.body}`;
    if (seen.has(once)) continue;
    seen.add(once);
    out.push({ ...m, channel: "WORK_MESSAGE", recipient: account, dedupeKey: key, officerId: undefined });
  }
  return out;
}
