import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { createOfficer } from "@/test/factories";
import { authenticateOfficer, LOCK_MINUTES, loadActiveActor, MAX_FAILED_SIGN_INS } from "./authenticate-officer";

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    if (isAppError(err)) return err;
    throw err;
  }
  throw new Error("expected a refusal");
}

describe("authenticateOfficer", () => {
  it("signs in an active officer on the authorized list and resets the failure count", async () => {
    const { officer, password } = await createOfficer();
    await prisma.officer.update({ where: { id: officer.id }, data: { failedSignIns: 3 } });
    const actor = await authenticateOfficer({ username: officer.username, password });
    expect(actor).toMatchObject({ id: officer.id, role: "HANDLER" });
    const after = await prisma.officer.findUniqueOrThrow({ where: { id: officer.id } });
    expect(after.failedSignIns).toBe(0);
    expect(after.lastSignInAt).not.toBeNull();
  });

  it("refuses an unknown username with the same words as a wrong password", async () => {
    const err = await failure(authenticateOfficer({ username: "nobody-here", password: "whatever1" }));
    expect(err.code).toBe("INVALID_CREDENTIALS");
    expect(err.userMessage).toBe("用户名或密码错误。");
  });

  it("counts down the attempts left and locks on the fifth wrong password", async () => {
    const { officer, password } = await createOfficer();
    const now = new Date("2026-11-23T02:00:00Z");
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      const err = await failure(authenticateOfficer({ username: officer.username, password: "wrong-pass1", now }));
      expect(err.code).toBe("INVALID_CREDENTIALS");
      expect(err.userMessage).toContain(`再错${MAX_FAILED_SIGN_INS - i}次`);
    }
    const lock = await failure(authenticateOfficer({ username: officer.username, password: "wrong-pass1", now }));
    expect(lock.code).toBe("ACCOUNT_LOCKED");
    expect(lock.userMessage).toContain("账户已锁定15分钟");
    expect(lock.userMessage).toContain("10:15"); // 02:15 UTC is 10:15 in Beijing

    // Locked: even the right password is refused until the time has passed.
    const during = await failure(authenticateOfficer({ username: officer.username, password, now: new Date(now.getTime() + 14 * 60_000) }));
    expect(during.code).toBe("ACCOUNT_LOCKED");
    const later = new Date(now.getTime() + (LOCK_MINUTES * 60 + 1) * 1000);
    await expect(authenticateOfficer({ username: officer.username, password, now: later })).resolves.toMatchObject({ id: officer.id });

    const audit = await prisma.auditLog.findMany({ where: { targetId: officer.id, action: "officer.locked" } });
    expect(audit).toHaveLength(1);
  });

  it("refuses a deactivated officer even with the right password", async () => {
    const { officer, password } = await createOfficer({ isActive: false });
    const err = await failure(authenticateOfficer({ username: officer.username, password }));
    expect(err.code).toBe("ACCOUNT_INACTIVE");
    expect(err.userMessage).toContain("已停用");
  });

  it("ends the session's power as soon as the officer is deactivated", async () => {
    const { officer } = await createOfficer();
    expect(await loadActiveActor(officer.id)).toMatchObject({ id: officer.id });
    await prisma.officer.update({ where: { id: officer.id }, data: { isActive: false } });
    expect(await loadActiveActor(officer.id)).toBeNull();
  });
});
