// Reads one document as it is now and decides what the index should hold for it: the public text,
// nothing (not public: a draft, unpublished, a case not approved, a withdrawn product), or nothing
// until a time (content scheduled for later).
import "server-only";
import type { ContentType } from "@/generated/prisma/enums";
import { prisma } from "../db";
import { getPublishedCaseById } from "../complaints/list-published-cases";
import { publishedWhere } from "../content/public-content";
import { CONTENT_SECTIONS } from "../content/sections";
import type { SearchDocRef } from "./enqueue-search-sync";
import type { SearchDocument } from "./search-types";

export type DocumentState =
  | { state: "public"; doc: SearchDocument }
  | { state: "hidden" }
  | { state: "scheduled"; at: Date };

export function contentPath(type: ContentType, slug: string): string {
  const section = Object.values(CONTENT_SECTIONS).find((s) => s.types.includes(type));
  return `${section?.path ?? "/policies"}/${encodeURIComponent(slug)}`;
}

/** Markdown to plain text for the index and the snippets (never rendered as HTML). */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, " ")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`~|]/g, "")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/**
 * Fields that hold references, not text a person reads on the page: slugs and ids of related
 * pages, addresses. Indexing them made `park` find a project through its park's slug.
 */
const REFERENCE_FIELD = /(slug|slugs|id|ids|url|urls|href|path)$/i;

/** The readable strings of a content item's fields (nested lists and objects), without references. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) => (REFERENCE_FIELD.test(key) ? [] : stringsOf(v)));
  }
  return [];
}

export async function loadSearchDocument(ref: SearchDocRef, now = new Date()): Promise<DocumentState> {
  if (ref.type === "content") return loadContent(ref.id, now);
  if (ref.type === "complaint") return loadComplaint(ref.id);
  return loadProduct(ref.id);
}

async function loadContent(id: string, now: Date): Promise<DocumentState> {
  const item = await prisma.contentItem.findFirst({
    where: { AND: [{ id }, publishedWhere(now)] },
    include: { department: { select: { name: true } } },
  });
  if (!item) {
    const later = await prisma.contentItem.findUnique({ where: { id }, select: { status: true, publishAt: true, publishedAt: true } });
    if (later?.status === "SCHEDULED" && later.publishAt && later.publishAt > now) return { state: "scheduled", at: later.publishAt };
    if (later?.status === "PUBLISHED" && later.publishedAt && later.publishedAt > now) return { state: "scheduled", at: later.publishedAt };
    return { state: "hidden" };
  }
  const body = [
    item.summary,
    markdownToText(item.body),
    item.docNumber,
    item.issuingBody,
    item.department?.name,
    item.area,
    ...stringsOf(item.fields),
    // English for investors (issue 16): the English title and keywords find the item.
    item.titleEn,
    item.keywordsEn.join("\n"),
  ]
    .filter(Boolean)
    .join("\n");
  return {
    state: "public",
    doc: {
      type: "content",
      id: item.id,
      kind: item.type,
      title: item.title,
      body,
      url: contentPath(item.type, item.slug),
      publishedAt: item.publishedAt ?? item.publishAt,
    },
  };
}

async function loadComplaint(id: string): Promise<DocumentState> {
  // Only approved, masked text: the same view as the public list (list-published-cases.ts).
  const c = await getPublishedCaseById({ id });
  if (!c) return { state: "hidden" };
  return {
    state: "public",
    doc: {
      type: "complaint",
      id: c.id,
      kind: "COMPLAINT",
      title: c.title,
      body: [c.text, c.categoryName, c.departmentName].join("\n"),
      url: `/complaints/published/${encodeURIComponent(c.trackingNo)}`,
      publishedAt: c.resolvedAt ?? c.createdAt,
    },
  };
}

async function loadProduct(id: string): Promise<DocumentState> {
  const p = await prisma.product.findUnique({ where: { id }, include: { producer: true } });
  // A product's public page is addressed by its GTIN; one without a GTIN has no page to link to.
  if (!p || !p.isActive || !p.gtin) return { state: "hidden" };
  return {
    state: "public",
    doc: {
      type: "product",
      id: p.id,
      kind: "PRODUCT",
      title: p.name,
      body: [p.category, p.producer.name, `${p.producer.town}${p.producer.village}`, p.producer.commitment].filter(Boolean).join("\n"),
      url: `/trace/product/${p.gtin}`,
      publishedAt: p.createdAt,
    },
  };
}
