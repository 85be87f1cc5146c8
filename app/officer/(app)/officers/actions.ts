"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { confirmationMissing, failureState, formValues, type ActionState } from "@/lib/form-state";
import { createOfficer, resetOfficerPassword, setOfficerActive, updateOfficer } from "@/lib/officers/manage-officers";

/** The form's fields, with every ticked duty (a checkbox group posts one value per box). */
function officerInput(formData: FormData) {
  return { ...Object.fromEntries(formData), duties: formData.getAll("duties") };
}

/** What to show again after an error: the ticked duties kept as one comma-separated value. */
function officerValues(formData: FormData) {
  return { ...formValues(formData), duties: formData.getAll("duties").map(String).join(",") };
}

export async function createOfficerAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const values = officerValues(formData);
  let id: string;
  try {
    id = (await createOfficer({ actor, input: officerInput(formData) })).id;
  } catch (err) {
    return failureState(err, values);
  }
  redirect(`/officer/officers/${id}?saved=created`);
}

export async function updateOfficerAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const values = officerValues(formData);
  try {
    await updateOfficer({ actor, input: officerInput(formData) });
  } catch (err) {
    return failureState(err, values);
  }
  revalidatePath("/officer/officers");
  return { ok: true, message: "已保存角色、部门、职责和电话。角色、部门或职责有变化时，该人员需重新登录。", values };
}

export async function resetPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  try {
    await resetOfficerPassword({ actor, input: Object.fromEntries(formData) });
  } catch (err) {
    return failureState(err, {});
  }
  return { ok: true, message: "密码已重置，账户锁定已解除，该人员已登录的会话均已退出。请将新密码当面告知本人；本人登录后须先设置自己的新密码。" };
}

export async function setActiveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  // Deactivating asks first; re-enabling does not.
  if (formData.get("isActive") !== "true") {
    const missing = confirmationMissing(formData, "我确认停用：该人员将立即退出且不能再登录");
    if (missing) return missing;
  }
  try {
    await setOfficerActive({ actor, officerId: String(formData.get("officerId")), isActive: formData.get("isActive") === "true" });
  } catch (err) {
    return failureState(err, {});
  }
  revalidatePath("/officer/officers");
  return { ok: true, message: formData.get("isActive") === "true" ? "已启用，该人员可以登录。" : "已停用，该人员不能再登录。" };
}
