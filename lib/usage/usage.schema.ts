// The usage scorecard's settings form: one weight per metric (0–100) and the cost of a page.
import { z } from "zod";
import { YUAN, yuanToFen } from "../vehicles/money";

export function settingsSchema(keys: string[]) {
  const weight = z
    .string({ message: "请填写权重" })
    .trim()
    .regex(/^\d{1,3}$/, "权重应为0至100的整数")
    .transform(Number)
    .refine((n) => n <= 100, "权重应为0至100的整数");
  return z
    .object({
      ...Object.fromEntries(keys.map((k) => [`w_${k}`, weight])),
      pageCost: z.string({ message: "请填写每页成本" }).trim().regex(YUAN, "每页成本应为金额（元），最多两位小数，例如 0.30").transform(yuanToFen),
    })
    .superRefine((v, ctx) => {
      const total = keys.reduce((n, k) => n + (v[`w_${k}` as keyof typeof v] as number), 0);
      if (total === 0) ctx.addIssue({ code: "custom", path: [`w_${keys[0]}`], message: "至少一项权重应大于0" });
    });
}
