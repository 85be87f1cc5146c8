"use server";
// Subscribe and unsubscribe: plain form posts (no JavaScript needed); each parses the form,
// calls one lib function and hands back the state the form renders.
import { CONFIRMATIONS_PER_DAY, subscribeToWarnings, unsubscribeFromWarnings } from "@/lib/broadcast/manage-subscription";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { clientKey } from "../../complaints/client-key";

export async function subscribeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const kinds = formData.getAll("kinds").map(String);
  const values: Record<string, string> = { ...formValues(formData, ["kinds"]), kinds: kinds.join(",") };
  try {
    const r = await subscribeToWarnings({ input: { phone: values.phone, town: values.town, kinds }, clientKey: await clientKey() });
    const message = !r.changed
      ? `${r.maskedPhone} 已经订阅了${r.townName}的${r.kinds}短信，无需重复订阅。`
      : r.smsSent
        ? `订阅成功：${r.maskedPhone} 将收到${r.townName}的${r.kinds}短信。确认短信已发出，其中写有退订方法。`
        : `订阅成功：${r.maskedPhone} 将收到${r.townName}的${r.kinds}短信。该号码今天收到的确认短信已达上限（每天${CONFIRMATIONS_PER_DAY.limit}条），这次不再发送确认短信。如需退订，请在本页“退订”中填写手机号码和乡镇。`;
    return { ok: true, message, values: {} };
  } catch (err) {
    return failureState(err, values);
  }
}

/** The unsubscribe form's fields carry an "unsub" prefix so both forms can sit on one page. */
export async function unsubscribeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const r = await unsubscribeFromWarnings({ input: { phone: values.unsubPhone, town: values.unsubTown }, clientKey: await clientKey() });
    // The same answer whether or not the number was subscribed (manage-subscription.ts); the cap note only when a real unsubscription sent no SMS.
    const capped = r.changed && !r.smsSent ? `该号码今天收到的确认短信已达上限（每天${CONFIRMATIONS_PER_DAY.limit}条），这次不再发送退订确认短信。` : "";
    return { ok: true, message: `已退订：${r.maskedPhone} 不会再收到${r.townName}的预警和惠农信息短信。${capped}`, values: {} };
  } catch (err) {
    const state = failureState(err, values);
    if (state.errors) state.errors = Object.fromEntries(Object.entries(state.errors).map(([k, v]) => [k === "phone" ? "unsubPhone" : k === "town" ? "unsubTown" : k, v]));
    return state;
  }
}
