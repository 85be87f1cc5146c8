// An investor's inquiry becomes a supervised case (issue 3): the complaint engine files it, with
// the form's key as the idempotency key (a double click or a reload files once), the category
// INVESTMENT_INQUIRY (县投资促进中心, SLA class INVESTMENT: 3 working days on the work calendar),
// the same tracking number, access code and SMS receipt as any complaint.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { AppError } from "../errors";
import { publishedWhere } from "../content/public-content";
import { isDraftId } from "../complaints/complaint-drafts";
import { fileComplaint, getComplaintReceipt, INVESTMENT_INQUIRY_CATEGORY, type ComplaintReceipt } from "../complaints/file-complaint";
import { slaText } from "../complaints/sla-text";
import { hitRateLimit, type RateLimit } from "../rate-limit";
import { parseInput } from "../validation";
import { ZInvestmentInquiryInput } from "./investment-inquiry.schema";

const PER_CLIENT: RateLimit = { limit: 10, windowSeconds: 3600 };
/** How long a repeat of the same form (double click, reload of the POST) still gets the access code back. */
export const REPEAT_RECEIPT_WINDOW_MS = 10 * 60_000;

/** The receipt of an inquiry; a late repeat of the same form gets no access code (see below). */
export type InquiryReceipt = Omit<ComplaintReceipt, "accessCode"> & { accessCode: string | null };

/** The projects and parks an inquiry can be about: published INVESTMENT_PROJECT and PARK items. */
export async function listInquiryProjects() {
  return prisma.contentItem.findMany({
    where: { AND: [{ type: { in: ["INVESTMENT_PROJECT", "PARK"] } }, publishedWhere()] },
    orderBy: [{ type: "asc" }, { publishedAt: "desc" }],
    select: { slug: true, title: true, type: true },
  });
}

export async function fileInvestmentInquiry({ inquiryId, input, clientKey, now = new Date() }: { inquiryId: string; input: unknown; clientKey: string; now?: Date }): Promise<InquiryReceipt> {
  if (!isDraftId(inquiryId)) throw new AppError("VALIDATION", "表单已失效", { fieldErrors: { form: "表单已失效，请刷新页面后重新填写" } });
  // Sent before (double click, reload of the POST): the same receipt, whatever the answers say
  // now. The form's id is no password: a repeat later than a double click or a reload could be
  // anyone who learnt it, so it gets the tracking number only; the code went out by SMS.
  const earlier = await getComplaintReceipt({ draftId: inquiryId });
  if (earlier) {
    const filed = await prisma.complaint.findUniqueOrThrow({ where: { id: earlier.complaintId }, select: { createdAt: true } });
    return now.getTime() - filed.createdAt.getTime() <= REPEAT_RECEIPT_WINDOW_MS ? earlier : { ...earlier, accessCode: null };
  }
  const answers = parseInput(ZInvestmentInquiryInput, input);
  if (!(await hitRateLimit(`inquiry:${clientKey}`, PER_CLIENT)).allowed) {
    throw new AppError("RATE_LIMITED", "提交过于频繁，请一小时后再试，或直接致电县投资促进中心。");
  }
  let projectTitle: string | undefined;
  if (answers.projectSlug) {
    const project = await prisma.contentItem.findFirst({
      where: { AND: [{ slug: answers.projectSlug, type: { in: ["INVESTMENT_PROJECT", "PARK"] } }, publishedWhere(now)] },
      select: { title: true },
    });
    if (!project) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { projectSlug: "所选项目已下线，请重新选择或不选" } });
    projectTitle = project.title;
  }
  const data = { ...answers, projectTitle } as Prisma.InputJsonValue;
  await prisma.complaintDraft.upsert({ where: { id: inquiryId }, create: { id: inquiryId, data }, update: { data } });
  return fileComplaint({ draftId: inquiryId, source: "INVESTMENT_INQUIRY", now });
}

/** "3个工作日": the answer deadline investors are promised, from the category's SLA class. */
export async function getInquiryDeadlineText(): Promise<string> {
  const category = await prisma.complaintCategory.findUnique({ where: { code: INVESTMENT_INQUIRY_CATEGORY }, select: { slaClass: { select: { unit: true, amount: true } } } });
  return category ? slaText(category.slaClass) : "3个工作日";
}
