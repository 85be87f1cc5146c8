// The officer's broadcast form: the towns chosen and the form's idempotency key.
import { z } from "zod";
import { isTownCode } from "./county-towns";

export const ZBroadcastInput = z.object({
  towns: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().refine(isTownCode, "所选乡镇不存在")).min(1, "请至少选择一个乡镇"),
  ),
  idempotencyKey: z.string({ error: "表单已失效，请刷新页面后重试" }).regex(/^[0-9a-f-]{36}$/, "表单已失效，请刷新页面后重试"),
});
export type TBroadcastInput = z.infer<typeof ZBroadcastInput>;
