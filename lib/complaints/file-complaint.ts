// Files a complaint from a checked draft. Idempotent on the draft id: a double click, a reload of
// the POST or a retry after a timeout returns the first filing and its receipt, never a second
// case (DESIGN.md "Bad input, faults, security").
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ComplaintSource } from "@/generated/prisma/enums";
import { prisma, type Tx } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { getAuthSecret } from "../auth/auth-secret";
import { loadCalendarOverrides } from "../calendar/load-calendar";
import { computeDeadline, yellowWarningPoint } from "../calendar/work-calendar";
import { enqueueMessages } from "../notify/enqueue-message";
import { ZComplaintAnswers } from "./complaint.schema";
import { inquiryAsComplaint, ZInvestmentInquiryDraft } from "../investment/investment-inquiry.schema";
import { formatDeadline } from "./complaint-format";
import { departmentContacts } from "./notify-recipients";
import { accessCodeFor, generateTrackingNo, hashAccessCode } from "./tracking-codes";

/** The category investors' inquiries file under (seeded with the SLA class INVESTMENT). */
export const INVESTMENT_INQUIRY_CATEGORY = "INVESTMENT_INQUIRY";

export interface ComplaintReceipt {
  complaintId: string;
  trackingNo: string;
  accessCode: string;
  deadlineAt: Date;
  departmentName: string;
  categoryName: string;
  hasPhone: boolean;
  /** False when this call found an earlier filing of the same draft. */
  isNew: boolean;
}

async function receiptOf(complaintId: string, draftId: string, isNew: boolean): Promise<ComplaintReceipt> {
  const c = await prisma.complaint.findUniqueOrThrow({
    where: { id: complaintId },
    include: { department: { select: { name: true } }, category: { select: { name: true } } },
  });
  return {
    complaintId: c.id,
    trackingNo: c.trackingNo,
    accessCode: accessCodeFor(draftId, getAuthSecret()),
    deadlineAt: c.deadlineAt,
    departmentName: c.department.name,
    categoryName: c.category.name,
    hasPhone: !!c.citizenPhone,
    isNew,
  };
}

/** The case a draft files as, whichever form wrote the draft. */
interface Filing {
  category: Prisma.ComplaintCategoryGetPayload<{ include: { slaClass: true; department: true } }> | null;
  fields: {
    title: string;
    description: string;
    address: string | null;
    occurredAt: Date | null;
    citizenName: string | null;
    citizenPhone: string | null;
    isAnonymous: boolean;
    consentToPublish: boolean;
  };
  /** How messages name the case: 诉求 (complaint) or 咨询 (investor's inquiry). */
  noun: string;
}

async function filingOf(tx: Tx, data: unknown, source: ComplaintSource): Promise<Filing> {
  const invalid = () => new AppError("VALIDATION", "提交失败，请检查以下问题");
  if (source === "INVESTMENT_INQUIRY") {
    // Investors' inquiries (lib/investment) are cases of their own category, which the public
    // complaint form does not offer (isPublic false): same lifecycle, own deadline class.
    const parsed = ZInvestmentInquiryDraft.safeParse(data);
    if (!parsed.success) throw invalid();
    const category = await tx.complaintCategory.findFirst({ where: { code: INVESTMENT_INQUIRY_CATEGORY, isActive: true }, include: { slaClass: true, department: true } });
    return { category, fields: inquiryAsComplaint(parsed.data), noun: "咨询" };
  }
  const parsed = ZComplaintAnswers.safeParse(data);
  if (!parsed.success) throw invalid();
  const answers = parsed.data;
  const category = await tx.complaintCategory.findFirst({
    where: { id: answers.categoryId, isActive: true, isPublic: true },
    include: { slaClass: true, department: true },
  });
  return {
    category,
    noun: "诉求",
    fields: {
      title: answers.title,
      description: answers.description,
      address: answers.address,
      occurredAt: answers.occurredOn ? new Date(`${answers.occurredOn}T12:00:00+08:00`) : null,
      citizenName: answers.isAnonymous ? null : (answers.citizenName ?? null),
      citizenPhone: answers.isAnonymous ? null : (answers.citizenPhone ?? null),
      isAnonymous: answers.isAnonymous,
      consentToPublish: answers.consentToPublish === "yes",
    },
  };
}

async function insertComplaint(tx: Tx, draftId: string, now: Date, source: ComplaintSource) {
  const draft = await tx.complaintDraft.findUnique({ where: { id: draftId } });
  if (!draft) throw new AppError("NOT_FOUND", "没有找到这份诉求，请重新填写。");
  if (draft.complaintId) return { complaintId: draft.complaintId, isNew: false };
  const { category, fields, noun } = await filingOf(tx, draft.data, source);
  const owner = category?.department ?? (await tx.department.findFirst({ where: { isFallbackOwner: true } }));
  if (!category || !owner) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { categoryId: "所选类别已停用，请重新选择" } });

  const calendar = await loadCalendarOverrides(tx, now);
  const deadlineAt = computeDeadline(now, category.slaClass, calendar);
  const trackingNo = generateTrackingNo(now);
  const accessCode = accessCodeFor(draftId, getAuthSecret());
  const complaint = await tx.complaint.create({
    data: {
      trackingNo,
      accessCodeHash: hashAccessCode(trackingNo, accessCode),
      idempotencyKey: draftId,
      source,
      categoryId: category.id,
      ...fields,
      departmentId: owner.id,
      deadlineAt,
      deadlineStartedAt: now,
      yellowWarnAt: yellowWarningPoint(now, deadlineAt),
      acceptDeadlineAt: new Date(now.getTime() + category.slaClass.acceptHours * 3_600_000),
      createdAt: now,
    },
  });
  await tx.attachment.updateMany({ where: { draftId }, data: { complaintId: complaint.id, draftId: null } });
  await tx.complaintDraft.update({ where: { id: draftId }, data: { complaintId: complaint.id } });
  await tx.complaintEvent.create({
    data: { complaintId: complaint.id, type: "SUBMITTED", toStatus: "SUBMITTED", note: `诉求已提交，由${owner.name}办理。`, createdAt: now },
  });
  const due = formatDeadline(deadlineAt);
  const messages = [];
  if (complaint.citizenPhone) {
    messages.push({
      recipient: complaint.citizenPhone,
      template: "complaint.received",
      body: `【${category.name}】您的${noun}已受理登记，受理编号${trackingNo}，查询码${accessCode}，由${owner.name}办理，办理期限${due}。请妥善保管查询码。`,
      dedupeKey: `received:${complaint.id}`,
      relatedType: "Complaint",
      relatedId: complaint.id,
    });
  }
  for (const contact of await departmentContacts(tx, owner.id)) {
    messages.push({
      recipient: contact.phone,
      template: "complaint.new",
      body: `新${noun}${trackingNo}（${category.name}）：${fields.title}。请于${due}前办结。`,
      dedupeKey: `new:${complaint.id}:${contact.phone}`,
      relatedType: "Complaint",
      relatedId: complaint.id,
    });
  }
  await enqueueMessages(tx, messages);
  return { complaintId: complaint.id, isNew: true };
}

export async function fileComplaint({ draftId, now = new Date(), source = "WEB" }: { draftId: string; now?: Date; source?: ComplaintSource }): Promise<ComplaintReceipt> {
  for (let attempt = 0; ; attempt++) {
    try {
      const { complaintId, isNew } = await prisma.$transaction((tx) => insertComplaint(tx, draftId, now, source));
      return receiptOf(complaintId, draftId, isNew);
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 2) throw err;
      // A concurrent filing of the same draft won (idempotency key), or a tracking number
      // collided: look again; the next round returns the winner or draws a new number.
      const draft = await prisma.complaintDraft.findUnique({ where: { id: draftId }, select: { complaintId: true } });
      if (draft?.complaintId) return receiptOf(draft.complaintId, draftId, false);
    }
  }
}

/** The receipt again (confirmation page reload), for the browser that filed it. */
export async function getComplaintReceipt({ draftId }: { draftId: string }): Promise<ComplaintReceipt | null> {
  const draft = await prisma.complaintDraft.findUnique({ where: { id: draftId }, select: { complaintId: true } });
  if (!draft?.complaintId) return null;
  return receiptOf(draft.complaintId, draftId, false);
}
