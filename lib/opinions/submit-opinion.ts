// A citizen's suggestion (建议) or letter to the county head (县长信箱), from the public forms.
// The intake is the complaint engine's, not a copy: the form key makes a retry return the same
// receipt (complaint-drafts' ids), tracking number and access code come from tracking-codes.ts,
// phone numbers are normalised like every form's, filings are rate-limited per client and number
// like complaints, and the receipt SMS goes through the outbox under the per-recipient cap.
// Letters go to the county government office (the county head's office); a suggestion about a
// consultation goes to the department that drafted it, any other to the office, which assigns it.
import "server-only";
import type { OpinionKind } from "@/generated/prisma/enums";
import { getAuthSecret } from "../auth/auth-secret";
import { loadCalendarOverrides } from "../calendar/load-calendar";
import { isDraftId } from "../complaints/complaint-drafts";
import { formatDeadline } from "../complaints/complaint-format";
import { departmentContacts } from "../complaints/notify-recipients";
import { accessCodeFor, generateTrackingNo, hashAccessCode } from "../complaints/tracking-codes";
import { prisma } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { enqueueMessages } from "../notify/enqueue-message";
import { hitRateLimit, type RateLimit } from "../rate-limit";
import { parseInput } from "../validation";
import { opinionDeadlines } from "./opinion-deadlines";
import { OPINION_KIND_LABELS, ZSubmitOpinionInput } from "./opinion.schema";

const PER_CLIENT: RateLimit = { limit: 10, windowSeconds: 3600 };
const PER_PHONE: RateLimit = { limit: 5, windowSeconds: 24 * 3600 };
const PREFIX: Record<OpinionKind, string> = { SUGGESTION: "JY", MAILBOX: "XX" };

export interface OpinionReceipt {
  trackingNo: string;
  accessCode: string;
  kind: OpinionKind;
  dueAt: Date;
  departmentName: string;
}

async function receiptFor(idempotencyKey: string): Promise<OpinionReceipt | null> {
  const o = await prisma.opinion.findUnique({ where: { idempotencyKey }, select: { trackingNo: true, kind: true, dueAt: true, department: { select: { name: true } } } });
  return o ? { trackingNo: o.trackingNo, kind: o.kind, dueAt: o.dueAt, departmentName: o.department.name, accessCode: accessCodeFor(idempotencyKey, getAuthSecret()) } : null;
}

/** The consultation a suggestion is about ("consultation:<slug>"), while it takes comments. */
async function consultationOf(topic: string | undefined, now: Date) {
  const slug = topic?.startsWith("consultation:") ? topic.slice("consultation:".length) : null;
  if (!slug) return null;
  return prisma.consultation.findFirst({ where: { slug, opensAt: { lte: now } }, select: { id: true, title: true, departmentId: true } });
}

export async function submitOpinion({ formKey, input, clientKey, now = new Date() }: { formKey: string; input: unknown; clientKey: string; now?: Date }): Promise<OpinionReceipt> {
  if (!isDraftId(formKey)) throw new AppError("VALIDATION", "表单已失效", { fieldErrors: { form: "表单已失效，请刷新页面后重新填写" } });
  const earlier = await receiptFor(formKey);
  if (earlier) return earlier;
  const answers = parseInput(ZSubmitOpinionInput, input);
  const limited = await Promise.all([hitRateLimit(`opinion:client:${clientKey}`, PER_CLIENT), hitRateLimit(`opinion:phone:${answers.citizenPhone}`, PER_PHONE)]);
  if (limited.some((l) => !l.allowed)) throw new AppError("RATE_LIMITED", "提交过于频繁，请稍后再试。急事请拨打12345热线。");

  const consultation = answers.kind === "SUGGESTION" ? await consultationOf(answers.topic, now) : null;
  const office = await prisma.department.findFirst({ where: { isFallbackOwner: true }, select: { id: true } });
  const departmentId = consultation?.departmentId ?? office?.id;
  if (!departmentId) throw new AppError("VALIDATION", "提交失败", { fieldErrors: { form: "暂时无法在线受理，请拨打12345热线" } });
  const calendar = await loadCalendarOverrides(prisma, now);
  const { dueAt, yellowAt } = opinionDeadlines(answers.kind, now, calendar);
  const accessCode = accessCodeFor(formKey, getAuthSecret());
  const noun = OPINION_KIND_LABELS[answers.kind];

  for (let attempt = 0; ; attempt++) {
    const trackingNo = generateTrackingNo(now).replace(/^TC/, PREFIX[answers.kind]);
    try {
      return await prisma.$transaction(async (tx) => {
        const opinion = await tx.opinion.create({
          data: {
            kind: answers.kind,
            trackingNo,
            accessCodeHash: hashAccessCode(trackingNo, accessCode),
            idempotencyKey: formKey,
            title: answers.title,
            body: answers.body,
            topicLabel: consultation ? `征求意见：${consultation.title}` : (answers.topic ?? null),
            consultationId: consultation?.id ?? null,
            citizenName: answers.citizenName ?? null,
            citizenPhone: answers.citizenPhone,
            consentToPublish: answers.consentToPublish,
            departmentId,
            dueAt,
            yellowAt,
            createdAt: now,
            events: { create: { type: "SUBMITTED", note: `收到${noun}`, createdAt: now } },
          },
          select: { id: true, department: { select: { name: true } } },
        });
        const heads = await departmentContacts(tx, departmentId);
        await enqueueMessages(tx, [
          {
            recipient: answers.citizenPhone,
            template: "opinion.received",
            body: `您的${noun}已收到，受理编号${trackingNo}，查询码${accessCode}，由${opinion.department.name}办理，${formatDeadline(dueAt)}前答复。`,
            dedupeKey: `opinion-received:${opinion.id}`,
            relatedType: "Opinion",
            relatedId: opinion.id,
          },
          ...heads.map((h) => ({
            recipient: h.phone,
            template: "opinion.new",
            body: `【新${noun}】${trackingNo}“${answers.title}”，请于${formatDeadline(dueAt)}前答复。`,
            dedupeKey: `opinion-new:${opinion.id}:${h.id}`,
            relatedType: "Opinion",
            relatedId: opinion.id,
          })),
        ]);
        return { trackingNo, accessCode, kind: answers.kind, dueAt, departmentName: opinion.department.name };
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // The same form sent twice at once: the first one's receipt. Else a tracking number taken: again.
      const first = await receiptFor(formKey);
      if (first) return first;
      if (attempt >= 4) throw err;
    }
  }
}
