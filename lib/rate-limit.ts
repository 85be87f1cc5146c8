// Fixed-window rate limits kept in the database, so they hold across server instances (DESIGN.md:
// no in-memory state that must be shared). One statement per hit: insert or bump atomically.
import { prisma, type Tx } from "./db";
import { AppError } from "./errors";

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one hit on `key`; returns the hits in the current window including this one. Pass a
 * transaction as `db` to count the hit only if that transaction commits.
 */
export async function hitRateLimit(key: string, { windowSeconds }: RateLimit, now = new Date(), db: Pick<Tx, "$queryRaw"> = prisma): Promise<number> {
  const windowStart = new Date(now.getTime() - windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowStart} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowStart} THEN ${now} ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count"`;
  return Number(rows[0].count);
}

/** The hits so far in the current window, without counting one. */
export async function peekRateLimit(key: string, { windowSeconds }: RateLimit, now = new Date()): Promise<number> {
  const row = await prisma.rateLimitBucket.findUnique({ where: { key } });
  if (!row || row.windowStart.getTime() <= now.getTime() - windowSeconds * 1000) return 0;
  return row.count;
}

export async function assertUnderRateLimit(key: string, rule: RateLimit, message: string, now = new Date()): Promise<void> {
  if ((await peekRateLimit(key, rule, now)) >= rule.limit) throw new AppError("RATE_LIMITED", message);
}
