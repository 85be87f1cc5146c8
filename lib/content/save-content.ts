// Creating and editing content. Drafts need content.edit; changing an item that is public or
// scheduled changes (or will change) a public page, so that needs content.publish as well.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ContentType } from "@/generated/prisma/enums";
import { assertPermission, type Actor } from "../auth/actor";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { isoDate } from "../format";
import { changeContent, recordContentChange } from "./content-change";
import { parseContentInput, type TContentInput } from "./content.schema";

/** Readable default slugs: the type and the day, e.g. guide-2026-11-24, guide-2026-11-24-2. */
export const SLUG_PREFIX: Record<ContentType, string> = {
  POLICY: "policy",
  NOTICE: "notice",
  SERVICE_GUIDE: "guide",
  WARNING: "warning",
  RURAL_INFO: "rural",
  INVESTMENT_PROJECT: "project",
  PARK: "park",
  INCENTIVE: "incentive",
};

export async function generateSlug(tx: Pick<Tx, "contentItem">, type: ContentType, now: Date): Promise<string> {
  const base = `${SLUG_PREFIX[type]}-${isoDate(now)}`;
  const taken = new Set((await tx.contentItem.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const invalid = (fieldErrors: Record<string, string>) => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors });

/** Resolves references typed as slugs (superseding document, related items, department). */
async function resolveReferences(tx: Tx, input: TContentInput, selfId: string | null) {
  const errors: Record<string, string> = {};
  let supersededById: string | null = null;
  if (input.supersededBySlug) {
    const target = await tx.contentItem.findUnique({ where: { slug: input.supersededBySlug }, select: { id: true, type: true } });
    if (!target || !["POLICY", "NOTICE"].includes(target.type)) errors.supersededBySlug = "找不到该网址名称的政策文件";
    else if (target.id === selfId) errors.supersededBySlug = "文件不能被自己替代";
    else supersededById = target.id;
  }
  const related = (input.fields.relatedSlugs as string[] | undefined) ?? [];
  if (related.length > 0) {
    const found = new Set((await tx.contentItem.findMany({ where: { slug: { in: related } }, select: { slug: true } })).map((r) => r.slug));
    const missing = related.filter((s) => !found.has(s));
    if (missing.length > 0) errors.relatedSlugs = `找不到以下网址名称的内容：${missing.join("、")}`;
  }
  if (input.departmentId && !(await tx.department.findUnique({ where: { id: input.departmentId }, select: { id: true } }))) {
    errors.departmentId = "所选部门不存在";
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return { supersededById };
}

function columnsOf(input: TContentInput, supersededById: string | null) {
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    departmentId: input.departmentId,
    issuingBody: input.issuingBody,
    docNumber: input.docNumber,
    issuedAt: input.issuedAt,
    effectiveAt: input.effectiveAt,
    supersededById,
    warningLevel: input.warningLevel,
    area: input.area,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    fields: input.fields as Prisma.InputJsonValue,
    titleEn: input.titleEn,
    summaryEn: input.summaryEn,
    bodyEn: input.bodyEn,
    keywordsEn: input.keywordsEn,
  };
}

async function assertSlugFree(tx: Tx, slug: string, selfId: string | null) {
  const other = await tx.contentItem.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== selfId) throw invalid({ slug: "该网址名称已被其他内容使用，请换一个" });
}

/** A new item is always a draft (version 1, with its first history entry). */
export async function createContent({ actor, input, now = new Date() }: { actor: Actor; input: Record<string, unknown>; now?: Date }) {
  assertPermission(actor, "content.edit");
  const parsed = parseContentInput(input);
  return prisma.$transaction((tx) => insertContent(tx, actor, parsed, now));
}

/**
 * Creates an item inside the caller's transaction, with its history entry, audit row and search
 * job: a draft, or with `publish` an item public at once (信息报送's 发布到门户, which checks its
 * own permission and runs in the report's transaction).
 */
export async function insertContent(tx: Tx, actor: Actor, parsed: TContentInput, now: Date, { publish = false }: { publish?: boolean } = {}) {
  const { supersededById } = await resolveReferences(tx, parsed, null);
  const slug = parsed.slug ?? (await generateSlug(tx, parsed.type, now));
  await assertSlugFree(tx, slug, null);
  const item = await tx.contentItem.create({
    data: { type: parsed.type, slug, status: publish ? "PUBLISHED" : "DRAFT", publishedAt: publish ? now : null, ...columnsOf(parsed, supersededById) },
  });
  await recordContentChange(tx, actor, item, publish ? "创建并发布" : "创建草稿", publish ? "content.published" : "content.created", { type: item.type, slug, title: item.title });
  return item;
}

export async function updateContent({ actor, contentId, expectedVersion, input, now = new Date() }: { actor: Actor; contentId: string; expectedVersion: number; input: Record<string, unknown>; now?: Date }) {
  assertPermission(actor, "content.edit");
  return changeContent({
    actor,
    contentId,
    expectedVersion,
    action: "保存修改",
    auditAction: "content.updated",
    plan: async (item, tx) => {
      if (item.status === "PUBLISHED" || item.status === "SCHEDULED") assertPermission(actor, "content.publish");
      // The type is fixed at creation: its fields and its public section depend on it.
      const parsed = parseContentInput({ ...input, type: item.type });
      const { supersededById } = await resolveReferences(tx, parsed, item.id);
      // A published address stays stable: the slug can change only before first publication.
      let slug = item.slug;
      if (parsed.slug && parsed.slug !== item.slug) {
        if (item.publishedAt && item.publishedAt <= now) throw invalid({ slug: "已发布过的内容不能修改网址名称，以免原链接失效" });
        await assertSlugFree(tx, parsed.slug, item.id);
        slug = parsed.slug;
      }
      return { slug, ...columnsOf(parsed, supersededById) };
    },
  });
}
