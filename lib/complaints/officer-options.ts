// Choices for the officer's complaint forms and filters: departments (transfer, dispatch, board
// filter) and categories (workbench filter), including categories not offered to the public.
import "server-only";
import { prisma } from "../db";

export async function complaintFormOptions() {
  const [departments, categories] = await Promise.all([
    prisma.department.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true, kind: true } }),
    prisma.complaintCategory.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    departments: departments.map((d) => ({ value: d.id, label: d.name })),
    categories: categories.map((c) => ({ value: c.id, label: c.name })),
  };
}
