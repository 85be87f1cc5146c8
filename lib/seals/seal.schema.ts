// Input of the seal administration forms, shared by the server actions and lib (zod).
import { z } from "zod";

const trimmed = (schema: z.ZodString) => z.preprocess((v) => (typeof v === "string" ? v.trim() : v), schema);

export const ZCreateSealInput = z.object({
  departmentId: trimmed(z.string().min(1, "请选择单位")),
  name: trimmed(
    z
      .string()
      .min(2, "请填写印章上的单位名称")
      .max(24, "单位名称不能超过24个字")
      .regex(/^[\p{Script=Han}A-Za-z0-9（）()·]+$/u, "单位名称只能包含汉字、字母、数字和括号，不含空格"),
  ),
  bottomText: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
    z
      .string()
      .max(10, "下方文字不能超过10个字")
      .regex(/^[\p{Script=Han}A-Za-z0-9]+$/u, "下方文字只能包含汉字、字母和数字")
      .optional(),
  ),
});
export type TCreateSealInput = z.infer<typeof ZCreateSealInput>;

export const ZRevokeSealInput = z.object({
  sealId: z.string().min(1),
  reason: trimmed(z.string().min(2, "请填写停用理由").max(200, "停用理由不能超过200个字")),
});
export type TRevokeSealInput = z.infer<typeof ZRevokeSealInput>;
