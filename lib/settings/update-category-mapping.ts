// Changes which department handles a complaint category, its SLA class, and whether citizens can
// choose it. Filed cases keep their department and deadline; only new cases follow the change.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZUpdateCategoryMappingInput } from "./settings.schema";

const invalid = (fieldErrors: Record<string, string>) => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors });

export async function updateCategoryMapping({ actor, input }: { actor: Actor | null; input: Record<string, unknown> }) {
  assertPermission(actor, "settings.manage");
  const data = parseInput(ZUpdateCategoryMappingInput, input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.complaintCategory.findUnique({ where: { id: data.categoryId } });
    if (!before) throw new AppError("NOT_FOUND", "未找到该诉求类别。");
    const [department, slaClass] = await Promise.all([
      tx.department.findUnique({ where: { id: data.departmentId }, select: { id: true } }),
      tx.slaClass.findUnique({ where: { id: data.slaClassId }, select: { id: true } }),
    ]);
    const errors: Record<string, string> = {};
    if (!department) errors.departmentId = "所选承办部门不存在";
    if (!slaClass) errors.slaClassId = "所选时限类别不存在";
    if (Object.keys(errors).length) throw invalid(errors);

    const after = await tx.complaintCategory.update({
      where: { id: before.id },
      data: { departmentId: data.departmentId, slaClassId: data.slaClassId, isActive: data.isActive, isPublic: data.isPublic },
    });
    const pick = (c: typeof before) => ({ departmentId: c.departmentId, slaClassId: c.slaClassId, isActive: c.isActive, isPublic: c.isPublic });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "complaint_category.updated",
      targetType: "ComplaintCategory",
      targetId: after.id,
      details: { code: after.code, before: pick(before), after: pick(after) },
    });
    return after;
  });
}
