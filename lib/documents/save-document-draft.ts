// 拟稿: an officer with documents.draft writes a document of their unit. A draft (and a document
// sent back to its drafter) stays editable by the drafter; each save names the version it saw.
import "server-only";
import { assertPermission, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import { prisma } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZDocumentDraftInput } from "./document.schema";
import type { DocumentKind } from "@/generated/prisma/enums";
import { sanitizeDocumentHtml } from "./rich-text";

async function checkUnits(ids: string[], field: string) {
  if (ids.length === 0) return;
  const found = await prisma.department.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { [field]: "所选单位不存在，请重新选择" } });
}

function parseDraft(input: unknown) {
  const data = parseInput(ZDocumentDraftInput, input);
  return { ...data, kind: data.kind as DocumentKind, mainToIds: [...new Set(data.mainToIds)], copyToIds: [...new Set(data.copyToIds)], bodyHtml: sanitizeDocumentHtml(data.bodyHtml) };
}

export async function createDocumentDraft({ actor, input }: { actor: Actor; input: unknown }) {
  assertPermission(actor, "documents.draft");
  const data = parseDraft(input);
  await checkUnits(data.mainToIds, "mainToIds");
  await checkUnits(data.copyToIds, "copyToIds");
  return prisma.$transaction(async (tx) => {
    const doc = await tx.officialDocument.create({ data: { ...data, departmentId: actor.departmentId, drafterId: actor.id }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.id, action: "document.drafted", targetType: "OfficialDocument", targetId: doc.id, details: { title: data.title } });
    return doc;
  });
}

export async function updateDocumentDraft({ actor, documentId, expectedVersion, input }: { actor: Actor; documentId: string; expectedVersion: number; input: unknown }) {
  assertPermission(actor, "documents.draft");
  const data = parseDraft(input);
  await checkUnits(data.mainToIds, "mainToIds");
  await checkUnits(data.copyToIds, "copyToIds");
  return prisma.$transaction(async (tx) => {
    const doc = await tx.officialDocument.findUnique({ where: { id: documentId }, select: { drafterId: true, status: true } });
    if (!doc || doc.drafterId !== actor.id) throw new AppError("NOT_FOUND", "没有找到该草稿，或您不是拟稿人。");
    if (doc.status !== "DRAFT") throw new AppError("CONFLICT", "该公文已送审，不能再修改；如需修改，请审核人退回。");
    const { count } = await tx.officialDocument.updateMany({ where: { id: documentId, version: expectedVersion, status: "DRAFT" }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", "该草稿已在别处修改，请刷新页面后再保存。");
    await writeAudit(tx, { actorId: actor.id, action: "document.draft_saved", targetType: "OfficialDocument", targetId: documentId, details: { title: data.title } });
    return { id: documentId };
  });
}
