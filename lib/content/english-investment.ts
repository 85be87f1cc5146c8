// The investment section in English (/en/investment, issue 15): projects, parks and incentives
// with the English text editors entered. A missing translation falls back to the Chinese text,
// flagged so the page can say so: an English page is never blank.
import "server-only";
import type { ContentType } from "@/generated/prisma/enums";
import { prisma } from "../db";
import { AppError } from "../errors";
import { searchBackend } from "../search/select-search-backend";
import type { SearchBackend } from "../search/search-types";
import { cleanQuery } from "../search/tokenize";
import { publishedWhere } from "./public-content";
import { CONTENT_SECTIONS } from "./sections";

const INVESTMENT_TYPES = CONTENT_SECTIONS.investment.types;

/** A text in English when there is one, else the Chinese original and `isTranslated: false`. */
export interface EnglishText {
  text: string;
  isTranslated: boolean;
}

const pick = (english: string | null | undefined, chinese: string | null | undefined): EnglishText | null => {
  if (english && english.trim()) return { text: english, isTranslated: true };
  if (chinese && chinese.trim()) return { text: chinese, isTranslated: false };
  return null;
};

const SELECT = {
  id: true,
  slug: true,
  type: true,
  title: true,
  titleEn: true,
  summary: true,
  summaryEn: true,
  fields: true,
  publishedAt: true,
} as const;

type Row = { id: string; slug: string; type: ContentType; title: string; titleEn: string | null; summary: string | null; summaryEn: string | null; fields: unknown; publishedAt: Date | null };

function card(row: Row) {
  return {
    id: row.id,
    slug: row.slug,
    type: row.type,
    title: pick(row.titleEn, row.title)!,
    summary: pick(row.summaryEn, row.summary),
    fields: (row.fields ?? {}) as Record<string, unknown>,
    publishedAt: row.publishedAt,
  };
}

export type EnglishInvestmentCard = ReturnType<typeof card>;

export async function listInvestmentEn(now = new Date()) {
  const rows = await prisma.contentItem.findMany({
    where: { AND: [{ type: { in: INVESTMENT_TYPES } }, publishedWhere(now)] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: SELECT,
  });
  const cards = rows.map(card);
  return {
    projects: cards.filter((c) => c.type === "INVESTMENT_PROJECT"),
    parks: cards.filter((c) => c.type === "PARK"),
    incentives: cards.filter((c) => c.type === "INCENTIVE"),
  };
}

/** One published project, park or incentive, in English where translated. */
export async function getInvestmentItemEn({ slug, now = new Date() }: { slug: string; now?: Date }) {
  const item = await prisma.contentItem.findFirst({
    where: { AND: [{ slug, type: { in: INVESTMENT_TYPES } }, publishedWhere(now)] },
    select: { ...SELECT, body: true, bodyEn: true, issuingBody: true, docNumber: true, effectiveAt: true, updatedAt: true },
  });
  if (!item) throw new AppError("NOT_FOUND", "Not found");
  // Related investment items (named by this one, or naming it), public ones only.
  const named = ((item.fields as { relatedSlugs?: unknown } | null)?.relatedSlugs ?? []) as string[];
  const related = await prisma.contentItem.findMany({
    where: {
      AND: [
        publishedWhere(now),
        { type: { in: INVESTMENT_TYPES } },
        { id: { not: item.id } },
        { OR: [...(named.length > 0 ? [{ slug: { in: named } }] : []), { fields: { path: ["relatedSlugs"], array_contains: [item.slug] } }] },
      ],
    },
    orderBy: { publishedAt: "desc" },
    take: 20,
    select: SELECT,
  });
  return {
    ...card(item),
    body: pick(item.bodyEn, item.body),
    issuingBody: item.issuingBody,
    docNumber: item.docNumber,
    effectiveAt: item.effectiveAt,
    updatedAt: item.updatedAt,
    related: related.map(card),
  };
}

/** The inquiry form's list of projects and parks, by English title where there is one. */
export async function listInquiryProjectsEn(now = new Date()) {
  const rows = await prisma.contentItem.findMany({
    where: { AND: [{ type: { in: ["INVESTMENT_PROJECT", "PARK"] } }, publishedWhere(now)] },
    orderBy: [{ type: "asc" }, { publishedAt: "desc" }],
    select: SELECT,
  });
  return rows.map(card);
}

/**
 * Searches the investment section through the portal's search index (lib/search), which holds the
 * English titles and keywords (load-search-document.ts), so "industrial park" or "tea processing"
 * finds the page. Hits come back as English cards, best first.
 */
export async function searchInvestmentEn({ query, backend = searchBackend(), now = new Date() }: { query: string; backend?: SearchBackend; now?: Date }) {
  const q = cleanQuery(query.slice(0, 200));
  if (!q) return { query: q, cards: [] as EnglishInvestmentCard[], isUnavailable: false };
  let slugs: string[];
  try {
    const response = await backend.search({ query: q, page: 1, pageSize: 50 });
    if (response.isApproximate) return { query: q, cards: [], isUnavailable: false };
    slugs = response.hits
      .filter((h) => (INVESTMENT_TYPES as readonly string[]).includes(h.kind))
      .map((h) => h.url.replace(/^\/investment\//, ""));
  } catch (err) {
    console.error(`[search] English investment search failed: ${(err as Error).message}`);
    return { query: q, cards: [], isUnavailable: true };
  }
  const rows = await prisma.contentItem.findMany({ where: { AND: [{ slug: { in: slugs } }, { type: { in: INVESTMENT_TYPES } }, publishedWhere(now)] }, select: SELECT });
  const bySlug = new Map(rows.map((r) => [r.slug, card(r)]));
  return { query: q, cards: slugs.map((s) => bySlug.get(s)).filter((c): c is EnglishInvestmentCard => !!c), isUnavailable: false };
}
