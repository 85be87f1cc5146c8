"use server";
// The broadcast confirmation: parse the form, call sendBroadcast, go to the broadcast's page.
import { redirect } from "next/navigation";
import { sendBroadcast } from "@/lib/broadcast/broadcast-warning";
import { requireActor } from "@/lib/auth/session";
import { failureState, formValues, type ActionState } from "@/lib/form-state";

export async function sendBroadcastAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const values = formValues(formData);
  let broadcastId: string;
  try {
    const result = await sendBroadcast({
      actor,
      contentId: String(formData.get("contentId") ?? ""),
      input: { towns: formData.getAll("towns").map(String), idempotencyKey: formData.get("idempotencyKey") ?? undefined },
    });
    broadcastId = result.broadcastId;
  } catch (err) {
    return failureState(err, values);
  }
  redirect(`/officer/broadcasts/${broadcastId}?sent=1`);
}
