// The first administrator of a production database (`npm run officer:create-admin`): the one
// account made outside the officer pages, by whoever runs commands on the server. Its password
// must pass the strength rule and must be changed at first sign-in (mustChangePassword), so the
// password typed into a terminal or a deployment variable never stays in use.
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "../audit/write-audit";
import { hashPassword, passwordProblem } from "../auth/password";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZCreateOfficerInput } from "./officer.schema";

export interface TCreateFirstAdminInput {
  username: string;
  name: string;
  password: string;
  /** A department code; the fallback owner (the county government office) by default. */
  departmentCode?: string;
  /** Make one even though an active administrator exists (a recovery, for the record). */
  allowAnother?: boolean;
}

export async function createFirstAdmin(prisma: PrismaClient, input: TCreateFirstAdminInput) {
  const department = input.departmentCode
    ? await prisma.department.findUnique({ where: { code: input.departmentCode } })
    : await prisma.department.findFirst({ where: { isFallbackOwner: true } });
  if (!department) {
    throw new AppError("VALIDATION", "提交失败，请检查以下问题", {
      fieldErrors: { departmentId: input.departmentCode ? `没有编码为 ${input.departmentCode} 的部门` : "还没有部门：请先运行 npm run db:prepare" },
    });
  }
  const data = parseInput(ZCreateOfficerInput, {
    username: input.username,
    name: input.name,
    phone: "",
    role: "ADMIN",
    departmentId: department.id,
    password: input.password,
  });
  const problem = passwordProblem(data.password, [data.username, data.name]);
  if (problem) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { password: problem } });
  if (!input.allowAnother && (await prisma.officer.count({ where: { role: "ADMIN", isActive: true } })) > 0) {
    throw new AppError("CONFLICT", "已有启用的系统管理员：请由其在“人员授权”中添加人员。确需再建一个（例如管理员密码遗失），请加 --another。");
  }
  const passwordHash = await hashPassword(data.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const officer = await tx.officer.create({
        data: { username: data.username, name: data.name, role: "ADMIN", departmentId: department.id, passwordHash, mustChangePassword: true },
      });
      await writeAudit(tx, {
        actorId: null,
        action: "officer.created",
        targetType: "Officer",
        targetId: officer.id,
        details: { username: officer.username, name: officer.name, role: officer.role, departmentId: department.id, via: "officer:create-admin" },
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
