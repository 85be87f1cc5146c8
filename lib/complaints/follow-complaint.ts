// "This is my problem too": the citizen joins an existing case instead of filing a new one. The
// draft id makes it idempotent like a filing; the phone (if the draft has one) gets the result.
// Only published cases can be followed (the ones the similar-complaints panel offers): a private
// case's id must not let a stranger follow it and receive its result.
import "server-only";
import { prisma } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import type { DraftValues } from "./complaint-drafts";
import { MOBILE_PATTERN } from "./complaint.schema";
import { publishedCaseWhere } from "./list-published-cases";

export async function followComplaint({ complaintId, draftId, now = new Date() }: { complaintId: string; draftId: string; now?: Date }) {
  const draft = await prisma.complaintDraft.findUnique({ where: { id: draftId } });
  if (!draft) throw new AppError("NOT_FOUND", "表单已失效，请重新填写。");
  const values = draft.data as DraftValues;
  const phone = values.isAnonymous !== "on" && values.citizenPhone && MOBILE_PATTERN.test(values.citizenPhone) ? values.citizenPhone : null;
  const complaint = await prisma.complaint.findFirst({ where: { AND: [publishedCaseWhere, { id: complaintId }] }, select: { id: true, trackingNo: true } });
  if (!complaint) throw new AppError("NOT_FOUND", "没有找到该诉求。");
  try {
    await prisma.$transaction(async (tx) => {
      await tx.complaintFollower.create({ data: { complaintId, phone, draftId, createdAt: now } });
      await tx.complaint.update({ where: { id: complaintId }, data: { followerCount: { increment: 1 } } });
      await tx.complaintEvent.create({ data: { complaintId, type: "FOLLOWED", note: "又有一位群众反映了同一问题。", createdAt: now } });
      await tx.attachment.deleteMany({ where: { draftId } });
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err; // already followed with this draft: same answer again
  }
  const followerCount = await prisma.complaintFollower.count({ where: { complaintId } });
  return { trackingNo: complaint.trackingNo, followerCount, willBeNotified: !!phone };
}
