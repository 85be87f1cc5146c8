// Files a complaint from a checked draft. Idempotent on the draft id: a double click, a reload of
// the POST or a retry after a timeout returns the first filing and its receipt, never a second
// case (DESIGN.md "Bad input, faults, security").
import "server-only";
import { randomUUID } from "node:crypto";
import type { ComplaintSource } from "@/generated/prisma/enums";
import { prisma } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { getAuthSecret } from "../auth/auth-secret";
import { computeDeadline, yellowWarningPoint } from "../calendar/work-calendar";
import { MOBILE_PATTERN } from "../normalize-input";
import { addWorkingMinutes } from "../supervision/working-time";
import { ZComplaintAnswers } from "./complaint.schema";
import { inquiryAsComplaint, ZInvestmentInquiryDraft } from "../investment/investment-inquiry.schema";
import { formatDeadline } from "./complaint-format";
import { getFilingSettings, type FilingCategory, type FilingSettings } from "./filing-settings";
import { accessCodeFor, generateTrackingNo, hashAccessCode } from "./tracking-codes";
import { Prisma } from "@/generated/prisma/client";
import { rateLimitHitsSql, smsCapSql } from "../notify/enqueue-message";
import { getEnv } from "../env";
import { hitRateLimit, type RateLimit } from "../rate-limit";

/** Web filings per client address, and per phone number on the form (each one sends an SMS). */
export const FILINGS_PER_CLIENT: RateLimit = { limit: 20, windowSeconds: 3600 };
export const FILINGS_PER_PHONE: RateLimit = { limit: 5, windowSeconds: 24 * 3600 };
/**
 * New-case SMS to a department's heads: at most this many filings an hour page them one by one;
 * beyond, the cases wait on the 待办 list (/officer) without an SMS each, so a flood of filings
 * does not become a flood of SMS to the department head.
 */
export const NEW_CASE_SMS_PER_DEPARTMENT: RateLimit = { limit: 6, windowSeconds: 3600 };
const FILING_LIMITED = "提交过于频繁，请稍后再试。紧急情况请拨打12345热线。";

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
  /** Whether the receipt SMS was queued (not when the number reached today's SMS cap). */
  receiptSmsQueued: boolean;
}

async function receiptOf(complaintId: string, draftId: string, isNew: boolean): Promise<ComplaintReceipt> {
  const [c, receiptSms] = await Promise.all([
    prisma.complaint.findUniqueOrThrow({
      where: { id: complaintId },
      include: { department: { select: { name: true } }, category: { select: { name: true } } },
    }),
    prisma.outboxMessage.findUnique({ where: { dedupeKey: `received:${complaintId}` }, select: { id: true } }),
  ]);
  return {
    complaintId: c.id,
    trackingNo: c.trackingNo,
    accessCode: accessCodeFor(draftId, getAuthSecret()),
    deadlineAt: c.deadlineAt,
    departmentName: c.department.name,
    categoryName: c.category.name,
    hasPhone: !!c.citizenPhone && MOBILE_PATTERN.test(c.citizenPhone),
    isNew,
    receiptSmsQueued: !!receiptSms,
  };
}

interface DraftRow {
  data: unknown;
  complaintId: string | null;
  settingsVersion: number | null;
}

/** The draft and, in the same query, the settings version the filing must use (filing-settings.ts). */
async function readDraft(draftId: string): Promise<DraftRow | null> {
  const rows = await prisma.$queryRaw<DraftRow[]>`
    SELECT d."data", d."complaintId",
      (SELECT v."version" FROM "SettingsVersion" v WHERE v."scope" = 'complaints') AS "settingsVersion"
    FROM "ComplaintDraft" d WHERE d."id" = ${draftId}`;
  return rows[0] ?? null;
}

/** The case a draft files as, whichever form wrote the draft. */
interface Filing {
  category: FilingCategory | null;
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

/** When the investment inquiry category is switched off or has no owner. */
export const INQUIRY_UNAVAILABLE_MESSAGE = "暂时无法在线受理投资咨询，请致电县投资促进中心";

function filingOf(data: unknown, source: ComplaintSource, settings: FilingSettings): Filing {
  const invalid = () => new AppError("VALIDATION", "提交失败，请检查以下问题");
  const active = (c: FilingCategory | undefined) => (c?.isActive ? c : null);
  if (source === "INVESTMENT_INQUIRY") {
    // Investors' inquiries (lib/investment) are cases of their own category, which the public
    // complaint form does not offer (isPublic false): same lifecycle, own deadline class.
    const parsed = ZInvestmentInquiryDraft.safeParse(data);
    if (!parsed.success) throw invalid();
    const category = active([...settings.categories.values()].find((c) => c.code === INVESTMENT_INQUIRY_CATEGORY));
    return { category, fields: inquiryAsComplaint(parsed.data), noun: "咨询" };
  }
  const parsed = ZComplaintAnswers.safeParse(data);
  if (!parsed.success) throw invalid();
  const answers = parsed.data;
  const found = active(settings.categories.get(answers.categoryId));
  return {
    category: found?.isPublic ? found : null,
    noun: "诉求",
    fields: {
      title: answers.title,
      description: answers.description,
      address: answers.address ?? null,
      occurredAt: answers.occurredOn ? new Date(`${answers.occurredOn}T12:00:00+08:00`) : null,
      citizenName: answers.isAnonymous ? null : (answers.citizenName ?? null),
      citizenPhone: answers.isAnonymous ? null : (answers.citizenPhone ?? null),
      isAnonymous: answers.isAnonymous,
      consentToPublish: answers.consentToPublish === "yes",
    },
  };
}

type Filed = { complaintId: string; isNew: true; receipt: ComplaintReceipt } | { complaintId: string; isNew: false } | null;

/**
 * One filing attempt in two round trips: read the draft, then one statement that claims the
 * draft and writes the case, its photos, its SUBMITTED event and its text messages. A single
 * statement is one transaction, so the outbox rows exist exactly when the case does (DESIGN.md
 * "Notifications"), as with enqueueMessages (same columns, the same skip on a duplicate dedupe
 * key). The claim is an UPDATE of the draft guarded by "not filed yet" and "answers unchanged
 * since read"; when it matches nothing every insert selects from an empty set and nothing is
 * written. Returns null when the answers changed under us (read again).
 */
async function insertComplaint(draftId: string, now: Date, source: ComplaintSource, clientKey: string | undefined): Promise<Filed> {
  const draft = await readDraft(draftId);
  if (!draft) throw new AppError("NOT_FOUND", "没有找到这份诉求，请重新填写。");
  if (draft.complaintId) return { complaintId: draft.complaintId, isNew: false };
  const settings = await getFilingSettings(Number(draft.settingsVersion ?? 0));
  const { category, fields, noun } = filingOf(draft.data, source, settings);
  if (clientKey !== undefined) await limitFilings(clientKey, fields.citizenPhone?.trim() || null);
  const owner = category?.department ?? settings.fallbackOwner;
  if (!category || !owner) {
    // The citizen's form can choose another category; the investor's form has none to choose, so
    // its message goes to the whole form (components/investment/inquiry-form.tsx shows "form").
    const fieldErrors: Record<string, string> = source === "INVESTMENT_INQUIRY" ? { form: INQUIRY_UNAVAILABLE_MESSAGE } : { categoryId: "所选类别已停用，请重新选择" };
    throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors });
  }

  const deadlineAt = computeDeadline(now, category.slaClass, settings.calendar);
  // 签收 within N working hours (lib/supervision/working-time.ts): filed Sunday 22:00 with a
  // 2-hour limit, it is due Monday 10:30, not at midnight.
  const acceptDeadlineAt = addWorkingMinutes(now, category.slaClass.acceptHours * 60, settings.calendar);
  // The accept stage's yellow point: 80% of the limit in working time (lib/supervision/kinds/complaint.ts).
  const acceptYellowAt = addWorkingMinutes(now, category.slaClass.acceptHours * 60 * 0.8, settings.calendar);
  const trackingNo = generateTrackingNo(now);
  const accessCode = accessCodeFor(draftId, getAuthSecret());
  const complaintId = randomUUID();
  const citizenPhone = fields.citizenPhone?.trim() || null;
  // Only a mobile number can receive the receipt SMS; an investor's landline is kept for a call.
  const smsPhone = citizenPhone && MOBILE_PATTERN.test(citizenPhone) ? citizenPhone : null;
  const due = formatDeadline(deadlineAt);
  // Timestamps go as UTC text into timestamp(3) columns, as Prisma stores DateTime.
  const at = now.toISOString();
  const rows = await prisma.$queryRaw<{ id: string; receiptSms: boolean }[]>`
    WITH claimed AS (
      -- Filed: the draft keeps only its link to the case; the answers (name, phone) live in the case.
      UPDATE "ComplaintDraft" SET "complaintId" = ${complaintId}, "data" = '{}'::jsonb, "updatedAt" = ${at}::timestamp
      WHERE "id" = ${draftId} AND "complaintId" IS NULL AND "data" = ${JSON.stringify(draft.data)}::jsonb
      RETURNING "id"
    ), complaint AS (
      INSERT INTO "Complaint" ("id", "trackingNo", "accessCodeHash", "idempotencyKey", "source", "categoryId", "title",
        "description", "address", "occurredAt", "citizenName", "citizenPhone", "isAnonymous", "consentToPublish",
        "departmentId", "deadlineAt", "deadlineStartedAt", "yellowWarnAt", "acceptDeadlineAt", "acceptYellowAt", "createdAt", "updatedAt")
      SELECT ${complaintId}, ${trackingNo}, ${hashAccessCode(trackingNo, accessCode)}, ${draftId}, ${source}::"ComplaintSource",
        ${category.id}, ${fields.title}, ${fields.description}, ${fields.address}::text,
        ${fields.occurredAt?.toISOString() ?? null}::timestamp,
        ${fields.citizenName}::text, ${citizenPhone}::text, ${fields.isAnonymous}, ${fields.consentToPublish},
        ${owner.id}, ${deadlineAt.toISOString()}::timestamp, ${at}::timestamp, ${yellowWarningPoint(now, deadlineAt).toISOString()}::timestamp,
        ${acceptDeadlineAt.toISOString()}::timestamp, ${acceptYellowAt.toISOString()}::timestamp, ${at}::timestamp, ${at}::timestamp
      FROM claimed
      RETURNING "id"
    ), photos AS (
      UPDATE "Attachment" SET "complaintId" = ${complaintId}, "draftId" = NULL
      WHERE "draftId" = ${draftId} AND EXISTS (SELECT 1 FROM complaint)
    ), event AS (
      INSERT INTO "ComplaintEvent" ("id", "complaintId", "type", "toStatus", "note", "isPublic", "createdAt")
      SELECT ${randomUUID()}, c."id", 'SUBMITTED', 'SUBMITTED', ${`${noun}已提交，由${owner.name}办理。`}, true, ${at}::timestamp FROM complaint c
    ), messages AS (
      SELECT ${randomUUID()}::text AS "id", ${smsPhone}::text AS "recipient", 'complaint.received' AS "template",
        ${`【${category.name}】您的${noun}已受理登记，受理编号${trackingNo}，查询码${accessCode}，由${owner.name}办理，办理期限${due}。请妥善保管查询码。`}::text AS "body",
        ${`received:${complaintId}`}::text AS "dedupeKey"
      WHERE ${smsPhone}::text IS NOT NULL
      UNION ALL
      -- The heads of the department (notify-recipients.ts departmentContacts), read in this statement.
      SELECT gen_random_uuid()::text, o."phone", 'complaint.new',
        ${`新${noun}${trackingNo}（${category.name}）：${fields.title.replace(/[。．.！!？?]+$/u, "")}。请于${due}前办结。`}::text, ${`new:${complaintId}:`} || o."phone"
      FROM "Officer" o
      WHERE o."departmentId" = ${owner.id} AND o."role" = 'DEPARTMENT_HEAD' AND o."isActive" AND o."phone" IS NOT NULL AND btrim(o."phone") <> ''
    ), department_cap AS (
      -- The department's new-case SMS this hour (NEW_CASE_SMS_PER_DEPARTMENT).
      ${rateLimitHitsSql(Prisma.sql`(SELECT ${owner.id}::text AS "recipient" FROM complaint WHERE EXISTS (SELECT 1 FROM messages WHERE "template" = 'complaint.new'))`, "sms:new-case:department:", NEW_CASE_SMS_PER_DEPARTMENT, now)}
    ), wanted AS (
      SELECT m.* FROM messages m
      WHERE EXISTS (SELECT 1 FROM complaint) AND (m."template" <> 'complaint.new' OR coalesce((SELECT "allowed" FROM department_cap), false))
    ), recipient_cap AS (
      -- Each number's SMS today, all kinds together (enqueue-message.ts).
      ${smsCapSql(Prisma.sql`wanted`, now)}
    ), outbox AS (
      INSERT INTO "OutboxMessage" ("id", "channel", "recipient", "template", "body", "dedupeKey", "status", "attempts",
        "nextAttemptAt", "relatedType", "relatedId", "createdAt")
      SELECT m."id", 'SMS', m."recipient", m."template", m."body", m."dedupeKey", 'QUEUED', 0, ${at}::timestamp, 'Complaint', c."id", ${at}::timestamp
      FROM complaint c CROSS JOIN wanted m JOIN recipient_cap k ON k."recipient" = m."recipient" AND k."allowed"
      ON CONFLICT DO NOTHING
      RETURNING "template"
    )${
      getEnv().WORK_MESSAGING_URL
        ? // With work messaging on, each head also gets the new-case text as a 企业微信/钉钉 work
          // message (enqueue-message.ts does the same for every other officer SMS); no SMS cap,
          // but the department's new-case cap holds.
          Prisma.sql`, work AS (
      INSERT INTO "OutboxMessage" ("id", "channel", "recipient", "template", "body", "dedupeKey", "status", "attempts",
        "nextAttemptAt", "relatedType", "relatedId", "createdAt")
      SELECT gen_random_uuid()::text, 'WORK_MESSAGE', o."username", 'complaint.new',
        ${`新${noun}${trackingNo}（${category.name}）：${fields.title.replace(/[。．.！!？?]+$/u, "")}。请于${due}前办结。`}::text,
        ${`new:${complaintId}:work:`} || o."id", 'QUEUED', 0, ${at}::timestamp, 'Complaint', c."id", ${at}::timestamp
      FROM complaint c CROSS JOIN "Officer" o
      WHERE o."departmentId" = ${owner.id} AND o."role" = 'DEPARTMENT_HEAD' AND o."isActive"
        AND NOT EXISTS (SELECT 1 FROM department_cap WHERE NOT "allowed")
      ON CONFLICT DO NOTHING
    )`
        : Prisma.empty
    }
    SELECT "id", EXISTS (SELECT 1 FROM outbox WHERE "template" = 'complaint.received') AS "receiptSms" FROM complaint`;
  if (rows.length === 0) {
    const again = await prisma.complaintDraft.findUnique({ where: { id: draftId }, select: { complaintId: true } });
    return again?.complaintId ? { complaintId: again.complaintId, isNew: false } : null;
  }
  const receipt: ComplaintReceipt = {
    complaintId,
    trackingNo,
    accessCode,
    deadlineAt,
    departmentName: owner.name,
    categoryName: category.name,
    hasPhone: !!smsPhone,
    isNew: true,
    receiptSmsQueued: rows[0].receiptSms,
  };
  return { complaintId, isNew: true, receipt };
}

/** Filing limits of the public form: per client address and per phone number (each filing sends an SMS). */
async function limitFilings(clientKey: string, phone: string | null) {
  const hits = await Promise.all([
    hitRateLimit(`file:client:${clientKey}`, FILINGS_PER_CLIENT),
    ...(phone ? [hitRateLimit(`file:phone:${phone}`, FILINGS_PER_PHONE)] : []),
  ]);
  if (hits.some((h) => !h.allowed)) throw new AppError("RATE_LIMITED", FILING_LIMITED);
}

/**
 * Files the draft. `clientKey` (the public web form passes the client address) applies the
 * filing limits; Open311 and the investors' form have their own (API key, inquiry limit).
 */
export async function fileComplaint({ draftId, now = new Date(), source = "WEB", clientKey }: { draftId: string; now?: Date; source?: ComplaintSource; clientKey?: string }): Promise<ComplaintReceipt> {
  for (let attempt = 0; ; attempt++) {
    try {
      const filed = await insertComplaint(draftId, now, source, clientKey);
      if (filed?.isNew) return filed.receipt;
      if (filed) return receiptOf(filed.complaintId, draftId, false);
      // The answers were saved again between our read and our write: file what is there now.
      if (attempt >= 2) throw new AppError("CONFLICT", "这份诉求刚刚被修改，请重新检查后提交。");
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
