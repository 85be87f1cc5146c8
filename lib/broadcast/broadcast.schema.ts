// The officer's broadcast form: the towns chosen, the form's idempotency key, the hash of the
// previewed SMS and, for a repeat broadcast, the explicit confirmation.
import { z } from "zod";
import { isTownCode } from "./county-towns";

export const ZBroadcastInput = z.object({
  towns: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().refine(isTownCode, "所选乡镇不存在")).min(1, "请至少选择一个乡镇"),
  ),
  idempotencyKey: z.string({ error: "表单已失效，请刷新页面后重试" }).regex(/^[0-9a-f-]{36}$/, "表单已失效，请刷新页面后重试"),
  // sha256 of the SMS the editor previewed; a missing one never matches, so it reads as "changed".
  textHash: z.string().default(""),
  // The "我确认需要再次发送" tick, required when the item was broadcast before.
  confirmRepeat: z.preprocess((v) => v === "yes" || v === true, z.boolean()),
});
export type TBroadcastInput = z.infer<typeof ZBroadcastInput>;
