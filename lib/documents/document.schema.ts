// Input schemas of the document forms, shared by the server actions and lib (zod).
import { z } from "zod";
import { DOCUMENT_KINDS } from "./labels";
import { MAX_BODY_HTML_CHARS } from "./rich-text";

/** A form's multi-select: absent, one value or several (FormData.getAll gives an array). */
const ids = z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]), z.array(z.string().min(1).max(40)).max(5000, "一次最多选择5000项"));

export const ZDocumentDraftInput = z.object({
  kind: z.enum(DOCUMENT_KINDS as [string, ...string[]], { error: "请选择文种" }),
  title: z.string({ error: "请填写标题" }).trim().min(1, "请填写标题").max(200, "标题不能超过200个字"),
  mainToIds: ids,
  copyToIds: ids,
  urgency: z.enum(["NORMAL", "URGENT", "EXTRA_URGENT"], { error: "请选择紧急程度" }).default("NORMAL"),
  secrecy: z.enum(["NONE", "INTERNAL"], { error: "请选择公开属性" }).default("NONE"),
  bodyHtml: z.string().max(MAX_BODY_HTML_CHARS, "正文过长，请拆分后再提交").default(""),
});
export type TDocumentDraftInput = z.infer<typeof ZDocumentDraftInput>;

export const ZRouteInput = z.object({
  reviewerIds: ids,
  cosignerIds: ids,
  signerId: z.string({ error: "请选择签发人" }).trim().min(1, "请选择签发人").max(40),
});
export type TRouteInput = z.infer<typeof ZRouteInput>;

export const ZDefaultRouteInput = ZRouteInput.extend({ signerId: z.string().trim().max(40).optional().default("") });

export const ZStepActInput = z.object({
  decision: z.enum(["approve", "return"]).default("approve"),
  opinion: z.string().trim().max(1000, "意见不能超过1000个字").optional().default(""),
  phrase: z.string().trim().max(60).optional().default(""),
  signature: z.string().max(800_000, "签名图片过大，请清除后重新签写").optional().default(""),
});

export const ZDistributeInput = z.object({
  departmentIds: ids,
  officerIds: ids,
});

export const ZRegisterInput = z.object({
  prefix: z.string().trim().min(1, "请填写发文字号前缀").max(20, "前缀不能超过20个字"),
  issuerMark: z.string().trim().min(1, "请填写发文机关标志").max(40, "发文机关标志不能超过40个字"),
  issuerName: z.string().trim().min(1, "请填写发文机关署名").max(40, "发文机关署名不能超过40个字"),
});

export const ZPaperIncomingInput = z.object({
  fromUnit: z.string().trim().min(1, "请填写来文单位").max(100, "来文单位不能超过100个字"),
  originalNumber: z.string().trim().max(60, "来文字号不能超过60个字").optional().default(""),
  title: z.string().trim().min(1, "请填写标题").max(200, "标题不能超过200个字"),
  urgency: z.enum(["NORMAL", "URGENT", "EXTRA_URGENT"]).default("NORMAL"),
});

export const ZProposeInput = z.object({
  proposal: z.string().trim().min(1, "请填写拟办意见").max(1000, "拟办意见不能超过1000个字"),
  leaderId: z.string({ error: "请选择批办领导" }).trim().min(1, "请选择批办领导").max(40),
});

export const ZDecideInput = z.object({
  decision: z.string().trim().max(1000, "批办意见不能超过1000个字").optional().default(""),
  phrase: z.string().trim().max(60).optional().default(""),
  handlerDepartmentId: z.string().trim().max(40).optional().default(""),
  answerRequired: z.preprocess((v) => v === "yes" || v === "on" || v === true, z.boolean()),
  dueOn: z.string().trim().optional().default(""),
  readerIds: ids,
});

export const ZFinishInput = z.object({ result: z.string().trim().min(1, "请填写办理结果").max(2000, "办理结果不能超过2000个字") });
