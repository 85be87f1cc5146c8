// 办理结果公开: handled cases the citizen agreed to publish and an officer approved, masked.
// The one definition of a public case and its public text: the Open311 API
// (lib/open311/georeport.ts) and the similar-complaints panel (find-similar-complaints.ts) use
// `publishedCaseWhere`, `publishedCaseSelect` and `toPublishedCase` too.
import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { maskName, maskPii } from "./mask-pii";

export const PUBLISHED_PAGE_SIZE = 10;

export const ZPublishedFilters = z.object({
  categoryId: z.string().max(40).optional().catch(undefined),
  departmentId: z.string().max(40).optional().catch(undefined),
  month: z.string().regex(/^\d{4}-\d{2}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

// Investors' inquiries are private correspondence: never listed, even if a consent flag were set.
export const publishedCaseWhere: Prisma.ComplaintWhereInput = { consentToPublish: true, publicationApprovedAt: { not: null }, status: { in: ["RESOLVED", "CLOSED"] }, source: { not: "INVESTMENT_INQUIRY" } };

/** The page shows the title as its heading: an approved text that starts with it does not repeat it. */
export function withoutLeadingTitle(text: string, titles: string[]): string {
  const [first, ...rest] = text.split("\n");
  return titles.includes(first.trim()) ? rest.join("\n").replace(/^\s*\n/, "").trimStart() : text;
}

export function toPublishedCase(c: { id: string; trackingNo: string; title: string; publicationText: string | null; resolvedAt: Date | null; createdAt: Date; isAnonymous: boolean; citizenName: string | null; satisfaction: number | null; category: { name: string }; department: { name: string } }) {
  return {
    id: c.id,
    trackingNo: c.trackingNo,
    // The title is the citizen's own words too: masked like the approved text.
    title: maskPii(c.title, { names: [c.citizenName] }),
    text: withoutLeadingTitle(c.publicationText ?? "", [c.title, maskPii(c.title, { names: [c.citizenName] })]),
    createdAt: c.createdAt,
    resolvedAt: c.resolvedAt,
    citizen: c.isAnonymous || !c.citizenName ? "匿名" : maskName(c.citizenName),
    satisfaction: c.satisfaction,
    categoryName: c.category.name,
    departmentName: c.department.name,
  };
}

export const publishedCaseSelect = { id: true, trackingNo: true, title: true, publicationText: true, resolvedAt: true, createdAt: true, isAnonymous: true, citizenName: true, satisfaction: true, category: { select: { name: true } }, department: { select: { name: true } } } as const;

export async function listPublishedCases({ filters: raw }: { filters: Record<string, unknown> }) {
  const filters = ZPublishedFilters.parse(raw);
  const where: Prisma.ComplaintWhereInput = { ...publishedCaseWhere };
  if (filters.categoryId) where.categoryId = filters.categoryId;
  if (filters.departmentId) where.departmentId = filters.departmentId;
  if (filters.month) {
    const from = new Date(`${filters.month}-01T00:00:00+08:00`);
    const to = new Date(from);
    to.setUTCMonth(to.getUTCMonth() + 1);
    where.createdAt = { gte: from, lt: to };
  }
  const [total, rows] = await Promise.all([
    prisma.complaint.count({ where }),
    prisma.complaint.findMany({ where, orderBy: [{ publicationApprovedAt: "desc" }, { id: "desc" }], skip: (filters.page - 1) * PUBLISHED_PAGE_SIZE, take: PUBLISHED_PAGE_SIZE, select: publishedCaseSelect }),
  ]);
  return { items: rows.map(toPublishedCase), total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / PUBLISHED_PAGE_SIZE)), filters };
}

/** One published case by id, or null while it is not public (the search index reads it this way). */
export async function getPublishedCaseById({ id }: { id: string }) {
  const c = await prisma.complaint.findFirst({ where: { ...publishedCaseWhere, id }, select: publishedCaseSelect });
  return c ? toPublishedCase(c) : null;
}

export async function getPublishedCase({ trackingNo }: { trackingNo: string }) {
  const c = await prisma.complaint.findFirst({ where: { ...publishedCaseWhere, trackingNo: trackingNo.toUpperCase() }, select: publishedCaseSelect });
  return c ? toPublishedCase(c) : null;
}

/** Categories and departments for the filters and the filing form. */
export async function listComplaintOptions() {
  const [categories, departments] = await Promise.all([
    prisma.complaintCategory.findMany({
      where: { isActive: true, isPublic: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, description: true, department: { select: { name: true } }, slaClass: { select: { name: true, unit: true, amount: true } } },
    }),
    prisma.department.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  return { categories, departments };
}
