// 民意 forms (issue 15): a suggestion or a letter to the county head, an officer's answer, a
// consultation on a draft policy and a comment on it. Shared by the server actions and the lib.
import { z } from "zod";
import type { OpinionKind, OpinionOutcome } from "@/generated/prisma/enums";
import { MOBILE_PATTERN, normalizePhone } from "../normalize-input";
import { parseBeijingDate } from "../content/content.schema";

export const OPINION_KIND_LABELS: Record<OpinionKind, string> = { SUGGESTION: "建议", MAILBOX: "县长信箱来信" };

export const OUTCOMES = ["ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED", "ALREADY_IN_PLACE"] as const satisfies readonly OpinionOutcome[];
export const OUTCOME_LABELS: Record<OpinionOutcome, string> = {
  ADOPTED: "采纳",
  PARTLY_ADOPTED: "部分采纳",
  NOT_ADOPTED: "暂不采纳",
  ALREADY_IN_PLACE: "已在实施",
};

const optionalText = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v), z.string().max(max, message).optional());

export const ZSubmitOpinionInput = z
  .object({
    kind: z.enum(["SUGGESTION", "MAILBOX"], { message: "请选择类型" }),
    // A consultation's slug ("consultation:<slug>") or free text naming a policy or a topic.
    topic: optionalText(100, "主题请控制在100字以内"),
    title: z.string({ error: "请填写标题" }).trim().min(1, "请填写标题").min(4, "标题至少4个字").max(50, "标题请控制在50字以内"),
    body: z.string({ error: "请填写内容" }).trim().min(1, "请填写内容").min(20, "请至少写20个字，说清楚您的建议和理由").max(3000, "内容请控制在3000字以内"),
    citizenName: optionalText(20, "姓名请控制在20字以内"),
    citizenPhone: z
      .string({ error: "请填写手机号码" })
      .transform(normalizePhone)
      .pipe(z.string().min(1, "请填写手机号码").regex(MOBILE_PATTERN, "手机号码应为11位数字，以1开头")),
    consentToPublish: z.preprocess((v) => v === "yes", z.boolean()),
  })
  .strip();
export type TSubmitOpinionInput = z.infer<typeof ZSubmitOpinionInput>;

export const ZTrackOpinionInput = z.object({
  trackingNo: z
    .string({ error: "请填写受理编号" })
    .transform((v) => v.replace(/[\s-]/g, "").toUpperCase())
    .pipe(z.string().min(1, "请填写受理编号").regex(/^(JY|XX)\d{12}$/, "受理编号为JY或XX加12位数字，例如 JY261129123456")),
  accessCode: z
    .string({ error: "请填写查询码" })
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(z.string().min(1, "请填写查询码").regex(/^\d{8}$/, "查询码为8位数字")),
});

export const ZAnswerOpinionInput = z.object({
  outcome: z.enum(OUTCOMES, { message: "请选择采纳情况" }).optional(),
  reply: z.string({ error: "请填写答复内容" }).trim().min(1, "请填写答复内容").min(10, "答复至少10个字，说明理由").max(3000, "答复请控制在3000字以内"),
});

export const ZPublishOpinionInput = z.object({
  publicBody: z.string({ error: "请填写公开的内容" }).trim().min(1, "请填写公开的内容").max(3000, "公开内容请控制在3000字以内"),
});

export const ZAssignOpinionInput = z.object({
  departmentId: z.string({ error: "请选择承办部门" }).trim().min(1, "请选择承办部门").max(40),
  note: optionalText(200, "交办说明请控制在200字以内"),
});

const date = (required: string, label: string) =>
  z
    .string({ error: required })
    .transform((v, ctx) => {
      const d = v.trim() ? parseBeijingDate(v) : null;
      if (!v.trim()) ctx.addIssue({ code: "custom", message: required });
      else if (!d) ctx.addIssue({ code: "custom", message: `${label}格式应为 年-月-日，如 2026-12-31` });
      return d as Date;
    });

export const ZConsultationInput = z
  .object({
    title: z.string({ error: "请填写标题" }).trim().min(4, "请填写标题（至少4个字）").max(100, "标题请控制在100字以内"),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "网址名称应为小写字母、数字和连字符，如 draft-tea-subsidy-2027")
      .min(3, "网址名称至少3个字符")
      .max(80, "网址名称不能超过80个字符"),
    summary: optionalText(300, "摘要请控制在300字以内"),
    draftText: z.string({ error: "请填写草案全文" }).trim().min(20, "请填写草案全文（至少20个字）").max(100_000, "草案不能超过10万字"),
    departmentId: z.string({ error: "请选择起草部门" }).trim().min(1, "请选择起草部门"),
    opensAt: date("请填写开始日期", "开始日期"),
    closesAt: date("请填写截止日期", "截止日期"),
  })
  .refine((v) => !v.opensAt || !v.closesAt || v.closesAt > v.opensAt, { path: ["closesAt"], message: "截止日期应晚于开始日期" });

export const ZCommentInput = z.object({
  body: z.string({ error: "请填写您的意见" }).trim().min(1, "请填写您的意见").min(10, "请至少写10个字").max(3000, "意见请控制在3000字以内"),
  citizenName: optionalText(20, "姓名请控制在20字以内"),
  citizenPhone: z.preprocess(
    (v) => (typeof v === "string" ? normalizePhone(v) : v),
    z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || MOBILE_PATTERN.test(v), "手机号码应为11位数字，以1开头"),
  ),
});

export const ZFeedbackSummaryInput = z.object({
  feedbackSummary: z.string({ error: "请填写意见采纳情况说明" }).trim().min(20, "请填写意见采纳情况说明（至少20个字）").max(20_000, "说明不能超过2万字"),
});
