// Officer sign-in against the authorized list: only active officers sign in; five wrong
// passwords in a row lock the account for fifteen minutes (DESIGN.md "Bad input, faults,
// security").
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { Actor } from "./actor";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

function formatClock(date: Date): string {
  return new Intl.DateTimeFormat("zh-CN", {
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZone: "Asia/Shanghai",
  }).format(date);
}

export async function authenticateOfficer(input: { username: string; password: string; now?: Date }): Promise<Actor> {
  const now = input.now ?? new Date();
  const username = input.username.trim();
  if (!username || !input.password) throw new AppError("VALIDATION", "请输入用户名和密码。");

  const officer = await prisma.officer.findUnique({ where: { username } });
  if (!officer) {
    await burnPasswordCheck(input.password);
    throw new AppError("INVALID_CREDENTIALS", "用户名或密码错误。");
  }
  if (officer.lockedUntil && officer.lockedUntil > now) {
    throw new AppError(
      "ACCOUNT_LOCKED",
      `密码错误次数过多，账户已锁定${LOCK_MINUTES}分钟，请于${formatClock(officer.lockedUntil)}后再试。`,
    );
  }

  const isValid = await verifyPassword(input.password, officer.passwordHash);
  if (!isValid) {
    // Increment in the database, so concurrent attempts each count.
    const updated = await prisma.officer.update({
      where: { id: officer.id },
      data: { failedSignIns: { increment: 1 } },
      select: { failedSignIns: true },
    });
    if (updated.failedSignIns >= MAX_FAILED_SIGN_INS) {
      const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
      await prisma.$transaction(async (tx) => {
        await tx.officer.update({ where: { id: officer.id }, data: { lockedUntil, failedSignIns: 0 } });
        await writeAudit(tx, {
          actorId: null,
          action: "officer.locked",
          targetType: "Officer",
          targetId: officer.id,
          details: { username: officer.username, lockedUntil: lockedUntil.toISOString() },
        });
      });
      throw new AppError(
        "ACCOUNT_LOCKED",
        `密码错误次数过多，账户已锁定${LOCK_MINUTES}分钟，请于${formatClock(lockedUntil)}后再试。`,
      );
    }
    const left = MAX_FAILED_SIGN_INS - updated.failedSignIns;
    throw new AppError("INVALID_CREDENTIALS", `用户名或密码错误，再错${left}次账户将被锁定${LOCK_MINUTES}分钟。`);
  }

  if (!officer.isActive) {
    throw new AppError("ACCOUNT_INACTIVE", "该账户已停用，不在授权名单内。如有疑问请联系系统管理员。");
  }

  await prisma.officer.update({
    where: { id: officer.id },
    data: { failedSignIns: 0, lockedUntil: null, lastSignInAt: now },
  });
  return {
    id: officer.id,
    name: officer.name,
    username: officer.username,
    role: officer.role,
    departmentId: officer.departmentId,
  };
}

/** The officer behind a session, re-read on every request so deactivation and role changes
 * take effect at once. Null when the officer is gone or no longer active. */
export async function loadActiveActor(officerId: string): Promise<Actor | null> {
  const officer = await prisma.officer.findUnique({
    where: { id: officerId },
    select: { id: true, name: true, username: true, role: true, departmentId: true, isActive: true },
  });
  if (!officer || !officer.isActive) return null;
  const { isActive: _active, ...actor } = officer;
  return actor;
}
