import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { createOfficer, unique } from "@/test/factories";
import {
  authenticateOfficer,
  LOCK_MINUTES,
  loadActiveActor,
  loadSessionOfficer,
  MAX_FAILED_PER_ADDRESS,
  MAX_FAILED_SIGN_INS,
} from "./authenticate-officer";
import { SIGN_IN_MESSAGES } from "./sign-in-errors";

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    if (isAppError(err)) return err;
    throw err;
  }
  throw new Error("expected a refusal");
}

/** Each test its own client address, so the per-address limit of one test never touches another. */
const address = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/** How many passwords were actually checked: every check that fails is in the audit log. */
async function passwordChecks(username: string) {
  const rows = await prisma.auditLog.findMany({ where: { action: "officer.sign_in_failed" } });
  return rows.filter((r) => (r.details as { username?: string }).username === username).length;
}

describe("authenticateOfficer", () => {
  it("signs in an active officer on the authorized list, records it, and carries the session version", async () => {
    const { officer, password } = await createOfficer();
    const signedIn = await authenticateOfficer({ username: officer.username, password, clientAddress: address() });
    expect(signedIn).toMatchObject({ id: officer.id, role: "HANDLER", sessionVersion: 0, mustChangePassword: false });
    const after = await prisma.officer.findUniqueOrThrow({ where: { id: officer.id } });
    expect(after.lastSignInAt).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { targetId: officer.id, action: "officer.signed_in" } })).toBe(1);
  });

  it("answers an unknown name exactly like a wrong password, down to the lock", async () => {
    const { officer } = await createOfficer();
    const ghost = unique("ghost");
    const client = address();
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      const known = await failure(authenticateOfficer({ username: officer.username, password: "wrong-pass1", clientAddress: client }));
      const unknown = await failure(authenticateOfficer({ username: ghost, password: "wrong-pass1", clientAddress: address() }));
      expect([known.code, known.userMessage]).toEqual(["INVALID_CREDENTIALS", SIGN_IN_MESSAGES.INVALID_CREDENTIALS]);
      expect([unknown.code, unknown.userMessage]).toEqual([known.code, known.userMessage]);
      expect(known.userMessage).not.toMatch(/再错/);
    }
    const knownLock = await failure(authenticateOfficer({ username: officer.username, password: "wrong-pass1", clientAddress: address() }));
    const unknownLock = await failure(authenticateOfficer({ username: ghost, password: "wrong-pass1", clientAddress: address() }));
    expect([knownLock.code, knownLock.userMessage]).toEqual(["ACCOUNT_LOCKED", SIGN_IN_MESSAGES.ACCOUNT_LOCKED]);
    expect([unknownLock.code, unknownLock.userMessage]).toEqual([knownLock.code, knownLock.userMessage]);
    // The auditor sees both, each with its reason.
    const failed = await prisma.auditLog.findMany({ where: { action: "officer.sign_in_failed" } });
    const reasons = failed.map((r) => r.details as { username: string; reason: string }).filter((d) => [officer.username, ghost].includes(d.username));
    expect(reasons.filter((d) => d.reason === "unknown_username")).toHaveLength(MAX_FAILED_SIGN_INS);
    expect(reasons.filter((d) => d.reason === "wrong_password")).toHaveLength(MAX_FAILED_SIGN_INS);
  });

  it("locks on the fifth wrong password until the time has passed, even for the right password", async () => {
    const { officer, password } = await createOfficer();
    // The limiter reads the clock itself: move the clock, not a parameter.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
    try {
      const start = Date.now();
      for (let i = 1; i <= MAX_FAILED_SIGN_INS; i++) {
        await failure(authenticateOfficer({ username: officer.username, password: "wrong-pass1", clientAddress: address() }));
      }
      vi.setSystemTime(start + 14 * 60_000);
      const during = await failure(authenticateOfficer({ username: officer.username, password, clientAddress: address() }));
      expect(during.code).toBe("ACCOUNT_LOCKED");
      expect((await prisma.officer.findUniqueOrThrow({ where: { id: officer.id } })).lockedUntil).not.toBeNull();
      vi.setSystemTime(start + (LOCK_MINUTES * 60 + 1) * 1000);
      await expect(authenticateOfficer({ username: officer.username, password, clientAddress: address() })).resolves.toMatchObject({
        id: officer.id,
      });
    } finally {
      vi.useRealTimers();
    }
    expect(await prisma.auditLog.count({ where: { targetId: officer.id, action: "officer.locked" } })).toBe(1);
  });

  it("counts parallel attempts atomically: 40 at once check at most five passwords, and the right one among them does not get in", async () => {
    const { officer, password } = await createOfficer();
    const attempts = Array.from({ length: 40 }, (_, i) =>
      authenticateOfficer({ username: officer.username, password: i === 35 ? password : `wrong-pass${i}`, clientAddress: address() }).then(
        () => "signed-in",
        (err) => (isAppError(err) ? err.code : "error"),
      ),
    );
    const outcomes = await Promise.all(attempts);
    const checked = outcomes.filter((o) => o === "INVALID_CREDENTIALS" || o === "signed-in").length;
    // At most five claims pass the counter; only those reach bcrypt.
    expect(checked + outcomes.filter((o) => o === "ACCOUNT_LOCKED").length).toBe(40);
    expect(await passwordChecks(officer.username)).toBeLessThanOrEqual(MAX_FAILED_SIGN_INS);
    expect(outcomes.filter((o) => o === "ACCOUNT_LOCKED").length).toBeGreaterThanOrEqual(40 - MAX_FAILED_SIGN_INS);
    if (!outcomes.includes("signed-in")) {
      // Five wrong passwords were checked: the account is locked, the right password is refused.
      const after = await failure(authenticateOfficer({ username: officer.username, password, clientAddress: address() }));
      expect(after.code).toBe("ACCOUNT_LOCKED");
    }
  });

  it("refuses the right password after five wrong ones arrived in parallel", async () => {
    const { officer, password } = await createOfficer();
    await Promise.all(
      Array.from({ length: MAX_FAILED_SIGN_INS }, () =>
        failure(authenticateOfficer({ username: officer.username, password: "wrong-pass1", clientAddress: address() })),
      ),
    );
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, () =>
        authenticateOfficer({ username: officer.username, password, clientAddress: address() }).then(() => "signed-in", (err) => err.code),
      ),
    );
    expect(outcomes.filter((o) => o === "signed-in")).toHaveLength(0);
  });

  it("checks at most ten passwords from one address in a burst of thirty, whatever the names", async () => {
    const client = address();
    const names = Array.from({ length: 30 }, () => unique("burst"));
    const outcomes = await Promise.all(
      names.map((username) => authenticateOfficer({ username, password: "wrong-pass1", clientAddress: client }).then(() => "ok", (err) => err.code)),
    );
    expect(outcomes.filter((o) => o === "INVALID_CREDENTIALS")).toHaveLength(MAX_FAILED_PER_ADDRESS);
    expect(outcomes.filter((o) => o === "RATE_LIMITED")).toHaveLength(30 - MAX_FAILED_PER_ADDRESS);
    const checked = (await prisma.auditLog.findMany({ where: { action: "officer.sign_in_failed" } })).filter((r) =>
      names.includes((r.details as { username: string }).username),
    );
    expect(checked).toHaveLength(MAX_FAILED_PER_ADDRESS);
    // The throttle itself is recorded once, not thirty times.
    const throttled = (await prisma.auditLog.findMany({ where: { action: "officer.sign_in_throttled" } })).filter(
      (r) => (r.details as { address: string }).address === client,
    );
    expect(throttled).toHaveLength(1);
    // Another address is not affected.
    const { officer, password } = await createOfficer();
    await expect(authenticateOfficer({ username: officer.username, password, clientAddress: address() })).resolves.toMatchObject({ id: officer.id });
  });

  it("does not count an officer's successful sign-ins against their address", async () => {
    const { officer, password } = await createOfficer();
    const client = address();
    for (let i = 0; i < MAX_FAILED_PER_ADDRESS + 3; i++) {
      await authenticateOfficer({ username: officer.username, password, clientAddress: client });
    }
  });

  it("refuses a deactivated officer even with the right password", async () => {
    const { officer, password } = await createOfficer({ isActive: false });
    const err = await failure(authenticateOfficer({ username: officer.username, password, clientAddress: address() }));
    expect(err.code).toBe("ACCOUNT_INACTIVE");
    expect(err.userMessage).toContain("已停用");
  });

  it("accepts a session only while its version is the officer's current one", async () => {
    const { officer } = await createOfficer();
    expect(await loadActiveActor(officer.id, 0)).toMatchObject({ id: officer.id });
    expect(await loadActiveActor(officer.id, undefined)).toBeNull();
    await prisma.officer.update({ where: { id: officer.id }, data: { sessionVersion: 1 } });
    expect(await loadActiveActor(officer.id, 0)).toBeNull();
    expect(await loadActiveActor(officer.id, 1)).toMatchObject({ id: officer.id });
    await prisma.officer.update({ where: { id: officer.id }, data: { isActive: false } });
    expect(await loadActiveActor(officer.id, 1)).toBeNull();
  });

  it("gives an officer who owes a password change a session but no actor", async () => {
    const { officer } = await createOfficer();
    await prisma.officer.update({ where: { id: officer.id }, data: { mustChangePassword: true } });
    expect(await loadSessionOfficer(officer.id, 0)).toMatchObject({ mustChangePassword: true, actor: { id: officer.id } });
    expect(await loadActiveActor(officer.id, 0)).toBeNull();
  });
});
