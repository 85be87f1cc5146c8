// An investor's inquiry (/investment/inquiry): the form's answers, and how they read as a case of
// the complaint engine (category INVESTMENT_INQUIRY, source INVESTMENT_INQUIRY).
import { z } from "zod";
import { LANDLINE_PATTERN, MOBILE_PATTERN, normalizePhone } from "../normalize-input";

const optional = (schema: z.ZodType) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v), schema.optional());

export const ZInvestmentInquiryInput = z.object({
  contactName: z.string({ error: "请填写您的姓名" }).trim().min(1, "请填写您的姓名").max(20, "姓名请控制在20字以内"),
  organisation: z.string({ error: "请填写公司或机构名称" }).trim().min(1, "请填写公司或机构名称").min(2, "公司或机构名称至少2个字").max(100, "公司或机构名称请控制在100字以内"),
  // Investors often give an office line: a landline with its area code is accepted too (it
  // gets a call instead of the SMS; lib/complaints sends SMS to mobile numbers only).
  phone: z
    .string({ error: "请填写联系电话" })
    .transform(normalizePhone)
    .pipe(
      z
        .string()
        .min(1, "请填写联系电话")
        .refine((v) => MOBILE_PATTERN.test(v) || LANDLINE_PATTERN.test(v), "联系电话应为11位手机号，或带区号的固定电话，例如 0571-87654321"),
    ),
  email: optional(z.email("电子邮箱格式不正确，例如 name@example.com").max(100, "电子邮箱请控制在100字以内")),
  projectSlug: optional(z.string().max(200, "所选项目无效")),
  question: z.string({ error: "请填写您想咨询的问题" }).trim().min(1, "请填写您想咨询的问题").min(10, "请至少写10个字，说清楚想了解什么").max(2000, "咨询内容请控制在2000字以内"),
  consent: z.literal("yes", { error: "请确认同意由县投资促进中心使用以上联系方式答复您" }),
});
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
