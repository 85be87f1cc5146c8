"use server";
// The officer content forms. Each action: parse the reference, call one lib function with the
// signed-in actor, then go back to the item with a message, or hand the form its field messages
// (or the conflict message) with the answers kept.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { addContentAttachment, removeContentAttachment } from "@/lib/content/content-attachments";
import { ContentConflictError } from "@/lib/content/content-change";
import { ZContentRef } from "@/lib/content/content.schema";
import { publishContent, unpublishContent } from "@/lib/content/publish-content";
import { restoreContentVersion } from "@/lib/content/restore-content-version";
import { createContent, updateContent } from "@/lib/content/save-content";
import { confirmationMissing, failureState, formValues, type ActionState } from "@/lib/form-state";

const STALE: ActionState = { message: "页面已过期，请刷新页面后再操作。" };

function refresh(contentId: string) {
  revalidatePath("/officer/content");
  revalidatePath(`/officer/content/${contentId}`);
}

export async function createContentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const values = formValues(formData);
  let id: string;
  try {
    id = (await createContent({ actor, input: Object.fromEntries(formData) })).id;
  } catch (err) {
    return failureState(err, values);
  }
  revalidatePath("/officer/content");
  redirect(`/officer/content/${id}?done=created`);
}

export async function updateContentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const ref = ZContentRef.safeParse(Object.fromEntries(formData));
  if (!ref.success) return { ...STALE, values };
  try {
    await updateContent({ actor, ...ref.data, input: Object.fromEntries(formData) });
  } catch (err) {
    // A stale form keeps what was typed and now carries the current version: saving again,
    // after reading the message, saves over it (the other version stays in the history).
    if (err instanceof ContentConflictError) return { message: err.userMessage, values: { ...values, expectedVersion: String(err.currentVersion) } };
    return failureState(err, values);
  }
  refresh(ref.data.contentId);
  redirect(`/officer/content/${ref.data.contentId}?done=saved`);
}

async function refAction(formData: FormData, done: string, act: (ref: { contentId: string; expectedVersion: number }) => Promise<unknown>): Promise<ActionState> {
  const values = formValues(formData);
  const ref = ZContentRef.safeParse(Object.fromEntries(formData));
  if (!ref.success) return { ...STALE, values };
  try {
    await act(ref.data);
  } catch (err) {
    return failureState(err, values);
  }
  refresh(ref.data.contentId);
  redirect(`/officer/content/${ref.data.contentId}?done=${done}`);
}

export async function publishAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  return refAction(formData, "published", (ref) => publishContent({ actor, ...ref }));
}

export async function scheduleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const publishAt = String(formData.get("publishAt") ?? "");
  if (!publishAt.trim()) return { errors: { publishAt: "请填写定时发布时间" }, values: formValues(formData) };
  return refAction(formData, "scheduled", (ref) => publishContent({ actor, ...ref, input: { publishAt } }));
}

export async function unpublishAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const missing = confirmationMissing(formData, "我确认撤回：公开页面将下线");
  if (missing) return missing;
  return refAction(formData, "unpublished", (ref) => unpublishContent({ actor, ...ref }));
}

export async function restoreAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const missing = confirmationMissing(formData, "我确认恢复此版本为当前版本");
  if (missing) return missing;
  const version = Number(formData.get("restoreVersion"));
  if (!Number.isInteger(version) || version < 1) return STALE;
  return refAction(formData, "restored", (ref) => restoreContentVersion({ actor, ...ref, version }));
}

export async function uploadAttachmentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const contentId = String(formData.get("contentId") ?? "");
  const file = formData.get("file");
  if (!contentId) return STALE;
  try {
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    await addContentAttachment({ actor, contentId, file: { name: file instanceof File ? file.name : "", bytes } });
  } catch (err) {
    return failureState(err, {});
  }
  refresh(contentId);
  redirect(`/officer/content/${contentId}?done=uploaded#attachments`);
}

export async function removeAttachmentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  let contentId: string;
  try {
    contentId = (await removeContentAttachment({ actor, attachmentId: String(formData.get("attachmentId") ?? "") })).contentId;
  } catch (err) {
    return failureState(err, {});
  }
  refresh(contentId);
  redirect(`/officer/content/${contentId}?done=removed#attachments`);
}
