// Rate limits kept in the database, so they hold across server instances (DESIGN.md: no
// in-memory state that must be shared), counted by rate-limiter-flexible's Prisma store
// (`RateLimiterFlexible` table). Its store works through our Prisma client on both PostgreSQL
// (adapter-pg) and the embedded PGlite (pglite-prisma-adapter); its Postgres store needs a `pg`
// pool and would not reach PGlite. Each hit is one `INSERT … ON CONFLICT DO UPDATE points =
// points + 1` (Prisma's native upsert), so concurrent hits are all counted.
import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { prisma, type Tx } from "./db";

export interface RateLimit {
  /** Hits allowed in one window. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitHit {
  /** False when this hit went past the limit (it is counted all the same). */
  allowed: boolean;
  /** Hits in the current window, this one included. */
  count: number;
  remaining: number;
  retryAfterSeconds: number;
}

type Store = Pick<Tx, "rateLimiterFlexible">;
const KEY_PREFIX = "rlflx";

/** The key as stored in the table (the limiter prefixes it), for statements that bump counters in SQL. */
export const storedRateLimitKey = (key: string) => `${KEY_PREFIX}:${key}`;
const TABLE = "rateLimiterFlexible";
const shared = new Map<string, RateLimiterPrisma>();

function limiterFor(rule: RateLimit, db?: Store): RateLimiterPrisma {
  const options = { tableName: TABLE, keyPrefix: KEY_PREFIX, points: rule.limit, duration: rule.windowSeconds };
  // Inside a transaction: a throwaway limiter on the transaction client, so the hit is counted
  // only if the transaction commits. Its cleanup timer stays off (the shared ones clean up).
  if (db) return new RateLimiterPrisma({ ...options, storeClient: db, clearExpiredByTimeout: false });
  const name = `${rule.limit}/${rule.windowSeconds}`;
  let limiter = shared.get(name);
  if (!limiter) {
    limiter = new RateLimiterPrisma({ ...options, storeClient: prisma });
    shared.set(name, limiter);
  }
  return limiter;
}

function toHit(rule: RateLimit, res: RateLimiterRes, allowed: boolean): RateLimitHit {
  return {
    allowed,
    count: res.consumedPoints,
    remaining: Math.max(0, rule.limit - res.consumedPoints),
    retryAfterSeconds: Math.ceil(Math.max(0, res.msBeforeNext) / 1000),
  };
}

/**
 * Counts one hit on `key` and says whether it is within `rule`. Pass a transaction as `db` to
 * count the hit only if that transaction commits.
 */
export async function hitRateLimit(key: string, rule: RateLimit, db?: Store): Promise<RateLimitHit> {
  try {
    return toHit(rule, await limiterFor(rule, db).consume(key, 1), true);
  } catch (err) {
    if (err instanceof RateLimiterRes) return toHit(rule, err, false);
    throw err;
  }
}

/** Takes back one hit (a lookup that turned out to be right does not count against the client). */
export async function undoRateLimitHit(key: string, rule: RateLimit): Promise<void> {
  // Only a hit still counted: after the window ended (or on an unknown key) a reward would store
  // -1 points and grant one extra attempt in the next window.
  const limiter = limiterFor(rule);
  const current = await limiter.get(key);
  if (current && current.consumedPoints > 0) await limiter.reward(key, 1);
}

/** The hits so far in the current window, without counting one. */
export async function peekRateLimit(key: string, rule: RateLimit): Promise<number> {
  const res = await limiterFor(rule).get(key);
  return res?.consumedPoints ?? 0;
}

/** Refuses `key` for `seconds` from now, however many hits it had (a lock). */
export async function blockRateLimit(key: string, rule: RateLimit, seconds: number): Promise<void> {
  await limiterFor(rule).block(key, seconds);
}

/** Forgets every hit on `key`. */
export async function clearRateLimit(key: string, rule: RateLimit): Promise<void> {
  await limiterFor(rule).delete(key);
}
