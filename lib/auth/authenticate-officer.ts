// Officer sign-in against the authorized list (DESIGN.md "Bad input, faults, security").
//
// Every attempt is counted before its password is checked, atomically in the database
// (lib/rate-limit.ts, rate-limiter-flexible's store), against three keys:
// - the typed login name, known or not: five failures close it for fifteen minutes, so an
//   unknown name behaves exactly like a known one and the answers never tell them apart;
// - the client address: ten failures (SIGN_IN_ADDRESS_LIMIT) in fifteen minutes, whatever names;
// - every attempt together: a ceiling on password checks per minute, whatever the addresses.
// Only attempts within all three limits reach bcrypt, so a parallel burst cannot have more
// passwords checked than the limits allow. Sign-ins, failures and locks go to the audit log.
import { prisma } from "../db";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { Actor } from "./actor";
import { LOCK_MINUTES, SIGN_IN_MESSAGES } from "./sign-in-errors";
import { blockRateLimit, clearRateLimit, hitRateLimit, undoRateLimitHit, type RateLimit } from "../rate-limit";

export { LOCK_MINUTES };
export const MAX_FAILED_SIGN_INS = 5;
/** The default of SIGN_IN_ADDRESS_LIMIT. */
export const MAX_FAILED_PER_ADDRESS = 10;
export const ADDRESS_WINDOW_MINUTES = 15;
export const MAX_FAILED_OVERALL = 200;
export const OVERALL_WINDOW_MINUTES = 1;


export interface SignedInOfficer extends Actor {
  sessionVersion: number;
  mustChangePassword: boolean;
}

const nameKey = (username: string) => `sign-in:user:${username.trim().toLowerCase().slice(0, 64)}`;
const addressKey = (address: string) => `sign-in:addr:${address}`;
const OVERALL_KEY = "sign-in:all";
const BY_NAME: RateLimit = { limit: MAX_FAILED_SIGN_INS, windowSeconds: LOCK_MINUTES * 60 };
const OVERALL: RateLimit = { limit: MAX_FAILED_OVERALL, windowSeconds: OVERALL_WINDOW_MINUTES * 60 };
const byAddressRule = (): RateLimit => ({ limit: getEnv().SIGN_IN_ADDRESS_LIMIT, windowSeconds: ADDRESS_WINDOW_MINUTES * 60 });

/** Forgets a login name's failures (an administrator's reset, a successful sign-in). */
export async function clearSignInFailures(username: string): Promise<void> {
  await clearRateLimit(nameKey(username), BY_NAME);
}

async function auditSignIn(action: string, officerId: string | null, details: Record<string, string>) {
  await writeAudit(prisma, { actorId: null, action, targetType: "Officer", targetId: officerId, details });
}

export async function authenticateOfficer(input: {
  username: string;
  password: string;
  clientAddress?: string;
  /** "confirm": a signed-in officer proving the password again (own password change): same
   * counters, but no sign-in recorded. */
  purpose?: "sign-in" | "confirm";
}): Promise<SignedInOfficer> {
  const now = new Date();
  const username = input.username.trim().slice(0, 64);
  const address = (input.clientAddress ?? "unknown").slice(0, 64);
  if (!username || !input.password) throw new AppError("VALIDATION", "请输入用户名和密码。");

  const addressRule = byAddressRule();
  const perAddress = addressRule.limit;
  const byAddress = await hitRateLimit(addressKey(address), addressRule);
  if (byAddress.count > perAddress) {
    // Recorded once per window, so a flood does not flood the audit log too.
    if (byAddress.count === perAddress + 1) {
      await auditSignIn("officer.sign_in_throttled", null, { scope: "address", address, username });
    }
    throw new AppError("RATE_LIMITED", SIGN_IN_MESSAGES.RATE_LIMITED, { logMessage: `sign-in throttled for ${address}` });
  }
  const byName = await hitRateLimit(nameKey(username), BY_NAME);
  if (byName.count > MAX_FAILED_SIGN_INS) {
    throw new AppError("ACCOUNT_LOCKED", SIGN_IN_MESSAGES.ACCOUNT_LOCKED, { logMessage: `sign-in name ${username} locked` });
  }
  const overall = await hitRateLimit(OVERALL_KEY, OVERALL);
  if (overall.count > MAX_FAILED_OVERALL) {
    // Not this name's or this address's doing: give their claims back.
    await undoRateLimitHit(nameKey(username), BY_NAME);
    await undoRateLimitHit(addressKey(address), addressRule);
    if (overall.count === MAX_FAILED_OVERALL + 1) await auditSignIn("officer.sign_in_throttled", null, { scope: "overall", address, username });
    throw new AppError("RATE_LIMITED", SIGN_IN_MESSAGES.RATE_LIMITED, { logMessage: "sign-in throttled overall" });
  }

  const officer = await prisma.officer.findUnique({ where: { username } });
  let isValid = false;
  if (officer) isValid = await verifyPassword(input.password, officer.passwordHash);
  else await burnPasswordCheck(input.password);

  if (!isValid) {
    const locks = byName.count >= MAX_FAILED_SIGN_INS;
    await auditSignIn("officer.sign_in_failed", officer?.id ?? null, {
      username,
      address,
      reason: officer ? "wrong_password" : "unknown_username",
      ...(input.purpose === "confirm" ? { during: "password_change" } : {}),
    });
    if (locks) {
      const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
      await blockRateLimit(nameKey(username), BY_NAME, LOCK_MINUTES * 60);
      if (officer) {
        await prisma.$transaction(async (tx) => {
          await tx.officer.update({ where: { id: officer.id }, data: { lockedUntil } });
          await writeAudit(tx, {
            actorId: null,
            action: "officer.locked",
            targetType: "Officer",
            targetId: officer.id,
            details: { username: officer.username, address, lockedUntil: lockedUntil.toISOString() },
          });
        });
      }
      throw new AppError("ACCOUNT_LOCKED", SIGN_IN_MESSAGES.ACCOUNT_LOCKED);
    }
    throw new AppError("INVALID_CREDENTIALS", SIGN_IN_MESSAGES.INVALID_CREDENTIALS);
  }

  // The right password: not a failure for the address or the overall ceiling.
  await undoRateLimitHit(addressKey(address), addressRule);
  await undoRateLimitHit(OVERALL_KEY, OVERALL);
  if (!officer!.isActive) {
    await auditSignIn("officer.sign_in_failed", officer!.id, { username, address, reason: "inactive" });
    throw new AppError("ACCOUNT_INACTIVE", SIGN_IN_MESSAGES.ACCOUNT_INACTIVE);
  }
  await clearSignInFailures(username);
  const signedIn = await prisma.$transaction(async (tx) => {
    const row = await tx.officer.update({
      where: { id: officer!.id },
      data: { failedSignIns: 0, lockedUntil: null, ...(input.purpose === "confirm" ? {} : { lastSignInAt: now }) },
    });
    if (input.purpose !== "confirm") await writeAudit(tx, { actorId: row.id, action: "officer.signed_in", targetType: "Officer", targetId: row.id, details: { username, address } });
    return row;
  });
  return {
    id: signedIn.id,
    name: signedIn.name,
    username: signedIn.username,
    role: signedIn.role,
    departmentId: signedIn.departmentId,
    sessionVersion: signedIn.sessionVersion,
    mustChangePassword: signedIn.mustChangePassword,
  };
}

export interface SessionOfficer {
  actor: Actor;
  mustChangePassword: boolean;
}

/**
 * The officer behind a session, re-read on every request: null when the officer is gone or
 * inactive, or when the session's version is not the officer's current one (signed out, password
 * changed or reset, deactivated, role changed since the session was issued).
 */
export async function loadSessionOfficer(officerId: string, sessionVersion: unknown): Promise<SessionOfficer | null> {
  if (typeof sessionVersion !== "number") return null;
  const officer = await prisma.officer.findUnique({
    where: { id: officerId },
    select: { id: true, name: true, username: true, role: true, duties: true, departmentId: true, isActive: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!officer || !officer.isActive || officer.sessionVersion !== sessionVersion) return null;
  const { isActive: _active, sessionVersion: _version, mustChangePassword, ...actor } = officer;
  return { actor, mustChangePassword };
}

/** The acting officer for a session, or null (also while a password change is still owed). */
export async function loadActiveActor(officerId: string, sessionVersion: unknown): Promise<Actor | null> {
  const session = await loadSessionOfficer(officerId, sessionVersion);
  return session && !session.mustChangePassword ? session.actor : null;
}
