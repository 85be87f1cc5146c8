// Choices for the officer's complaint forms and filters: departments (transfer, dispatch, board
// filter) and categories (workbench filter), including categories not offered to the public.
import "server-only";
import { prisma } from "../db";

export async function complaintFormOptions() {
  const [departments, categories] = await Promise.all([
    prisma.department.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true, kind: true, isFallbackOwner: true } }),
    prisma.complaintCategory.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    departments: departments.map((d) => ({ value: d.id, label: d.name })),
    /** Where a case may be transferred or dispatched: never the supervision office (it supervises, never owns). */
    handlingDepartments: departments.filter((d) => d.kind !== "SUPERVISION_OFFICE").map((d) => ({ value: d.id, label: d.name })),
    /** Where the 12345 desk dispatches: a department that owns cases, not the fallback desk itself. */
    dispatchDepartments: departments.filter((d) => d.kind !== "SUPERVISION_OFFICE" && !d.isFallbackOwner).map((d) => ({ value: d.id, label: d.name })),
    categories: categories.map((c) => ({ value: c.id, label: c.name })),
  };
}

/**
 * What an officer typed, as people read it: the conflict box repeats it, and a chosen handler or
 * department is an id in the form; this gives its name instead.
 */
export async function describeTypedValues(values: Record<string, string>): Promise<Record<string, string>> {
  const shown = { ...values };
  if (values.handlerId) {
    const o = await prisma.officer.findUnique({ where: { id: values.handlerId }, select: { name: true } });
    shown.handlerId = o ? `承办人：${o.name}` : "";
  }
  if (values.departmentId) {
    const d = await prisma.department.findUnique({ where: { id: values.departmentId }, select: { name: true } });
    shown.departmentId = d ? `部门：${d.name}` : "";
  }
  return shown;
}
