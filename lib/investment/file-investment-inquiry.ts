// An investor's inquiry becomes a supervised case (issue 3): the complaint engine files it, with
// the form's key as the idempotency key (a double click or a reload files once), the category
// INVESTMENT_INQUIRY (县投资促进中心, SLA class INVESTMENT: 3 working days on the work calendar),
// the same tracking number, access code and SMS receipt as any complaint.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { AppError, isAppError } from "../errors";
import { publishedWhere } from "../content/public-content";
import { isDraftId } from "../complaints/complaint-drafts";
import { fileComplaint, getComplaintReceipt, INVESTMENT_INQUIRY_CATEGORY, type ComplaintReceipt } from "../complaints/file-complaint";
import { slaText } from "../complaints/sla-text";
import { hitRateLimit, type RateLimit } from "../rate-limit";
import { parseInput, UNSAFE_TEXT_MESSAGE } from "../validation";
import { INQUIRY_MESSAGES_ZH, inquiryInputSchema, type InquiryMessages } from "./investment-inquiry.schema";

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

/**
 * Files the inquiry. `messages` are the form's messages in the page's language (the English form
 * at /en passes its own); the case itself, its SMS and the officers' pages stay Chinese.
 */
export async function fileInvestmentInquiry({ inquiryId, input, clientKey, messages = INQUIRY_MESSAGES_ZH, now = new Date() }: { inquiryId: string; input: unknown; clientKey: string; messages?: InquiryMessages; now?: Date }): Promise<InquiryReceipt> {
  if (!isDraftId(inquiryId)) throw new AppError("VALIDATION", messages.formExpired, { fieldErrors: { form: messages.formExpired } });
  // Sent before (double click, reload of the POST): the same receipt, whatever the answers say
  // now. The form's id is no password: a repeat later than a double click or a reload could be
  // anyone who learnt it, so it gets the tracking number only; the code went out by SMS.
  const earlier = await getComplaintReceipt({ draftId: inquiryId });
  if (earlier) {
    const filed = await prisma.complaint.findUniqueOrThrow({ where: { id: earlier.complaintId }, select: { createdAt: true } });
    return now.getTime() - filed.createdAt.getTime() <= REPEAT_RECEIPT_WINDOW_MS ? earlier : { ...earlier, accessCode: null };
  }
  const answers = parseInquiry(input, messages);
  if (!(await hitRateLimit(`inquiry:${clientKey}`, PER_CLIENT)).allowed) {
    throw new AppError("RATE_LIMITED", messages.rateLimited);
  }
  let projectTitle: string | undefined;
  if (answers.projectSlug) {
    const project = await prisma.contentItem.findFirst({
      where: { AND: [{ slug: answers.projectSlug, type: { in: ["INVESTMENT_PROJECT", "PARK"] } }, publishedWhere(now)] },
      select: { title: true },
    });
    if (!project) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { projectSlug: messages.projectGone } });
    projectTitle = project.title;
  }
  const data = { ...answers, projectTitle } as Prisma.InputJsonValue;
  await prisma.complaintDraft.upsert({ where: { id: inquiryId }, create: { id: inquiryId, data }, update: { data } });
  return fileComplaint({ draftId: inquiryId, source: "INVESTMENT_INQUIRY", now });
}

/** The answer time investors are promised: the category's SLA class (3 working days by default). */
export async function getInquirySla(): Promise<{ unit: "HOURS" | "WORKING_DAYS"; amount: number }> {
  const category = await prisma.complaintCategory.findUnique({ where: { code: INVESTMENT_INQUIRY_CATEGORY }, select: { slaClass: { select: { unit: true, amount: true } } } });
  return category?.slaClass ?? { unit: "WORKING_DAYS", amount: 3 };
}

/** "3个工作日": the answer deadline investors are promised, from the category's SLA class. */
export async function getInquiryDeadlineText(): Promise<string> {
  return slaText(await getInquirySla());
}

function parseInquiry(input: unknown, messages: InquiryMessages) {
  try {
    return parseInput(inquiryInputSchema(messages), input);
  } catch (err) {
    // The shared unsafe-text check speaks Chinese: say it in the form's language.
    if (isAppError(err, "VALIDATION") && err.fieldErrors && messages !== INQUIRY_MESSAGES_ZH) {
      for (const [k, v] of Object.entries(err.fieldErrors)) if (v === UNSAFE_TEXT_MESSAGE) err.fieldErrors[k] = messages.unsafeText;
    }
    throw err;
  }
}
