import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authenticateOfficer, loadActiveActor, loadSessionOfficer } from "@/lib/auth/authenticate-officer";
import { seedReferenceData } from "@/lib/seed/seed-reference-data";
import { createFirstAdmin } from "./create-first-admin";

describe("createFirstAdmin", () => {
  it("refuses a weak or known password", async () => {
    await seedReferenceData(prisma, { year: 2026 });
    for (const password of ["Demo2026", "password1", "12345678a", "Demo2026-county"]) {
      const err = await createFirstAdmin(prisma, { username: "chief", name: "周敏", password }).catch((e) => e);
      expect(err.fieldErrors?.password, password).toBeTruthy();
    }
    expect(await prisma.officer.count()).toBe(0);
  });

  it("makes an administrator in the fallback department who must change the password before acting", async () => {
    const officer = await createFirstAdmin(prisma, { username: "chief", name: "周敏", password: "Granite-Orchard-64" });
    expect(officer).toMatchObject({ role: "ADMIN", mustChangePassword: true, isActive: true });
    const department = await prisma.department.findUniqueOrThrow({ where: { id: officer.departmentId } });
    expect(department.isFallbackOwner).toBe(true);
    const signedIn = await authenticateOfficer({ username: "chief", password: "Granite-Orchard-64", clientAddress: "10.2.0.1" });
    expect(signedIn.mustChangePassword).toBe(true);
    expect(await loadSessionOfficer(officer.id, signedIn.sessionVersion)).toMatchObject({ mustChangePassword: true });
    expect(await loadActiveActor(officer.id, signedIn.sessionVersion)).toBeNull();
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { targetId: officer.id, action: "officer.created" } });
    expect(entry.details).toMatchObject({ via: "officer:create-admin" });
  });

  it("refuses a second administrator unless asked, and a taken name always", async () => {
    const again = await createFirstAdmin(prisma, { username: "chief2", name: "王芳", password: "Granite-Orchard-64" }).catch((e) => e);
    expect(again.code).toBe("CONFLICT");
    const taken = await createFirstAdmin(prisma, { username: "chief", name: "王芳", password: "Granite-Orchard-64", allowAnother: true }).catch((e) => e);
    expect(taken.fieldErrors).toEqual({ username: "该登录名已被使用，请换一个" });
    await expect(
      createFirstAdmin(prisma, { username: "chief2", name: "王芳", password: "Granite-Orchard-64", allowAnother: true }),
    ).resolves.toMatchObject({ role: "ADMIN" });
  });
});
