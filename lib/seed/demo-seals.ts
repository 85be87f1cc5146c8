// Demo electronic seals: the county government's seal, kept by the government office (officer
// `office`), and the transport bureau's (officer `clerk`), so sealing works in the demo county
// without an admin making seals first. Only for units that never had a seal.
import type { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "../env";
import { defaultSealName, insertSeal } from "../seals/insert-seal";

export async function seedDemoSeals(prisma: PrismaClient): Promise<void> {
  const admin = await prisma.officer.findUnique({ where: { username: "admin" }, select: { id: true } });
  if (!admin) return;
  const units = [
    { code: "GOV_OFFICE", name: (_: string) => getEnv().SITE_NAME },
    { code: "TRANSPORT", name: (departmentName: string) => defaultSealName(departmentName) },
  ];
  for (const unit of units) {
    const department = await prisma.department.findUnique({ where: { code: unit.code }, select: { id: true, name: true, _count: { select: { seals: true } } } });
    if (!department || department._count.seals > 0) continue;
    await insertSeal(prisma, { departmentId: department.id, name: unit.name(department.name), createdById: admin.id });
  }
}
