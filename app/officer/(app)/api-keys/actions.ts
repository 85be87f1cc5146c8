"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { issueApiKey, revokeApiKey } from "@/lib/open311/api-keys";

export async function issueApiKeyAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const values = formValues(formData);
  try {
    const { key, name } = await issueApiKey({ actor, input: Object.fromEntries(formData) });
    revalidatePath("/officer/api-keys");
    return { ok: true, message: `已为“${name}”签发密钥。请立即复制保存，此密钥只显示这一次：${key}`, values: {} };
  } catch (err) {
    return failureState(err, values);
  }
}

export async function revokeApiKeyAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  await revokeApiKey({ actor, id: String(formData.get("id") ?? "") });
  revalidatePath("/officer/api-keys");
}
