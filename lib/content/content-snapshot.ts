// What a ContentVersion snapshot holds: every column an editor or a publisher can change, plus
// the name of the change. No "server-only" here: the seed writes first versions too.
import type { ContentItem, Prisma } from "@/generated/prisma/client";

export function snapshotOf(item: ContentItem, action: string): Prisma.InputJsonValue {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    action,
    type: item.type,
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    body: item.body,
    status: item.status,
    publishAt: iso(item.publishAt),
    publishedAt: iso(item.publishedAt),
    departmentId: item.departmentId,
    issuingBody: item.issuingBody,
    docNumber: item.docNumber,
    issuedAt: iso(item.issuedAt),
    effectiveAt: iso(item.effectiveAt),
    supersededById: item.supersededById,
    warningLevel: item.warningLevel,
    area: item.area,
    validFrom: iso(item.validFrom),
    validUntil: iso(item.validUntil),
    fields: (item.fields ?? null) as Prisma.InputJsonValue,
    titleEn: item.titleEn,
    summaryEn: item.summaryEn,
    bodyEn: item.bodyEn,
    keywordsEn: item.keywordsEn,
  } as Prisma.InputJsonValue;
}

