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
