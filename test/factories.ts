// Test fixtures that create their own records with unique values, so tests never depend on
// each other or on order.
import { randomBytes } from "node:crypto";
import type { OfficerRole } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/actor";

export const unique = (prefix: string) => `${prefix}${randomBytes(4).toString("hex")}`;

export async function createDepartment(name = unique("测试部门")) {
  return prisma.department.create({ data: { code: unique("DEPT_"), name } });
}

export async function createOfficer(options: { role?: OfficerRole; password?: string; isActive?: boolean } = {}) {
  const department = await createDepartment();
  const password = options.password ?? "Secret123";
  const officer = await prisma.officer.create({
    data: {
      username: unique("officer"),
      name: "测试人员",
      role: options.role ?? "HANDLER",
      departmentId: department.id,
      isActive: options.isActive ?? true,
      passwordHash: await hashPassword(password),
    },
  });
  const actor: Actor = { id: officer.id, name: officer.name, username: officer.username, role: officer.role, departmentId: officer.departmentId };
  return { officer, actor, password, department };
}
