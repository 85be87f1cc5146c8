"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { userMessageOf } from "@/lib/errors";
import { deleteSearchSynonym, saveSearchSynonym } from "@/lib/search/manage-search-synonyms";

export async function saveSearchSynonymAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  let saved: { id: string; isCreated: boolean };
  try {
    saved = await saveSearchSynonym({ actor, input: Object.fromEntries(formData) });
  } catch (err) {
    return failureState(err, formValues(formData));
  }
  redirect(`/officer/search-synonyms?${saved.isCreated ? "added" : "saved"}=${encodeURIComponent(saved.id)}#synonym-${saved.id}`);
}

// A plain form post: the outcome travels in the address as fixed codes.
export async function deleteSearchSynonymAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  let outcome: string;
  try {
    await deleteSearchSynonym({ actor, id: String(formData.get("id") ?? "") });
    outcome = "deleted=1";
  } catch (err) {
    console.error(userMessageOf(err), err);
    outcome = "failed=delete";
  }
  redirect(`/officer/search-synonyms?${outcome}`);
}
