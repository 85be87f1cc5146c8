// The inputs of the complaint lifecycle, shared by the server actions, the forms and the lib
// functions. Messages are the ones people read (CONVENTIONS.md: specific and plain).
import { z } from "zod";
import { compactCode, MOBILE_PATTERN, normalizePhone } from "../normalize-input";

export const text = (min: number, max: number, empty: string, short: string, long: string) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .min(min, short)
    .max(max, long);

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
export const optionalText = (max: number, long: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v), z.string().max(max, long).optional());

export { MOBILE_PATTERN };

/** Spaces, dashes and full-width digits are what people type, not mistakes (issue 15). */
const typedCode = (normalize: (v: string) => string) => (v: unknown) => (typeof v === "string" ? normalize(v) : v);

const ZAnswerFields = z.object({
  categoryId: z.string({ error: "请选择投诉类别" }).min(1, "请选择投诉类别"),
  title: text(4, 50, "请填写标题", "标题至少需要4个字", "标题请控制在50字以内"),
  description: text(10, 2000, "请描述发生了什么", "请至少写10个字，说清楚发生了什么", "情况描述请控制在2000字以内"),
  address: text(2, 200, "请填写发生地点", "请把地点写得更具体一些", "地点请控制在200字以内"),
  occurredOn: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.iso.date("发生日期应为有效日期，例如 2026-11-20").optional(),
  ),
  isAnonymous: checkbox,
  citizenName: optionalText(20, "姓名请控制在20字以内"),
  citizenPhone: z.preprocess(typedCode(normalizePhone), optionalText(11, "手机号码应为11位手机号，例如 13812345678")),
  consentToPublish: z.enum(["yes", "no"], { error: "请选择是否同意公开办理结果" }),
});

/**
 * A cross-field rule runs whenever the fields it reads are valid, even if other fields are not
 * (zod skips an object's refinements after any failed field unless told `when`), so the person
 * sees every problem in one round (CONVENTIONS.md "Forms").
 */
const whenValid = (fields: z.ZodType) => (payload: { value: unknown }) => fields.safeParse(payload.value).success;
const ZDateField = ZAnswerFields.pick({ occurredOn: true });
const ZNameFields = ZAnswerFields.pick({ isAnonymous: true, citizenName: true });
const ZPhoneFields = ZAnswerFields.pick({ isAnonymous: true, citizenPhone: true });
const todayInBeijing = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The answers of the filing form (photos are handled separately: lib/complaints/photos.ts). */
export const ZComplaintAnswers = ZAnswerFields.refine((v) => !v.occurredOn || v.occurredOn <= todayInBeijing(), {
  path: ["occurredOn"],
  message: "发生日期不能晚于今天",
  when: whenValid(ZDateField),
})
  .refine((v) => v.isAnonymous || !!v.citizenName, { path: ["citizenName"], message: "请填写姓名，或选择匿名反映", when: whenValid(ZNameFields) })
  .refine((v) => v.isAnonymous || !!v.citizenPhone, { path: ["citizenPhone"], message: "请填写手机号码，或选择匿名反映", when: whenValid(ZPhoneFields) })
  .refine((v) => v.isAnonymous || !v.citizenPhone || MOBILE_PATTERN.test(v.citizenPhone), {
    path: ["citizenPhone"],
    message: "手机号码应为11位手机号，例如 13812345678",
    when: whenValid(ZPhoneFields),
  });
export type TComplaintAnswers = z.infer<typeof ZComplaintAnswers>;

export const ZReason = (empty: string) => text(4, 500, empty, "请至少写4个字说明理由", "请控制在500字以内");

export const ZRejectInput = z.object({ reason: ZReason("请填写不予受理的理由") });
export const ZTransferInput = z.object({
  departmentId: z.string({ error: "请选择转办部门" }).min(1, "请选择转办部门"),
  reason: ZReason("请填写转办理由"),
});
export const ZDeclineTransferInput = z.object({ reason: ZReason("请填写退回理由") });
export const ZAssignInput = z.object({
  departmentId: optionalText(40, "部门无效"),
  handlerId: optionalText(40, "承办人无效"),
});
export const ZNoteInput = z.object({ note: text(1, 2000, "请填写内部备注", "请填写内部备注", "备注请控制在2000字以内") });
export const ZReplyInput = z.object({ reply: text(10, 2000, "请填写答复内容", "答复至少需要10个字", "答复请控制在2000字以内") });
export const ZResolveInput = z.object({ reply: optionalText(2000, "答复请控制在2000字以内") });
export const ZPublicationInput = z.object({ text: text(10, 3000, "请填写公开文本", "公开文本至少需要10个字", "公开文本请控制在3000字以内") });
export const ZExtensionInput = z.object({
  until: z.iso.date("请填写延期后的办结日期，例如 2026-12-10"),
  reason: ZReason("请填写延期理由"),
});
export const ZExtensionDecisionInput = z.object({
  approve: z.enum(["yes", "no"], { error: "请选择同意或不同意" }),
  note: optionalText(500, "意见请控制在500字以内"),
});
export const ZSupervisionOrderInput = z.object({
  instruction: text(4, 1000, "请填写督办要求", "督办要求至少需要4个字", "督办要求请控制在1000字以内"),
  dueOn: z.iso.date("请填写督办期限，例如 2026-12-01"),
});
export const ZOrderResponseInput = z.object({ response: text(4, 1000, "请填写办理情况", "请至少写4个字", "请控制在1000字以内") });

/** A tracking number: TC, then the filing date (YYMMDD) and six digits. */
export const TRACKING_NO_PATTERN = /^TC\d{12}$/;

export const ZTrackInput = z.object({
  trackingNo: z.preprocess(
    typedCode(compactCode),
    z
      .string({ error: "请填写受理编号" })
      .toUpperCase()
      .min(1, "请填写受理编号")
      .regex(TRACKING_NO_PATTERN, "受理编号为TC加12位数字，例如 TC261123123456"),
  ),
  accessCode: z.preprocess(typedCode(compactCode), z.string({ error: "请填写查询码" }).min(1, "请填写查询码").regex(/^\d{8}$/, "查询码为8位数字")),
});

export const ZRatingInput = z.object({
  solved: z.enum(["yes", "no"], { error: "请选择问题是否已解决" }),
  satisfaction: z.coerce.number({ error: "请选择满意度" }).int().min(1, "请选择满意度").max(5, "请选择满意度"),
  comment: optionalText(500, "意见请控制在500字以内"),
});
