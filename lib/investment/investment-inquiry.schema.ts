// An investor's inquiry (/investment/inquiry): the form's answers, and how they read as a case of
// the complaint engine (category INVESTMENT_INQUIRY, source INVESTMENT_INQUIRY).
import { z } from "zod";
import { LANDLINE_PATTERN, MOBILE_PATTERN, normalizePhone } from "../normalize-input";

const optional = (schema: z.ZodType) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v), schema.optional());

/**
 * The form's messages. Chinese here; the English form (/en/investment/inquiry) passes the
 * `InquiryErrors` messages of next-intl's English catalog (messages/en.json), same keys.
 */
export const INQUIRY_MESSAGES_ZH = {
  contactNameRequired: "请填写您的姓名",
  contactNameTooLong: "姓名请控制在20字以内",
  organisationRequired: "请填写公司或机构名称",
  organisationTooShort: "公司或机构名称至少2个字",
  organisationTooLong: "公司或机构名称请控制在100字以内",
  phoneRequired: "请填写联系电话",
  phoneInvalid: "联系电话应为11位手机号，或带区号的固定电话，例如 0571-87654321",
  emailInvalid: "电子邮箱格式不正确，例如 name@example.com",
  emailTooLong: "电子邮箱请控制在100字以内",
  projectInvalid: "所选项目无效",
  projectGone: "所选项目已下线，请重新选择或不选",
  questionRequired: "请填写您想咨询的问题",
  questionTooShort: "请至少写10个字，说清楚想了解什么",
  questionTooLong: "咨询内容请控制在2000字以内",
  consentRequired: "请确认同意由县投资促进中心使用以上联系方式答复您",
  formExpired: "表单已失效，请刷新页面后重新填写",
  rateLimited: "提交过于频繁，请一小时后再试，或直接致电县投资促进中心。",
  unsafeText: "含有无法识别的字符（如控制字符），请删除后重新输入",
  generic: "系统繁忙，请稍后再试。",
};
export type InquiryMessages = typeof INQUIRY_MESSAGES_ZH;

export function inquiryInputSchema(m: InquiryMessages = INQUIRY_MESSAGES_ZH) {
  return z.object({
    contactName: z.string({ error: m.contactNameRequired }).trim().min(1, m.contactNameRequired).max(20, m.contactNameTooLong),
    organisation: z.string({ error: m.organisationRequired }).trim().min(1, m.organisationRequired).min(2, m.organisationTooShort).max(100, m.organisationTooLong),
    // Investors often give an office line: a landline with its area code is accepted too (it
    // gets a call instead of the SMS; lib/complaints sends SMS to mobile numbers only).
    phone: z
      .string({ error: m.phoneRequired })
      .transform(normalizePhone)
      .pipe(
        z
          .string()
          .min(1, m.phoneRequired)
          .refine((v) => MOBILE_PATTERN.test(v) || LANDLINE_PATTERN.test(v), m.phoneInvalid),
      ),
    email: optional(z.email(m.emailInvalid).max(100, m.emailTooLong)),
    projectSlug: optional(z.string().max(200, m.projectInvalid)),
    question: z.string({ error: m.questionRequired }).trim().min(1, m.questionRequired).min(10, m.questionTooShort).max(2000, m.questionTooLong),
    consent: z.literal("yes", { error: m.consentRequired }),
  });
}

export const ZInvestmentInquiryInput = inquiryInputSchema();
export type TInvestmentInquiryInput = z.infer<typeof ZInvestmentInquiryInput>;

/** What the draft keeps: the answers and the title of the project or park as it was chosen. */
export const ZInvestmentInquiryDraft = ZInvestmentInquiryInput.extend({ projectTitle: z.string().optional() });
export type TInvestmentInquiryDraft = z.infer<typeof ZInvestmentInquiryDraft>;

/** The case the inquiry becomes. Investors never agree to publication here: inquiries stay private. */
export function inquiryAsComplaint(a: TInvestmentInquiryDraft) {
  const subject = a.projectTitle ?? a.organisation;
  const lines = [a.question, "", `咨询单位：${a.organisation}`];
  if (a.projectTitle) lines.push(`关注项目：${a.projectTitle}`);
  if (a.email) lines.push(`电子邮箱：${a.email}`);
  return {
    title: Array.from(`投资咨询：${subject}`).slice(0, 50).join(""),
    description: lines.join("\n"),
    address: null,
    occurredAt: null,
    citizenName: a.contactName,
    citizenPhone: a.phone,
    isAnonymous: false,
    consentToPublish: false,
  };
}
