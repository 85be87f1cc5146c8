"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { createSeal, revokeSeal } from "@/lib/seals/manage-seals";
import { sealSpecimen } from "@/lib/seals/seal-specimen";

export async function createSealAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const values = formValues(formData);
  let sealId: string;
  try {
    ({ sealId } = await createSeal({ actor, input: { departmentId: values.departmentId ?? "", name: values.name ?? "", bottomText: values.bottomText } }));
  } catch (err) {
    return failureState(err, values);
  }
  revalidatePath("/officer/seals");
  redirect(`/officer/seals/${sealId}?saved=created`);
}

export async function revokeSealAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const values = formValues(formData);
  try {
    await revokeSeal({ actor, input: { sealId: values.sealId ?? "", reason: values.reason ?? "" } });
  } catch (err) {
    return failureState(err, values);
  }
  revalidatePath("/officer/seals");
  redirect(`/officer/seals/${values.sealId}?saved=revoked`);
}

/** 试盖章: a plain form post, so it works without JavaScript; the seal page then offers the file. */
export async function sealSpecimenAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const sealId = String(formData.get("sealId") ?? "");
  let target: string;
  try {
    const { sealUseId } = await sealSpecimen({ actor });
    target = `/officer/seals/${sealId}?specimen=${sealUseId}`;
  } catch (err) {
    if (!isAppError(err)) console.error(err);
    // Only the error's code travels in the link: the page shows its own words for it.
    target = `/officer/seals/${sealId}?error=${encodeURIComponent(isAppError(err) ? err.code : "INTERNAL")}`;
  }
  revalidatePath(`/officer/seals/${sealId}`);
  redirect(target);
}
