// The route of a document (核稿 → 会签 → 签发): a unit's default, set by documents.manage or the
// unit's head (documents.sign in that unit), which the drafter adjusts when sending. Sending
// copies the route into DocumentStep rows of a new round and opens the first group.
import "server-only";
import { assertPermission, can, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import { hasPermission } from "../auth/permissions";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZDefaultRouteInput, ZRouteInput } from "./document.schema";
import { openStepGroup } from "./step-flow";

export async function getDefaultRoute(db: Tx, departmentId: string) {
  return (await db.documentRoute.findUnique({ where: { departmentId } })) ?? { departmentId, reviewerIds: [], cosignerIds: [], signerId: null };
}

export function canEditRoute(actor: Actor, departmentId: string) {
  return can(actor, "documents.manage") || (can(actor, "documents.sign") && actor.departmentId === departmentId);
}

const invalid = (field: string, message: string) => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { [field]: message } });

/** Checks the officers of a route and returns them. The signer must sign for the issuing unit. */
async function checkRoute(db: Tx, departmentId: string, route: { reviewerIds: string[]; cosignerIds: string[]; signerId: string | null }) {
  const ids = [...new Set([...route.reviewerIds, ...route.cosignerIds, ...(route.signerId ? [route.signerId] : [])])];
  const officers = await db.officer.findMany({ where: { id: { in: ids }, isActive: true }, select: { id: true, name: true, role: true, duties: true, departmentId: true } });
  const byId = new Map(officers.map((o) => [o.id, o]));
  if (route.reviewerIds.some((id) => !byId.has(id))) throw invalid("reviewerIds", "所选核稿人不存在或已停用");
  if (route.cosignerIds.some((id) => !byId.has(id))) throw invalid("cosignerIds", "所选会签人不存在或已停用");
  if (route.signerId) {
    const signer = byId.get(route.signerId);
    if (!signer) throw invalid("signerId", "所选签发人不存在或已停用");
    // 签发 is the issuing unit's leader: a county leader for the county (县政府办), the head for a department.
    if (signer.departmentId !== departmentId || !hasPermission(signer.role, "documents.sign", signer.duties)) throw invalid("signerId", "签发人应为本单位有签发权的领导");
  }
  return byId;
}

export async function saveDefaultRoute({ actor, departmentId, input }: { actor: Actor; departmentId: string; input: unknown }) {
  if (!canEditRoute(actor, departmentId)) throw new AppError("FORBIDDEN", "只有本单位负责人或公文管理员可以设置默认流程。");
  const data = parseInput(ZDefaultRouteInput, input);
  const route = { reviewerIds: [...new Set(data.reviewerIds)], cosignerIds: [...new Set(data.cosignerIds)], signerId: data.signerId || null };
  return prisma.$transaction(async (tx) => {
    await checkRoute(tx, departmentId, route);
    await tx.documentRoute.upsert({ where: { departmentId }, create: { departmentId, ...route, updatedById: actor.id }, update: { ...route, updatedById: actor.id } });
    await writeAudit(tx, { actorId: actor.id, action: "document.route_saved", targetType: "Department", targetId: departmentId, details: route });
  });
}

/** 送审: the drafter sends the draft along the route they adjusted. */
export async function submitDocument({ actor, documentId, expectedVersion, input, now = new Date() }: { actor: Actor; documentId: string; expectedVersion: number; input: unknown; now?: Date }) {
  assertPermission(actor, "documents.draft");
  const data = parseInput(ZRouteInput, input);
  const reviewerIds = data.reviewerIds.filter((id, i, all) => all.indexOf(id) === i);
  const cosignerIds = data.cosignerIds.filter((id, i, all) => all.indexOf(id) === i && !reviewerIds.includes(id) && id !== data.signerId);
  return prisma.$transaction(async (tx) => {
    const doc = await tx.officialDocument.findUnique({ where: { id: documentId } });
    if (!doc || doc.drafterId !== actor.id) throw new AppError("NOT_FOUND", "没有找到该草稿，或您不是拟稿人。");
    if (doc.status !== "DRAFT") throw new AppError("CONFLICT", "该公文已经送审。");
    if (doc.bodyHtml.trim() === "") throw invalid("bodyHtml", "请先填写正文再送审");
    if (doc.mainToIds.length === 0 && doc.kind !== "MINUTES" && doc.kind !== "PUBLIC_NOTICE" && doc.kind !== "ANNOUNCEMENT" && doc.kind !== "COMMUNIQUE") throw invalid("mainToIds", "请先选择主送单位再送审");
    const byId = await checkRoute(tx, doc.departmentId, { reviewerIds, cosignerIds, signerId: data.signerId });
    const round = doc.round + 1;
    const { count } = await tx.officialDocument.updateMany({ where: { id: documentId, version: expectedVersion, status: "DRAFT" }, data: { status: "ROUTING", round, returnNote: null, signerId: data.signerId, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", "该草稿已在别处修改，请刷新页面后再送审。");
    let seq = 0;
    const rows = [
      ...reviewerIds.map((id) => ({ kind: "REVIEW" as const, assigneeId: id, seq: ++seq })),
      ...(cosignerIds.length ? ((seq += 1), cosignerIds.map((id) => ({ kind: "COSIGN" as const, assigneeId: id, seq }))) : []),
      { kind: "SIGN" as const, assigneeId: data.signerId, seq: ++seq },
    ];
    await tx.documentStep.createMany({ data: rows.map((r) => ({ documentId, round, ...r, departmentId: byId.get(r.assigneeId)!.departmentId })) });
    await openStepGroup(tx, doc, round, 1, now);
    await writeAudit(tx, { actorId: actor.id, action: "document.submitted", targetType: "OfficialDocument", targetId: documentId, details: { title: doc.title, round, reviewers: reviewerIds.length, cosigners: cosignerIds.length } });
    return { round };
  });
}
