"use server";
// The usage settings form (admin): one lib call, then back to the scorecard with a message.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { saveUsageSettings } from "@/lib/usage/usage-scorecard";

export async function saveUsageSettingsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  try {
    await saveUsageSettings({ actor, input: Object.fromEntries(formData) });
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  revalidatePath("/officer/usage");
  redirect("/officer/usage/settings?done=saved");
}
