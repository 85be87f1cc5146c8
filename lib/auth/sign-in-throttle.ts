// Atomic sign-in attempt counters in the database, shared by every instance. An attempt is
// claimed (counted) before its password is checked, in one upsert per key, so N parallel
// attempts see N different counts and only those within the limit go on to bcrypt. A signed-in
// attempt gives its claim back, so the counters hold failures (and attempts still in flight).
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";

const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

export interface ThrottleClaim {
  key: string;
  /** Attempts counted in this window, this one included. */
  count: number;
  /** When the window (or the lock) ends. */
  resetAt: Date;
}

/** Counts one attempt against `key`; a window that has ended starts again at 1. */
export async function claimAttempt(key: string, windowMs: number, now: Date): Promise<ThrottleClaim> {
  const resetAt = new Date(now.getTime() + windowMs);
  const rows = await prisma.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "SignInThrottle" ("key", "count", "resetAt") VALUES (${key}, 1, ${utc(resetAt)})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "SignInThrottle"."resetAt" <= ${utc(now)} THEN 1 ELSE "SignInThrottle"."count" + 1 END,
      "resetAt" = CASE WHEN "SignInThrottle"."resetAt" <= ${utc(now)} THEN ${utc(resetAt)} ELSE "SignInThrottle"."resetAt" END
    RETURNING "count", "resetAt"`;
  const row = rows[0];
  return { key, count: Number(row.count), resetAt: new Date(row.resetAt) };
}

/** Gives back a claim (a successful sign-in is not a failure). */
export async function releaseAttempt(key: string): Promise<void> {
  await prisma.$executeRaw`UPDATE "SignInThrottle" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

/** Keeps the key refused until `until` (a lock), however the window stood. */
export async function holdUntil(key: string, until: Date): Promise<void> {
  await prisma.$executeRaw`UPDATE "SignInThrottle" SET "resetAt" = GREATEST("resetAt", ${utc(until)}) WHERE "key" = ${key}`;
}

/** Forgets a key: a successful sign-in or an administrator's reset clears the name's failures. */
export async function clearAttempts(key: string): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "SignInThrottle" WHERE "key" = ${key}`;
}

/** Drops rows whose window ended long ago, so the table stays as small as the current attacks. */
export async function pruneAttempts(now: Date): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "SignInThrottle" WHERE "resetAt" < ${utc(new Date(now.getTime() - 3600_000))}`;
}
