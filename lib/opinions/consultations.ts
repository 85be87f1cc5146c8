// Draft policies open for public comment (征求意见): an editor opens one with a closing date,
// citizens comment while it is open, and after it closes the editor publishes a summary of how the
// comments were taken into account. Comments are kept private (only their number is public).
import "server-only";
import { assertPermission, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import { isDraftId } from "../complaints/complaint-drafts";
import { prisma } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { hitRateLimit, type RateLimit } from "../rate-limit";
import { parseInput } from "../validation";
import { ZCommentInput, ZConsultationInput, ZFeedbackSummaryInput } from "./opinion.schema";

const COMMENTS_PER_CLIENT: RateLimit = { limit: 20, windowSeconds: 3600 };

export const isOpenForComment = (c: { opensAt: Date; closesAt: Date }, now = new Date()) => c.opensAt <= now && now < c.closesAt;

export async function createConsultation({ actor, input, now = new Date() }: { actor: Actor; input: Record<string, unknown>; now?: Date }) {
  assertPermission(actor, "content.publish");
  const data = parseInput(ZConsultationInput, input);
  // The last day counts whole: comments are taken until the end of the closing date.
  const closesAt = new Date(data.closesAt.getTime() + 24 * 3600_000);
  if (closesAt <= now) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { closesAt: "截止日期不能早于今天" } });
  try {
    return await prisma.$transaction(async (tx) => {
      if (!(await tx.department.findUnique({ where: { id: data.departmentId }, select: { id: true } }))) {
        throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { departmentId: "所选部门不存在" } });
      }
      const c = await tx.consultation.create({ data: { ...data, summary: data.summary ?? null, closesAt, createdById: actor.id } });
      await writeAudit(tx, { actorId: actor.id, action: "consultation.created", targetType: "Consultation", targetId: c.id, details: { title: c.title, closesAt: closesAt.toISOString() } });
      return c;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { slug: "该网址名称已被使用，请换一个" } });
    throw err;
  }
}

/** Public: consultations that have opened, open ones first (closing soonest), then closed ones. */
export async function listConsultations(now = new Date()) {
  const rows = await prisma.consultation.findMany({
    where: { opensAt: { lte: now } },
    orderBy: { closesAt: "desc" },
    take: 100,
    select: { id: true, slug: true, title: true, summary: true, opensAt: true, closesAt: true, feedbackPublishedAt: true, department: { select: { name: true } }, _count: { select: { comments: true } } },
  });
  const items = rows.map((r) => ({ ...r, isOpen: isOpenForComment(r, now), commentCount: r._count.comments }));
  return { open: items.filter((i) => i.isOpen).sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime()), closed: items.filter((i) => !i.isOpen) };
}

export async function getConsultation({ slug, now = new Date() }: { slug: string; now?: Date }) {
  const c = await prisma.consultation.findFirst({
    where: { slug, opensAt: { lte: now } },
    include: { department: { select: { name: true } }, _count: { select: { comments: true } } },
  });
  if (!c) throw new AppError("NOT_FOUND", "没有找到这项征求意见。");
  return { ...c, isOpen: isOpenForComment(c, now), commentCount: c._count.comments, feedbackSummary: c.feedbackPublishedAt ? c.feedbackSummary : null };
}

export async function commentOnConsultation({ slug, formKey, input, clientKey, now = new Date() }: { slug: string; formKey: string; input: unknown; clientKey: string; now?: Date }) {
  if (!isDraftId(formKey)) throw new AppError("VALIDATION", "表单已失效", { fieldErrors: { form: "表单已失效，请刷新页面后重新填写" } });
  const c = await prisma.consultation.findFirst({ where: { slug, opensAt: { lte: now } }, select: { id: true, opensAt: true, closesAt: true } });
  if (!c) throw new AppError("NOT_FOUND", "没有找到这项征求意见。");
  const earlier = await prisma.consultationComment.findUnique({ where: { idempotencyKey: formKey }, select: { id: true } });
  if (earlier) return { commentId: earlier.id };
  if (!isOpenForComment(c, now)) throw new AppError("VALIDATION", "提交失败", { fieldErrors: { form: "征求意见已截止，不再接收意见。" } });
  const data = parseInput(ZCommentInput, input);
  if (!(await hitRateLimit(`consultation:${clientKey}`, COMMENTS_PER_CLIENT)).allowed) throw new AppError("RATE_LIMITED", "提交过于频繁，请稍后再试。");
  try {
    const comment = await prisma.consultationComment.create({
      data: { consultationId: c.id, body: data.body, citizenName: data.citizenName ?? null, citizenPhone: data.citizenPhone ?? null, idempotencyKey: formKey, createdAt: now },
    });
    return { commentId: comment.id };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const first = await prisma.consultationComment.findUniqueOrThrow({ where: { idempotencyKey: formKey }, select: { id: true } });
    return { commentId: first.id };
  }
}

/** Editors: every consultation with its number of comments. */
export async function listOfficerConsultations({ actor }: { actor: Actor }) {
  assertPermission(actor, "content.edit");
  return prisma.consultation.findMany({ orderBy: { createdAt: "desc" }, take: 200, include: { department: { select: { name: true } }, _count: { select: { comments: true } } } });
}

export async function getOfficerConsultation({ actor, consultationId }: { actor: Actor; consultationId: string }) {
  assertPermission(actor, "content.edit");
  const c = await prisma.consultation.findUnique({ where: { id: consultationId }, include: { department: { select: { name: true } }, comments: { orderBy: { createdAt: "asc" } } } });
  if (!c) throw new AppError("NOT_FOUND", "没有找到这项征求意见。");
  return c;
}

export async function publishFeedbackSummary({ actor, consultationId, expectedVersion, input, now = new Date() }: { actor: Actor; consultationId: string; expectedVersion: number; input: Record<string, unknown>; now?: Date }) {
  assertPermission(actor, "content.publish");
  const { feedbackSummary } = parseInput(ZFeedbackSummaryInput, input);
  return prisma.$transaction(async (tx) => {
    const c = await tx.consultation.findUnique({ where: { id: consultationId } });
    if (!c) throw new AppError("NOT_FOUND", "没有找到这项征求意见。");
    if (c.closesAt > now) throw new AppError("CONFLICT", "征求意见截止后才能发布采纳情况。");
    const { count } = await tx.consultation.updateMany({ where: { id: c.id, version: expectedVersion }, data: { feedbackSummary, feedbackPublishedAt: now, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", "这项征求意见刚被其他人修改过，请刷新页面后再试。");
    await writeAudit(tx, { actorId: actor.id, action: "consultation.feedback_published", targetType: "Consultation", targetId: c.id, details: { title: c.title } });
  });
}

/** The departments that may draft a consultation (not the supervision office). */
export async function consultationDepartments() {
  return prisma.department.findMany({ where: { kind: { not: "SUPERVISION_OFFICE" } }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}
