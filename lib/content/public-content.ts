// Published content for the public pages. "Published" is a status plus a date: scheduled items
// become visible once their time has come, without a job having to flip them.
import type { ContentType } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { AppError } from "../errors";

export function publishedWhere(now = new Date()): Prisma.ContentItemWhereInput {
  return {
    OR: [
      { status: "PUBLISHED", OR: [{ publishedAt: null }, { publishedAt: { lte: now } }] },
      { status: "SCHEDULED", publishAt: { lte: now } },
    ],
  };
}

export const CONTENT_TYPE_LABELS: Record<ContentType, string> = {
  POLICY: "政策文件",
  NOTICE: "通知公告",
  SERVICE_GUIDE: "办事指南",
  WARNING: "预警信息",
  RURAL_INFO: "惠农信息",
  INVESTMENT_PROJECT: "招商项目",
  PARK: "产业园区",
  INCENTIVE: "优惠政策",
};

const PAGE_SIZE = 20;

export async function listPublishedContent({ types, page = 1, take = PAGE_SIZE }: { types: ContentType[]; page?: number; take?: number }) {
  const where: Prisma.ContentItemWhereInput = { AND: [{ type: { in: types } }, publishedWhere()] };
  const [items, total] = await Promise.all([
    prisma.contentItem.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * take,
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

export async function getPublishedContent({ slug, types }: { slug: string; types: ContentType[] }) {
  const item = await prisma.contentItem.findFirst({
    where: { AND: [{ slug, type: { in: types } }, publishedWhere()] },
    include: {
      department: { select: { name: true } },
      supersededBy: { select: { slug: true, title: true, type: true } },
    },
  });
  if (!item) throw new AppError("NOT_FOUND", "未找到该内容，可能已被撤回或地址有误。");
  return item;
}

export async function listActiveWarnings(now = new Date()) {
  return prisma.contentItem.findMany({
    where: {
      AND: [
        { type: "WARNING" },
        publishedWhere(now),
        { OR: [{ validUntil: null }, { validUntil: { gt: now } }] },
        { OR: [{ validFrom: null }, { validFrom: { lte: now } }] },
      ],
    },
    orderBy: { publishedAt: "desc" },
    take: 5,
    select: { slug: true, title: true, warningLevel: true, area: true, validUntil: true },
  });
}

/** What the home page shows: latest policies and notices, service guides, active warnings. */
export async function getHomePageContent() {
  const [policies, guides, warnings, investment] = await Promise.all([
    listPublishedContent({ types: ["POLICY", "NOTICE"], take: 6 }),
    listPublishedContent({ types: ["SERVICE_GUIDE"], take: 6 }),
    listActiveWarnings(),
    listPublishedContent({ types: ["INVESTMENT_PROJECT", "PARK", "INCENTIVE"], take: 3 }),
  ]);
  return { policies: policies.items, guides: guides.items, warnings, investment: investment.items };
}
