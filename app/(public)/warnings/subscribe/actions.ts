"use server";
// Subscribe and unsubscribe: plain form posts (no JavaScript needed). Either form first sends a
// 6-digit code to the number (lib/broadcast/subscription-code.ts); the code form applies the change.
import { CONFIRMATIONS_PER_DAY } from "@/lib/broadcast/manage-subscription";
import { CODE_TTL_MINUTES, confirmSubscriptionCode, requestSubscriptionCode } from "@/lib/broadcast/subscription-code";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { clientKey } from "../../complaints/client-key";

const sentMessage = (maskedPhone: string) => `验证码已发送到 ${maskedPhone}，请在${CODE_TTL_MINUTES}分钟内填写下面的验证码完成操作。`;

export async function subscribeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const kinds = formData.getAll("kinds").map(String);
  const values: Record<string, string> = { ...formValues(formData, ["kinds"]), kinds: kinds.join(",") };
  try {
    const r = await requestSubscriptionCode({ action: "SUBSCRIBE", input: { phone: values.phone, town: values.town, kinds }, clientKey: await clientKey() });
    return { ok: true, message: sentMessage(r.maskedPhone), values: { ...values, challengeId: r.challengeId } };
  } catch (err) {
    return failureState(err, values);
  }
}

/** The unsubscribe form's fields carry an "unsub" prefix so both forms can sit on one page. */
export async function unsubscribeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    // A code goes to the number whether or not it subscribed: the answer tells strangers nothing.
    const r = await requestSubscriptionCode({ action: "UNSUBSCRIBE", input: { phone: values.unsubPhone, town: values.unsubTown }, clientKey: await clientKey() });
    return { ok: true, message: sentMessage(r.maskedPhone), values: { ...values, challengeId: r.challengeId } };
  } catch (err) {
    const state = failureState(err, values);
    if (state.errors) state.errors = Object.fromEntries(Object.entries(state.errors).map(([k, v]) => [k === "phone" ? "unsubPhone" : k === "town" ? "unsubTown" : k, v]));
    return state;
  }
}

export async function confirmCodeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const r = await confirmSubscriptionCode({ input: values, clientKey: await clientKey() });
    const capped = `该号码今天收到的确认短信已达上限（每天${CONFIRMATIONS_PER_DAY.limit}条），这次不再发送确认短信。`;
    const message =
      r.action === "UNSUBSCRIBE"
        ? `已退订：${r.maskedPhone} 不会再收到${r.townName}的预警和惠农信息短信。${r.changed && !r.smsSent ? capped : ""}`
        : !r.changed
          ? `${r.maskedPhone} 已经订阅了${r.townName}的${r.kinds}短信，无需重复订阅。`
          : `订阅成功：${r.maskedPhone} 将收到${r.townName}的${r.kinds}短信。${r.smsSent ? "确认短信已发出，其中写有退订方法。" : capped}`;
    return { ok: true, message, values: { confirmed: values.challengeId ?? "" } };
  } catch (err) {
    return failureState(err, values);
  }
}
