"use server";
// The broadcast confirmation and 停止发送: parse the form, call one lib function, go to the page
// that shows the outcome.
import { redirect } from "next/navigation";
import { sendBroadcast, TEXT_CHANGED_MESSAGE } from "@/lib/broadcast/broadcast-warning";
import { stopBroadcast } from "@/lib/broadcast/stop-broadcast";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { confirmationMissing, failureState, formValues, type ActionState } from "@/lib/form-state";

export async function sendBroadcastAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const contentId = String(formData.get("contentId") ?? "");
  const towns = formData.getAll("towns").map(String);
  let broadcastId: string;
  try {
    const result = await sendBroadcast({
      actor,
      contentId,
      input: { towns, idempotencyKey: formData.get("idempotencyKey") ?? undefined, textHash: formData.get("textHash") ?? undefined, confirmRepeat: formData.get("confirmRepeat") ?? undefined },
    });
    broadcastId = result.broadcastId;
  } catch (err) {
    // The SMS changed since the preview: show the page again with the new text and the message at the top.
    if (isAppError(err, "CONFLICT") && err.userMessage === TEXT_CHANGED_MESSAGE) {
      const query = new URLSearchParams([["changed", "1"], ...towns.map((t) => ["towns", t])]);
      redirect(`/officer/warnings/${encodeURIComponent(contentId)}/broadcast?${query}`);
    }
    return failureState(err, values);
  }
  redirect(`/officer/broadcasts/${broadcastId}?sent=1`);
}

export async function stopBroadcastAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const missing = confirmationMissing(formData, "我确认停止发送排队中的短信");
  if (missing) return missing;
  const broadcastId = String(formData.get("broadcastId") ?? "");
  let cancelled: number;
  try {
    cancelled = (await stopBroadcast({ actor, broadcastId })).cancelled;
  } catch (err) {
    return failureState(err, {});
  }
  redirect(`/officer/broadcasts/${encodeURIComponent(broadcastId)}?stopped=${cancelled}`);
}
