// The authorized list of officers. Every change checks `officers.manage` and is written to the
// audit log in the same transaction, with who and when.
import { prisma } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { clearSignInFailures } from "../auth/authenticate-officer";
import { hashPassword, passwordProblem } from "../auth/password";
import { DUTY_LABELS } from "../auth/permissions";
import { parseInput } from "../validation";
import type { OfficerDuty } from "@/generated/prisma/enums";
import {
  ZCreateOfficerInput,
  ZResetPasswordInput,
  ZUpdateOfficerInput,
  type TCreateOfficerInput,
  type TResetPasswordInput,
  type TUpdateOfficerInput,
} from "./officer.schema";

/** The strength rule, with the person's own name and login name as words to avoid. */
function assertStrongPassword(password: string, userInputs: string[]) {
  const problem = passwordProblem(password, userInputs);
  if (problem) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { password: problem } });
}

async function assertDepartment(departmentId: string) {
  const department = await prisma.department.findUnique({ where: { id: departmentId } });
  if (!department) {
    throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { departmentId: "所选部门不存在" } });
  }
}

export async function createOfficer({ actor, input }: { actor: Actor; input: TCreateOfficerInput | Record<string, unknown> }) {
  assertPermission(actor, "officers.manage");
  const data = parseInput(ZCreateOfficerInput, input);
  assertStrongPassword(data.password, [data.username, data.name]);
  await assertDepartment(data.departmentId);
  const passwordHash = await hashPassword(data.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const officer = await tx.officer.create({
        data: {
          username: data.username,
          name: data.name,
          phone: data.phone,
          role: data.role,
          departmentId: data.departmentId,
          duties: data.duties,
          passwordHash,
        },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "officer.created",
        targetType: "Officer",
        targetId: officer.id,
        details: { username: officer.username, name: officer.name, role: officer.role, departmentId: officer.departmentId, duties: dutyNames(officer.duties) },
      });
      return officer;
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { username: "该登录名已被使用，请换一个" } });
    }
    throw err;
  }
}

export async function updateOfficer({ actor, input }: { actor: Actor; input: TUpdateOfficerInput | Record<string, unknown> }) {
  assertPermission(actor, "officers.manage");
  const data = parseInput(ZUpdateOfficerInput, input);
  await assertDepartment(data.departmentId);
  return prisma.$transaction(async (tx) => {
    const before = await tx.officer.findUnique({ where: { id: data.officerId } });
    if (!before) throw new AppError("NOT_FOUND", "未找到该人员。");
    if (before.id === actor.id && data.role !== "ADMIN") {
      throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { role: "不能取消自己的管理员角色" } });
    }
    // A new role, department or duty changes what the officer may see and do: sessions opened
    // under the old ones end, and the officer signs in again.
    const granted = data.duties.filter((d) => !before.duties.includes(d));
    const revoked = before.duties.filter((d) => !data.duties.includes(d));
    const endsSessions = before.role !== data.role || before.departmentId !== data.departmentId || granted.length > 0 || revoked.length > 0;
    const officer = await tx.officer.update({
      where: { id: before.id },
      data: {
        role: data.role,
        departmentId: data.departmentId,
        phone: data.phone,
        duties: data.duties,
        ...(endsSessions ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "officer.updated",
      targetType: "Officer",
      targetId: officer.id,
      details: {
        username: officer.username,
        before: { role: before.role, departmentId: before.departmentId, phone: before.phone, duties: before.duties },
        after: { role: officer.role, departmentId: officer.departmentId, phone: officer.phone, duties: officer.duties },
      },
    });
    if (granted.length || revoked.length) {
      await writeAudit(tx, {
        actorId: actor.id,
        action: "officer.duties_changed",
        targetType: "Officer",
        targetId: officer.id,
        details: { username: officer.username, granted: dutyNames(granted), revoked: dutyNames(revoked) },
      });
    }
    return officer;
  });
}

export async function setOfficerActive({ actor, officerId, isActive }: { actor: Actor; officerId: string; isActive: boolean }) {
  assertPermission(actor, "officers.manage");
  if (officerId === actor.id && !isActive) throw new AppError("VALIDATION", "不能停用自己的账户。");
  return prisma.$transaction(async (tx) => {
    // Both ways end the officer's sessions: a cookie from before a deactivation must not come back
    // to life when the account is enabled again.
    const officer = await tx.officer.update({ where: { id: officerId }, data: { isActive, sessionVersion: { increment: 1 } } }).catch(() => {
      throw new AppError("NOT_FOUND", "未找到该人员。");
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: isActive ? "officer.activated" : "officer.deactivated",
      targetType: "Officer",
      targetId: officer.id,
      details: { username: officer.username },
    });
    return officer;
  });
}

export async function resetOfficerPassword({ actor, input }: { actor: Actor; input: TResetPasswordInput | Record<string, unknown> }) {
  assertPermission(actor, "officers.manage");
  const data = parseInput(ZResetPasswordInput, input);
  const target = await prisma.officer.findUnique({ where: { id: data.officerId }, select: { username: true, name: true } });
  if (!target) throw new AppError("NOT_FOUND", "未找到该人员。");
  assertStrongPassword(data.password, [target.username, target.name]);
  const passwordHash = await hashPassword(data.password);
  const result = await prisma.$transaction(async (tx) => {
    // A reset also lifts a lock (the admin has checked who is asking) and ends every session
    // opened with the old password. The admin knows the new password, so it is good for one
    // thing only: signing in to choose one of the officer's own (mustChangePassword).
    const officer = await tx.officer
      .update({
        where: { id: data.officerId },
        data: { passwordHash, mustChangePassword: true, failedSignIns: 0, lockedUntil: null, sessionVersion: { increment: 1 } },
      })
      .catch(() => {
        throw new AppError("NOT_FOUND", "未找到该人员。");
      });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "officer.password_reset",
      targetType: "Officer",
      targetId: officer.id,
      details: { username: officer.username },
    });
    return officer;
  });
  await clearSignInFailures(result.username);
  return result;
}

/** 公文收发员、电子印章管理员: duties as the audit log and the list show them. */
export function dutyNames(duties: readonly OfficerDuty[]): string {
  return duties.map((d) => DUTY_LABELS[d]).join("、");
}

export async function listOfficers({ actor }: { actor: Actor }) {
  assertPermission(actor, "officers.manage");
  return prisma.officer.findMany({
    orderBy: [{ isActive: "desc" }, { department: { sortOrder: "asc" } }, { username: "asc" }],
    select: {
      id: true,
      username: true,
      name: true,
      phone: true,
      role: true,
      duties: true,
      isActive: true,
      lockedUntil: true,
      lastSignInAt: true,
      department: { select: { id: true, name: true } },
    },
  });
}

export async function getOfficer({ actor, officerId }: { actor: Actor; officerId: string }) {
  assertPermission(actor, "officers.manage");
  const officer = await prisma.officer.findUnique({
    where: { id: officerId },
    select: {
      id: true,
      username: true,
      name: true,
      phone: true,
      role: true,
      duties: true,
      isActive: true,
      lockedUntil: true,
      lastSignInAt: true,
      createdAt: true,
      departmentId: true,
      department: { select: { name: true } },
    },
  });
  if (!officer) throw new AppError("NOT_FOUND", "未找到该人员。");
  return officer;
}

export async function listDepartments() {
  return prisma.department.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true, code: true } });
}

const AUDIT_PAGE = 50;

/** The audit log, newest first, keyset-paginated by id. */
export async function listAuditLog({ actor, before }: { actor: Actor; before?: bigint }) {
  assertPermission(actor, "audit.view");
  const rows = await prisma.auditLog.findMany({
    where: before ? { id: { lt: before } } : undefined,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE + 1,
    include: { actor: { select: { name: true, username: true } } },
  });
  const hasMore = rows.length > AUDIT_PAGE;
  const page = rows.slice(0, AUDIT_PAGE);
  return { entries: page, nextBefore: hasMore ? page.at(-1)!.id : null };
}
