// An officer changes their own password (/officer/password), also the first thing a new
// administrator must do. The current password is checked through the same counters as a
// sign-in, so the form is no way around the lockout; the new one must pass the strength rule.
// Every session of the officer ends (the session version moves on), this one included: the
// officer signs in again with the new password.
import { prisma } from "../db";
import { AppError, isAppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import type { Actor } from "../auth/actor";
import { authenticateOfficer } from "../auth/authenticate-officer";
import { hashPassword, passwordProblem } from "../auth/password";
import { fieldErrorsOf } from "../validation";
import { ZChangeOwnPasswordInput, type TChangeOwnPasswordInput } from "./officer.schema";

const FAILED = "提交失败，请检查以下问题";

export async function changeOwnPassword({
  actor,
  input,
  clientAddress,
}: {
  actor: Actor;
  input: TChangeOwnPasswordInput | Record<string, unknown>;
  clientAddress?: string;
}): Promise<void> {
  // Every problem with the answers at once: the missing fields and the new password's strength.
  const parsed = ZChangeOwnPasswordInput.safeParse(input);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const newPassword = typeof input.newPassword === "string" ? input.newPassword : "";
  if (newPassword && !errors.newPassword) {
    const problem = newPassword === input.currentPassword ? "新密码不能与当前密码相同" : passwordProblem(newPassword, [actor.username, actor.name]);
    if (problem) errors.newPassword = problem;
  }
  if (!parsed.success || Object.keys(errors).length) throw new AppError("VALIDATION", FAILED, { fieldErrors: errors });
  const data = parsed.data;

  try {
    await authenticateOfficer({ username: actor.username, password: data.currentPassword, clientAddress, purpose: "confirm" });
  } catch (err) {
    if (isAppError(err, "INVALID_CREDENTIALS")) {
      throw new AppError("VALIDATION", FAILED, { fieldErrors: { currentPassword: "当前密码不正确" } });
    }
    if (isAppError(err, "ACCOUNT_LOCKED") || isAppError(err, "RATE_LIMITED")) {
      throw new AppError("VALIDATION", FAILED, { fieldErrors: { currentPassword: err.userMessage } });
    }
    throw err;
  }

  const passwordHash = await hashPassword(data.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.officer.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "officer.password_changed",
      targetType: "Officer",
      targetId: actor.id,
      details: { username: actor.username },
    });
  });
}
