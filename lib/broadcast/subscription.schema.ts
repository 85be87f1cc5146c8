// The inputs of the public subscribe / unsubscribe form (/warnings/subscribe), shared by the
// server actions, the form and the lib functions.
import { z } from "zod";
import { MOBILE_PATTERN, normalizePhone } from "../normalize-input";
import { isTownCode } from "./county-towns";

export const SUBSCRIPTION_KINDS = ["warnings", "rural"] as const;
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];

const phone = z
  .string({ error: "请填写手机号码" })
  .transform(normalizePhone)
  .pipe(z.string().min(1, "请填写手机号码").regex(MOBILE_PATTERN, "手机号码应为11位手机号，例如 13812345678"));

const town = z.string({ error: "请选择乡镇" }).refine(isTownCode, "请选择乡镇");

/** Checkboxes arrive as one string or several; none ticked means both kinds. */
const kinds = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(SUBSCRIPTION_KINDS, { error: "请选择要接收的信息类型" })),
);

export const ZSubscribeInput = z.object({ phone, town, kinds });
export type TSubscribeInput = z.infer<typeof ZSubscribeInput>;

export const ZUnsubscribeInput = z.object({ phone, town });
export type TUnsubscribeInput = z.infer<typeof ZUnsubscribeInput>;
