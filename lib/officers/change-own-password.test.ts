import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authenticateOfficer, loadActiveActor, loadSessionOfficer } from "@/lib/auth/authenticate-officer";
import { signOutOfficer } from "@/lib/auth/sign-out-officer";
import { createOfficer } from "@/test/factories";
import { changeOwnPassword } from "./change-own-password";

const NEW = "Copper-Meadow-71";

describe("changeOwnPassword", () => {
  it("changes the password after checking the current one, and ends every session", async () => {
    const { officer, actor, password } = await createOfficer();
    await changeOwnPassword({ actor, input: { currentPassword: password, newPassword: NEW, confirmPassword: NEW }, clientAddress: "10.1.1.1" });
    const after = await prisma.officer.findUniqueOrThrow({ where: { id: officer.id } });
    expect(after.sessionVersion).toBe(1);
    expect(await loadActiveActor(officer.id, 0)).toBeNull();
    await expect(authenticateOfficer({ username: officer.username, password, clientAddress: "10.1.1.2" })).rejects.toMatchObject({
      code: "INVALID_CREDENTIALS",
    });
    await expect(authenticateOfficer({ username: officer.username, password: NEW, clientAddress: "10.1.1.3" })).resolves.toMatchObject({
      sessionVersion: 1,
    });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { targetId: officer.id, action: "officer.password_changed" } });
    expect(entry.actorId).toBe(officer.id);
  });

  it("gives field messages: wrong current password, weak new one, a mismatch, the same password", async () => {
    const { actor, password, officer } = await createOfficer();
    const fields = (input: Record<string, string>) =>
      changeOwnPassword({ actor, input, clientAddress: "10.1.2.1" }).then(
        () => null,
        (err) => err.fieldErrors,
      );
    expect(await fields({ currentPassword: "", newPassword: "", confirmPassword: "" })).toEqual({
      currentPassword: "请填写当前密码",
      newPassword: "请填写新密码",
      confirmPassword: "请再次填写新密码",
    });
    expect(await fields({ currentPassword: "wrong-pass1", newPassword: NEW, confirmPassword: NEW })).toEqual({ currentPassword: "当前密码不正确" });
    // Missing fields and a weak new password are named together.
    expect(await fields({ currentPassword: "", newPassword: "password123", confirmPassword: "" })).toEqual({
      currentPassword: "请填写当前密码",
      newPassword: expect.stringContaining("太常见"),
      confirmPassword: "请再次填写新密码",
    });
    expect(await fields({ currentPassword: password, newPassword: "password123", confirmPassword: "password123" })).toMatchObject({
      newPassword: expect.stringContaining("太常见"),
    });
    expect(await fields({ currentPassword: password, newPassword: NEW, confirmPassword: `${NEW}x` })).toEqual({ confirmPassword: "两次填写的新密码不一致" });
    expect(await fields({ currentPassword: password, newPassword: password, confirmPassword: password })).toEqual({
      newPassword: "新密码不能与当前密码相同",
    });
    expect((await prisma.officer.findUniqueOrThrow({ where: { id: officer.id } })).sessionVersion).toBe(0);
  });

  it("lets an officer who must change their password do so, and then act", async () => {
    const { officer, actor, password } = await createOfficer({ role: "ADMIN" });
    await prisma.officer.update({ where: { id: officer.id }, data: { mustChangePassword: true } });
    expect(await loadActiveActor(officer.id, 0)).toBeNull();
    await changeOwnPassword({ actor, input: { currentPassword: password, newPassword: NEW, confirmPassword: NEW }, clientAddress: "10.1.3.1" });
    expect(await loadSessionOfficer(officer.id, 1)).toMatchObject({ mustChangePassword: false });
    expect(await loadActiveActor(officer.id, 1)).toMatchObject({ id: officer.id });
  });
});

describe("signOutOfficer", () => {
  it("moves the session version on, so the signed-out cookie is refused", async () => {
    const { officer } = await createOfficer();
    expect(await signOutOfficer({ officerId: officer.id, sessionVersion: 0 })).toBe(true);
    expect(await loadActiveActor(officer.id, 0)).toBeNull();
    expect(await loadActiveActor(officer.id, 1)).toMatchObject({ id: officer.id });
    // A stale cookie's sign-out does not end the newer session.
    expect(await signOutOfficer({ officerId: officer.id, sessionVersion: 0 })).toBe(false);
    expect(await loadActiveActor(officer.id, 1)).toMatchObject({ id: officer.id });
    expect(await prisma.auditLog.count({ where: { targetId: officer.id, action: "officer.signed_out" } })).toBe(1);
  });
});
