import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authenticateOfficer, loadActiveActor, MAX_FAILED_SIGN_INS } from "@/lib/auth/authenticate-officer";
import { createDepartment, createOfficer, unique } from "@/test/factories";
import { createOfficer as addOfficer, listAuditLog, resetOfficerPassword, setOfficerActive, updateOfficer } from "./manage-officers";

async function admin() {
  return (await createOfficer({ role: "ADMIN" })).actor;
}

describe("the authorized list", () => {
  it("adds an officer who can then sign in, and audits who did it", async () => {
    const actor = await admin();
    const department = await createDepartment();
    const username = unique("new.");
    const officer = await addOfficer({
      actor,
      input: { username, name: "孙丽", phone: "13912345678", role: "HANDLER", departmentId: department.id, password: "Willow-Creek-58" },
    });
    await expect(authenticateOfficer({ username, password: "Willow-Creek-58" })).resolves.toMatchObject({ id: officer.id });
    const [entry] = await prisma.auditLog.findMany({ where: { targetId: officer.id } });
    expect(entry).toMatchObject({ actorId: actor.id, action: "officer.created" });
    expect(entry.createdAt).toBeInstanceOf(Date);
  });

  it("gives field messages for bad input and a taken username", async () => {
    const actor = await admin();
    const err = await addOfficer({ actor, input: { username: "X", name: "", phone: "123", role: "", departmentId: "", password: "short" } }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fieldErrors).toMatchObject({
      username: "登录名应为3至32位小写字母、数字、点、下划线或连字符",
      name: "请填写姓名",
      phone: "手机号应为11位数字，以1开头",
      role: "请选择角色",
      departmentId: "请选择所属部门",
      password: "密码至少需要10位",
    });

    const { officer } = await createOfficer();
    const dup = await addOfficer({
      actor,
      input: { username: officer.username, name: "重名", phone: "", role: "HANDLER", departmentId: officer.departmentId, password: "Willow-Creek-58" },
    }).catch((e) => e);
    expect(dup.fieldErrors).toEqual({ username: "该登录名已被使用，请换一个" });
  });

  it("refuses officers without officers.manage", async () => {
    const { actor: handler } = await createOfficer({ role: "HANDLER" });
    const { officer } = await createOfficer();
    await expect(setOfficerActive({ actor: handler, officerId: officer.id, isActive: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.officer.findUniqueOrThrow({ where: { id: officer.id } })).isActive).toBe(true);
  });

  it("deactivates an officer, who then cannot sign in", async () => {
    const actor = await admin();
    const { officer, password } = await createOfficer();
    await setOfficerActive({ actor, officerId: officer.id, isActive: false });
    await expect(authenticateOfficer({ username: officer.username, password })).rejects.toMatchObject({ code: "ACCOUNT_INACTIVE" });
    const actions = (await prisma.auditLog.findMany({ where: { targetId: officer.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["officer.deactivated", "officer.sign_in_failed"]);
  });

  it("changes role and department and records before and after", async () => {
    const actor = await admin();
    const { officer } = await createOfficer({ role: "HANDLER" });
    const target = await createDepartment();
    await updateOfficer({ actor, input: { officerId: officer.id, role: "DEPARTMENT_HEAD", departmentId: target.id, phone: "" } });
    const after = await prisma.officer.findUniqueOrThrow({ where: { id: officer.id } });
    expect(after).toMatchObject({ role: "DEPARTMENT_HEAD", departmentId: target.id });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { targetId: officer.id, action: "officer.updated" } });
    expect(entry.details).toMatchObject({ before: { role: "HANDLER" }, after: { role: "DEPARTMENT_HEAD", departmentId: target.id } });
  });

  it("resets a password and lifts a lock", async () => {
    const actor = await admin();
    const { officer } = await createOfficer();
    await prisma.officer.update({ where: { id: officer.id }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    await resetOfficerPassword({ actor, input: { officerId: officer.id, password: "Amber-Lantern-93" } });
    await expect(authenticateOfficer({ username: officer.username, password: "Amber-Lantern-93" })).resolves.toMatchObject({ id: officer.id, mustChangePassword: true });
    // The admin knows that password: it opens only the change-password page.
    expect((await prisma.officer.findUniqueOrThrow({ where: { id: officer.id } })).mustChangePassword).toBe(true);
  });

  it("refuses weak and known passwords when adding an officer or resetting one", async () => {
    const actor = await admin();
    const department = await createDepartment();
    for (const weak of ["Demo2026Demo", "password12", "12345678ab", "Tongchuan2026"]) {
      const err = await addOfficer({
        actor,
        input: { username: unique("weak."), name: "孙丽", phone: "", role: "HANDLER", departmentId: department.id, password: weak },
      }).catch((e) => e);
      expect(err.fieldErrors?.password, weak).toMatch(/太常见|至少需要10位|已公开/);
    }
    const { officer, password } = await createOfficer();
    const err = await resetOfficerPassword({ actor, input: { officerId: officer.id, password: "password123" } }).catch((e) => e);
    expect(err.fieldErrors?.password).toMatch(/太常见/);
    const named = await resetOfficerPassword({ actor, input: { officerId: officer.id, password: `${officer.username}-x9!` } }).catch((e) => e);
    expect(named.fieldErrors?.password).toBe("密码不能包含登录名或姓名");
    // Nothing changed: the old password still works.
    await expect(authenticateOfficer({ username: officer.username, password })).resolves.toMatchObject({ id: officer.id });
  });

  it("ends the officer's sessions on a reset, a deactivation, a reactivation and a role change, but not on a phone change", async () => {
    const actor = await admin();
    const { officer } = await createOfficer({ role: "HANDLER" });
    const version = async () => (await prisma.officer.findUniqueOrThrow({ where: { id: officer.id } })).sessionVersion;
    expect(await version()).toBe(0);

    await resetOfficerPassword({ actor, input: { officerId: officer.id, password: "Amber-Lantern-93" } });
    expect(await version()).toBe(1);
    expect(await loadActiveActor(officer.id, 0)).toBeNull();

    await setOfficerActive({ actor, officerId: officer.id, isActive: false });
    expect(await version()).toBe(2);
    await setOfficerActive({ actor, officerId: officer.id, isActive: true });
    expect(await version()).toBe(3);
    // A cookie from before the deactivation does not come back to life.
    expect(await loadActiveActor(officer.id, 1)).toBeNull();
    // (The reset's password must be changed before the officer acts at all.)
    expect(await loadActiveActor(officer.id, 3)).toBeNull();
    await prisma.officer.update({ where: { id: officer.id }, data: { mustChangePassword: false } });
    expect(await loadActiveActor(officer.id, 3)).toMatchObject({ id: officer.id });

    await updateOfficer({ actor, input: { officerId: officer.id, role: "HANDLER", departmentId: officer.departmentId, phone: "13912345678" } });
    expect(await version()).toBe(3);
    await updateOfficer({ actor, input: { officerId: officer.id, role: "DEPARTMENT_HEAD", departmentId: officer.departmentId, phone: "" } });
    expect(await version()).toBe(4);
  });

  it("lifts the sign-in lock on the name when resetting", async () => {
    const actor = await admin();
    const { officer } = await createOfficer();
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) {
      await authenticateOfficer({ username: officer.username, password: "wrong-pass1", clientAddress: `10.9.${i}.1` }).catch(() => undefined);
    }
    await expect(authenticateOfficer({ username: officer.username, password: "wrong-pass1", clientAddress: "10.9.9.9" })).rejects.toMatchObject({
      code: "ACCOUNT_LOCKED",
    });
    await resetOfficerPassword({ actor, input: { officerId: officer.id, password: "Amber-Lantern-93" } });
    await expect(authenticateOfficer({ username: officer.username, password: "Amber-Lantern-93", clientAddress: "10.9.9.8" })).resolves.toMatchObject({
      id: officer.id,
    });
  });

  it("keeps the audit log append-only", async () => {
    const actor = await admin();
    const { officer } = await createOfficer();
    await setOfficerActive({ actor, officerId: officer.id, isActive: false });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { targetId: officer.id } });
    await expect(prisma.auditLog.update({ where: { id: entry.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    const { entries } = await listAuditLog({ actor });
    expect(entries.some((e) => e.id === entry.id)).toBe(true);
  });

  it("grants and revokes duties on create and edit, ends the officer's sessions and audits each change", async () => {
    const actor = await admin();
    const department = await createDepartment();
    const created = await addOfficer({
      actor,
      input: { username: unique("clerk."), name: "周敏", phone: "", role: "OFFICE_STAFF", departmentId: department.id, duties: ["DOCUMENT_CLERK"], password: "Willow-Creek-58" },
    });
    expect(created.duties).toEqual(["DOCUMENT_CLERK"]);
    const version = async () => (await prisma.officer.findUniqueOrThrow({ where: { id: created.id } })).sessionVersion;
    const v0 = await version();

    // One box ticked arrives as a string; several as a list (kept in the list's order, each once).
    const granted = await updateOfficer({ actor, input: { officerId: created.id, role: "OFFICE_STAFF", departmentId: department.id, phone: "", duties: ["SEAL_KEEPER", "DOCUMENT_CLERK", "SEAL_KEEPER"] } });
    expect(granted.duties).toEqual(["DOCUMENT_CLERK", "SEAL_KEEPER"]);
    expect(await version()).toBe(v0 + 1);
    const entries = await prisma.auditLog.findMany({ where: { targetId: created.id, action: "officer.duties_changed" } });
    expect(entries.map((e) => e.details)).toEqual([expect.objectContaining({ granted: "电子印章管理员", revoked: "" })]);
    await expect(loadActiveActor(created.id, v0)).resolves.toBeNull();
    await expect(loadActiveActor(created.id, v0 + 1)).resolves.toMatchObject({ duties: ["DOCUMENT_CLERK", "SEAL_KEEPER"] });

    // Saving the same duties again ends nothing and logs no duty change.
    await updateOfficer({ actor, input: { officerId: created.id, role: "OFFICE_STAFF", departmentId: department.id, phone: "", duties: ["DOCUMENT_CLERK", "SEAL_KEEPER"] } });
    expect(await version()).toBe(v0 + 1);

    const revoked = await updateOfficer({ actor, input: { officerId: created.id, role: "OFFICE_STAFF", departmentId: department.id, phone: "", duties: "SEAL_KEEPER" } });
    expect(revoked.duties).toEqual(["SEAL_KEEPER"]);
    expect(await version()).toBe(v0 + 2);
    const last = await prisma.auditLog.findFirstOrThrow({ where: { targetId: created.id, action: "officer.duties_changed" }, orderBy: { id: "desc" } });
    expect(last.details).toMatchObject({ granted: "", revoked: "公文收发员" });

    // Nothing ticked: no duties.
    expect((await updateOfficer({ actor, input: { officerId: created.id, role: "DRIVER", departmentId: department.id, phone: "" } })).duties).toEqual([]);

    const err = await updateOfficer({ actor, input: { officerId: created.id, role: "LEADER", departmentId: department.id, phone: "", duties: ["CHAUFFEUR"] } }).catch((e) => e);
    expect(err).toMatchObject({ code: "VALIDATION", fieldErrors: { duties: "请选择有效的职责" } });
  });

  it("offers every role, the new ones included, and every duty on the forms", async () => {
    const { officerFormOptions } = await import("./options");
    const options = await officerFormOptions();
    expect(options.roles.map((r) => r.label)).toEqual(expect.arrayContaining(["县领导", "政府办工作人员", "驾驶员"]));
    expect(options.duties.map((d) => d.label)).toEqual(["公文收发员", "电子印章管理员", "信息员", "会务"]);
  });
});
