// Restoring an earlier version copies that version's text and fields onto the item as a new
// version: the history only grows, so nothing is lost (the version being replaced stays in it).
// The publication state is not restored: restoring never publishes or unpublishes by itself.
import "server-only";
import type { WarningLevel } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { changeContent } from "./content-change";

type Snapshot = Record<string, unknown>;
const date = (v: unknown) => (typeof v === "string" ? new Date(v) : null);
const str = (v: unknown) => (typeof v === "string" ? v : null);

export async function restoreContentVersion({ actor, contentId, expectedVersion, version }: { actor: Actor; contentId: string; expectedVersion: number; version: number }) {
  assertPermission(actor, "content.edit");
  return changeContent({
    actor,
    contentId,
    expectedVersion,
    action: `恢复第${version}版`,
    auditAction: "content.restored",
    details: { restoredVersion: version },
    plan: async (item, tx) => {
      if (item.status === "PUBLISHED" || item.status === "SCHEDULED") assertPermission(actor, "content.publish");
      const old = await tx.contentVersion.findUnique({ where: { contentId_version: { contentId, version } } });
      if (!old) throw new AppError("NOT_FOUND", `没有第${version}版。`);
      const s = old.snapshot as Snapshot;
      // A superseding document deleted since keeps the reference out rather than failing.
      const supersededById = str(s.supersededById) && (await tx.contentItem.findUnique({ where: { id: s.supersededById as string }, select: { id: true } })) ? (s.supersededById as string) : null;
      const departmentId = str(s.departmentId) && (await tx.department.findUnique({ where: { id: s.departmentId as string }, select: { id: true } })) ? (s.departmentId as string) : null;
      return {
        title: String(s.title ?? item.title),
        summary: str(s.summary),
        body: String(s.body ?? ""),
        departmentId,
        issuingBody: str(s.issuingBody),
        docNumber: str(s.docNumber),
        issuedAt: date(s.issuedAt),
        effectiveAt: date(s.effectiveAt),
        supersededById,
        warningLevel: str(s.warningLevel) as WarningLevel | null,
        area: str(s.area),
        validFrom: date(s.validFrom),
        validUntil: date(s.validUntil),
        fields: (s.fields ?? {}) as Prisma.InputJsonValue,
        titleEn: str(s.titleEn),
        summaryEn: str(s.summaryEn),
        bodyEn: str(s.bodyEn),
        keywordsEn: Array.isArray(s.keywordsEn) ? (s.keywordsEn as unknown[]).map(String) : [],
      };
    },
  });
}
