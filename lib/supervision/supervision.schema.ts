import { z } from "zod";

export const ZOrderCloseInput = z.object({
  assessment: z.enum(["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"], { error: "请选择办结评价" }),
  note: z
    .string()
    .trim()
    .max(500, "评价说明请控制在500字以内")
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export const ZUrgeInput = z.object({
  note: z.string().trim().min(2, "请写明催办要求（至少2个字）").max(300, "催办要求请控制在300字以内"),
});

/** Scorecard weights in percent; they must add up to 100. */
export const ZScorecardWeights = z
  .object({
    acceptance: z.coerce.number().int("请填写整数").min(0, "不能小于0").max(100, "不能大于100"),
    onTime: z.coerce.number().int("请填写整数").min(0, "不能小于0").max(100, "不能大于100"),
    redo: z.coerce.number().int("请填写整数").min(0, "不能小于0").max(100, "不能大于100"),
    satisfaction: z.coerce.number().int("请填写整数").min(0, "不能小于0").max(100, "不能大于100"),
    orders: z.coerce.number().int("请填写整数").min(0, "不能小于0").max(100, "不能大于100"),
  })
  .refine((w) => w.acceptance + w.onTime + w.redo + w.satisfaction + w.orders === 100, { message: "各项权重之和应为100", path: ["acceptance"] });

/** The board's sort: a column and a direction, from the address (?sort=&dir=); anything else is the default. */
export const BOARD_SORT_COLUMNS = ["due", "department", "kind", "stage", "status", "handler"] as const;
export const ZBoardSort = z.object({
  sort: z.enum(BOARD_SORT_COLUMNS).catch("due"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
});
export type TBoardSort = z.infer<typeof ZBoardSort>;
