// Inputs of the 12345-centre acts: dispatch, send-back, head review, call-back, merge. Shared by
// the server actions and the forms.
import { z } from "zod";
import { optionalText, text, ZReason } from "./complaint.schema";

export const ZDispatchInput = z.object({
  departmentId: z.string({ error: "请选择承办部门" }).min(1, "请选择承办部门").max(40, "部门无效"),
  note: optionalText(500, "交办意见请控制在500字以内"),
});
export type TDispatchInput = z.infer<typeof ZDispatchInput>;

export const ZSendBackInput = z.object({ reason: ZReason("请填写退回理由") });

export const ZProposeCloseInput = z.object({
  reply: text(10, 2000, "请填写给群众的答复", "答复至少需要10个字", "答复请控制在2000字以内"),
});

export const ZReviewCloseInput = z
  .object({
    approve: z.enum(["yes", "no"], { error: "请选择同意办结或退回" }),
    note: optionalText(500, "意见请控制在500字以内"),
  })
  .superRefine((v, ctx) => {
    if (v.approve === "no" && (!v.note || v.note.length < 4)) ctx.addIssue({ code: "custom", path: ["note"], message: "退回时请写明需要补充或改正的内容（至少4个字）" });
  });

export const ZCallbackInput = z
  .object({
    reached: z.enum(["yes", "no"], { error: "请选择是否联系上群众" }),
    solved: z.enum(["yes", "no"]).optional(),
    satisfied: z.enum(["yes", "no"]).optional(),
    words: optionalText(1000, "群众意见请控制在1000字以内"),
  })
  .superRefine((v, ctx) => {
    if (v.reached !== "yes") return;
    if (!v.solved) ctx.addIssue({ code: "custom", path: ["solved"], message: "请选择群众认为问题是否已解决" });
    if (!v.satisfied) ctx.addIssue({ code: "custom", path: ["satisfied"], message: "请选择群众是否满意" });
  });
export type TCallbackInput = z.infer<typeof ZCallbackInput>;

export const ZMergeInput = z.object({
  masterTrackingNo: z
    .string({ error: "请填写主案件的受理编号" })
    .trim()
    .toUpperCase()
    .min(1, "请填写主案件的受理编号")
    .regex(/^TC\d{12}$/, "受理编号为TC加12位数字，例如 TC261123123456"),
  note: optionalText(500, "合并说明请控制在500字以内"),
});

/** 延期初审: the department head forwards a handler's extension request or refuses it with a reason. */
export const ZForwardExtensionInput = z
  .object({
    forward: z.enum(["yes", "no"], { error: "请选择报督办员审批或不同意" }),
    note: optionalText(500, "意见请控制在500字以内"),
  })
  .superRefine((v, ctx) => {
    if (v.forward === "no" && (!v.note || v.note.length < 4)) ctx.addIssue({ code: "custom", path: ["note"], message: "不同意时请写明理由（至少4个字）" });
  });
