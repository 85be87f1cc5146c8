// Published content for the public pages. "Published" is a status plus a date: scheduled items
// become visible once their time has come, without a job having to flip them.
import type { ContentType } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { AppError } from "../errors";
export { CONTENT_TYPE_LABELS } from "./sections";
import { isoDate } from "../format";
import { CONTENT_SECTIONS } from "./sections";

export function publishedWhere(now = new Date()): Prisma.ContentItemWhereInput {
  return {
    OR: [
      { status: "PUBLISHED", OR: [{ publishedAt: null }, { publishedAt: { lte: now } }] },
      { status: "SCHEDULED", publishAt: { lte: now } },
    ],
  };
}

/** publishedWhere for one item in hand. */
export function isPublicNow(item: { status: string; publishAt: Date | null; publishedAt: Date | null }, now = new Date()): boolean {
  if (item.status === "PUBLISHED") return !item.publishedAt || item.publishedAt <= now;
  return item.status === "SCHEDULED" && !!item.publishAt && item.publishAt <= now;
}

/**
 * A document is superseded only once its replacement is public: a replacement still in draft or
 * scheduled for next week must not mark the old one 已废止, nor show its title.
 */
export function supersededWhere(now = new Date()): Prisma.ContentItemWhereInput {
  return { supersededBy: { is: publishedWhere(now) } };
}

const PAGE_SIZE = 20;

/** Page numbers are clamped to 1..10,000 (a link with ?page=1e23 was a 500; now an empty page). */
export const MAX_PAGE = 10_000;
const pageIn = (page: number | undefined) => (Number.isSafeInteger(page) ? Math.min(MAX_PAGE, Math.max(1, page!)) : 1);

export async function listPublishedContent({ types, page: requested = 1, take = PAGE_SIZE, currentOnly = false }: { types: ContentType[]; page?: number; take?: number; currentOnly?: boolean }) {
  const page = pageIn(requested);
  const where: Prisma.ContentItemWhereInput = { AND: [{ type: { in: types } }, publishedWhere(), currentOnly ? { NOT: supersededWhere() } : {}] };
  const [items, total] = await Promise.all([
    prisma.contentItem.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * take,
      take,
      select: {
        id: true,
        slug: true,
        type: true,
        title: true,
        summary: true,
        docNumber: true,
        publishedAt: true,
        warningLevel: true,
        department: { select: { name: true } },
      },
    }),
    prisma.contentItem.count({ where }),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / take)) };
}

export async function getPublishedContent({ slug, types, now = new Date() }: { slug: string; types: ContentType[]; now?: Date }) {
  const item = await prisma.contentItem.findFirst({
    where: { AND: [{ slug, type: { in: types } }, publishedWhere(now)] },
    include: {
      department: { select: { name: true } },
      supersededBy: { select: { slug: true, title: true, type: true } },
      attachments: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!item) throw new AppError("NOT_FOUND", "未找到该内容，可能已被撤回或地址有误。");
  const replacementIsPublic =
    item.supersededById !== null && (await prisma.contentItem.count({ where: { AND: [{ id: item.supersededById }, publishedWhere(now)] } })) > 0;
  // Related items: the ones this item names (fields.relatedSlugs) and the ones that name it,
  // public ones only.
  const named = ((item.fields as { relatedSlugs?: unknown } | null)?.relatedSlugs ?? []) as string[];
  const related = await prisma.contentItem.findMany({
    where: {
      AND: [
        publishedWhere(now),
        { id: { not: item.id } },
        { OR: [...(named.length > 0 ? [{ slug: { in: named } }] : []), { fields: { path: ["relatedSlugs"], array_contains: [item.slug] } }] },
      ],
    },
    orderBy: { publishedAt: "desc" },
    take: 20,
    select: { slug: true, title: true, type: true },
  });
  return { ...item, supersededBy: replacementIsPublic ? item.supersededBy : null, related: related.map((r) => ({ ...r, path: pathOf(r) })) };
}

/** The public path of an item, from its type's section. */
export function pathOf(item: { type: ContentType; slug: string }): string {
  const section = Object.values(CONTENT_SECTIONS).find((s) => s.types.includes(item.type));
  return `${section?.path ?? "/policies"}/${item.slug}`;
}

export interface PolicyFilter {
  type?: "POLICY" | "NOTICE";
  departmentId?: string;
  year?: number;
  page?: number;
}

/** The policies list with its GET filters (type, department, year of publication). */
export async function listPolicies(filter: PolicyFilter, now = new Date()) {
  const take = PAGE_SIZE;
  const page = pageIn(filter.page);
  const year = filter.year;
  const where: Prisma.ContentItemWhereInput = {
    AND: [
      { type: filter.type ? filter.type : { in: ["POLICY", "NOTICE"] } },
      publishedWhere(now),
      filter.departmentId ? { departmentId: filter.departmentId } : {},
      year ? { publishedAt: { gte: new Date(`${year}-01-01T00:00:00+08:00`), lt: new Date(`${year + 1}-01-01T00:00:00+08:00`) } } : {},
    ],
  };
  const [rows, total, facets] = await Promise.all([
    prisma.contentItem.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * take,
      take,
      select: { id: true, slug: true, type: true, title: true, summary: true, docNumber: true, publishedAt: true, department: { select: { name: true } } },
    }),
    prisma.contentItem.count({ where }),
    prisma.contentItem.findMany({
      where: { AND: [{ type: { in: ["POLICY", "NOTICE"] } }, publishedWhere(now)] },
      select: { publishedAt: true, department: { select: { id: true, name: true } } },
    }),
  ]);
  const superseded = new Set(
    (await prisma.contentItem.findMany({ where: { AND: [{ id: { in: rows.map((r) => r.id) } }, supersededWhere(now)] }, select: { id: true } })).map((r) => r.id),
  );
  const items = rows.map((r) => ({ ...r, isSuperseded: superseded.has(r.id) }));
  const departments = new Map<string, string>();
  const years = new Set<number>();
  for (const f of facets) {
    if (f.department) departments.set(f.department.id, f.department.name);
    if (f.publishedAt) years.add(Number(isoDate(f.publishedAt).slice(0, 4)));
  }
  return {
    items,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / take)),
    departments: [...departments].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, "zh")),
    years: [...years].sort((a, b) => b - a),
  };
}

const LEVEL_RANK = { RED: 4, ORANGE: 3, YELLOW: 2, BLUE: 1 } as const;

/** Warnings and rural information: the ones in force first, most severe first; expired ones marked. */
export async function listWarningsPage(now = new Date()) {
  const items = await prisma.contentItem.findMany({
    where: { AND: [{ type: { in: ["WARNING", "RURAL_INFO"] } }, publishedWhere(now)] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, slug: true, type: true, title: true, summary: true, warningLevel: true, area: true, validFrom: true, validUntil: true, publishedAt: true, fields: true, department: { select: { name: true } } },
  });
  const rows = items.map((i) => ({ ...i, isExpired: !!i.validUntil && i.validUntil <= now, category: String((i.fields as { category?: unknown } | null)?.category ?? "") }));
  const active = rows.filter((r) => r.type === "WARNING" && !r.isExpired).sort((a, b) => (LEVEL_RANK[b.warningLevel ?? "BLUE"] ?? 0) - (LEVEL_RANK[a.warningLevel ?? "BLUE"] ?? 0));
  const expired = rows.filter((r) => r.type === "WARNING" && r.isExpired);
  const rural = rows.filter((r) => r.type === "RURAL_INFO");
  return { active, expired, rural };
}

/** Investment section: projects, parks and incentives, each with its structured fields. */
export async function listInvestment(now = new Date()) {
  const items = await prisma.contentItem.findMany({
    where: { AND: [{ type: { in: ["INVESTMENT_PROJECT", "PARK", "INCENTIVE"] } }, publishedWhere(now)] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, slug: true, type: true, title: true, summary: true, fields: true, publishedAt: true, docNumber: true, department: { select: { name: true } } },
  });
  return {
    projects: items.filter((i) => i.type === "INVESTMENT_PROJECT"),
    parks: items.filter((i) => i.type === "PARK"),
    incentives: items.filter((i) => i.type === "INCENTIVE"),
  };
}

/** Every public item, for the sitemap. */
export async function listSitemapContent(now = new Date()) {
  return prisma.contentItem.findMany({
    where: publishedWhere(now),
    orderBy: { publishedAt: "desc" },
    select: { slug: true, type: true, updatedAt: true },
  });
}

export async function listActiveWarnings(now = new Date()) {
  const rows = await prisma.contentItem.findMany({
    where: {
      AND: [
        { type: "WARNING" },
        publishedWhere(now),
        { OR: [{ validUntil: null }, { validUntil: { gt: now } }] },
        { OR: [{ validFrom: null }, { validFrom: { lte: now } }] },
      ],
    },
    orderBy: { publishedAt: "desc" },
    take: 10,
    select: { slug: true, title: true, warningLevel: true, area: true, validUntil: true },
  });
  // Most severe first (red, orange, yellow, blue), then newest.
  return rows.sort((a, b) => (LEVEL_RANK[b.warningLevel ?? "BLUE"] ?? 0) - (LEVEL_RANK[a.warningLevel ?? "BLUE"] ?? 0)).slice(0, 5);
}

/** What the home page shows: latest policies and notices, service guides, active warnings. */
export async function getHomePageContent() {
  const [policies, guides, warnings, investment] = await Promise.all([
    // The home page lists documents in force: superseded ones stay reachable from /policies.
    listPublishedContent({ types: ["POLICY", "NOTICE"], take: 6, currentOnly: true }),
    listPublishedContent({ types: ["SERVICE_GUIDE"], take: 6 }),
    listActiveWarnings(),
    listPublishedContent({ types: ["INVESTMENT_PROJECT", "PARK", "INCENTIVE"], take: 3 }),
  ]);
  return { policies: policies.items, guides: guides.items, warnings, investment: investment.items };
}
