// What the settings pages show. Each read checks settings.manage like the changes do.
import "server-only";
import { prisma } from "../db";
import { assertPermission, type Actor } from "../auth/actor";
import { publicHolidaysOf } from "../calendar/cn-public-holidays";

export async function listSlaClasses({ actor }: { actor: Actor | null }) {
  assertPermission(actor, "settings.manage");
  return prisma.slaClass.findMany({
    orderBy: [{ unit: "asc" }, { amount: "asc" }, { code: "asc" }],
    include: { _count: { select: { categories: true } } },
  });
}

export async function listCategoryMappings({ actor }: { actor: Actor | null }) {
  assertPermission(actor, "settings.manage");
  const [categories, departments, slaClasses] = await Promise.all([
    prisma.complaintCategory.findMany({
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      include: { department: { select: { name: true } }, slaClass: { select: { name: true, unit: true, amount: true } } },
    }),
    prisma.department.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
    prisma.slaClass.findMany({ orderBy: [{ unit: "asc" }, { amount: "asc" }], select: { id: true, name: true, unit: true, amount: true } }),
  ]);
  return { categories, departments, slaClasses };
}

export async function listCalendarDays({ actor, year }: { actor: Actor | null; year: number }) {
  assertPermission(actor, "settings.manage");
  const days = await prisma.workCalendarDay.findMany({
    where: { date: { gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 1}-01-01T00:00:00Z`) } },
    orderBy: { date: "asc" },
  });
  return {
    days: days.map((d) => ({ date: d.date.toISOString().slice(0, 10), isWorkingDay: d.isWorkingDay, holidayName: d.holidayName })),
    hasOfficialTable: publicHolidaysOf(year).length > 0,
  };
}

export async function getSlaClass({ actor, slaClassId }: { actor: Actor | null; slaClassId: string }) {
  assertPermission(actor, "settings.manage");
  return prisma.slaClass.findUnique({ where: { id: slaClassId } });
}

export async function getCategoryMapping({ actor, categoryId }: { actor: Actor | null; categoryId: string }) {
  assertPermission(actor, "settings.manage");
  return prisma.complaintCategory.findUnique({ where: { id: categoryId }, include: { department: { select: { name: true } } } });
}
