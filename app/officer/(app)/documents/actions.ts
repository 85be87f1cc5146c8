"use server";
// The document forms. Each action parses its fields, calls one lib/documents function with the
// signed-in officer, then redirects to the page that shows the result, or hands the form its
// field messages with the answers kept.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { actOnDocumentStep } from "@/lib/documents/act-on-step";
import { distributeDocument, signForDocument, urgeReceipts } from "@/lib/documents/distribute-document";
import { addDocumentAttachment, convertWordToHtml, removeDocumentAttachment } from "@/lib/documents/document-files";
import { saveDefaultRoute, submitDocument } from "@/lib/documents/document-route";
import { archiveIncoming, decideIncoming, finishIncoming, markIncomingRead, proposeIncoming, registerPaperDocument, registerReceivedDocument } from "@/lib/documents/incoming";
import { saveRegister } from "@/lib/documents/numbering";
import { createDocumentDraft, updateDocumentDraft } from "@/lib/documents/save-document-draft";
import { sealDocument } from "@/lib/documents/seal-document";
import type { DocumentKind } from "@/generated/prisma/enums";
import { sanitizeDocumentHtml } from "@/lib/documents/rich-text";
import { failureState, type ActionState } from "@/lib/form-state";

const MULTI = ["mainToIds", "copyToIds", "reviewerIds", "cosignerIds", "departmentIds", "officerIds", "readerIds"];

/** The form's answers: multi-value fields as arrays (and joined by commas to echo back). */
function read(formData: FormData) {
  const input: Record<string, unknown> = {};
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (all.length === 0) continue;
    input[key] = MULTI.includes(key) ? all : all[all.length - 1];
    values[key] = all.join(",");
  }
  // Echoed into the editor after a failed post: only ever the sanitised form.
  if (values.bodyHtml) values.bodyHtml = sanitizeDocumentHtml(values.bodyHtml);
  for (const key of MULTI) if (!(key in input)) input[key] = [];
  return { input, values };
}

async function fileOf(formData: FormData, name: string) {
  const f = formData.get(name);
  if (!(f instanceof File) || f.size === 0) return null;
  return { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) };
}

const STALE: ActionState = { message: "页面已过期，请刷新页面后再操作。" };

export async function createDraftAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const { input, values } = read(formData);
  let id: string;
  try {
    const word = await fileOf(formData, "word");
    if (word) input.bodyHtml = await convertWordToHtml(word);
    id = (await createDocumentDraft({ actor, input })).id;
  } catch (err) {
    return failureState(err, values);
  }
  revalidatePath("/officer/documents");
  redirect(`/officer/documents/${id}?done=created`);
}

export async function updateDraftAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const { input, values } = read(formData);
  const documentId = String(formData.get("documentId") ?? "");
  const expectedVersion = Number(formData.get("expectedVersion"));
  if (!documentId || !Number.isInteger(expectedVersion)) return { ...STALE, values };
  try {
    const word = await fileOf(formData, "word");
    if (word) input.bodyHtml = await convertWordToHtml(word);
    await updateDocumentDraft({ actor, documentId, expectedVersion, input });
  } catch (err) {
    return failureState(err, values);
  }
  revalidatePath(`/officer/documents/${documentId}`);
  redirect(`/officer/documents/${documentId}?done=saved`);
}

export async function addAttachmentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const documentId = String(formData.get("documentId") ?? "");
  try {
    const file = await fileOf(formData, "file");
    await addDocumentAttachment({ actor, documentId, file: file ?? { name: "", bytes: new Uint8Array() } });
  } catch (err) {
    return failureState(err, {});
  }
  redirect(`/officer/documents/${documentId}?done=attached`);
}

export async function removeAttachmentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  let documentId: string;
  try {
    documentId = (await removeDocumentAttachment({ actor, fileId: String(formData.get("fileId") ?? "") })).documentId;
  } catch (err) {
    return failureState(err, {});
  }
  redirect(`/officer/documents/${documentId}?done=removed`);
}

export async function submitAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const { input, values } = read(formData);
  const documentId = String(formData.get("documentId") ?? "");
  try {
    await submitDocument({ actor, documentId, expectedVersion: Number(formData.get("expectedVersion")), input });
  } catch (err) {
    return failureState(err, values);
  }
  revalidatePath(`/officer/documents/${documentId}`);
  redirect(`/officer/documents/${documentId}?done=submitted`);
}

export async function actOnStepAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const { input, values } = read(formData);
  delete values.signature;
  const stepId = String(formData.get("stepId") ?? "");
  let result: { status: string };
  try {
    result = await actOnDocumentStep({ actor, stepId, input });
  } catch (err) {
    return failureState(err, values);
  }
  revalidatePath("/officer");
  redirect(`/officer/documents/steps/${stepId}?done=${result.status === "DRAFT" ? "returned" : "done"}`);
}

export async function sealAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const documentId = String(formData.get("documentId") ?? "");
  try {
    await sealDocument({ actor, documentId });
  } catch (err) {
    return failureState(err, {});
  }
  redirect(`/officer/documents/${documentId}?done=sealed`);
}

export async function distributeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const { input, values } = read(formData);
  const documentId = String(formData.get("documentId") ?? "");
  let r: { receipts: number; messages: number };
  try {
    r = await distributeDocument({ actor, documentId, input });
  } catch (err) {
    return failureState(err, values);
  }
  redirect(`/officer/documents/${documentId}?done=distributed&n=${r.receipts}`);
}

export async function urgeReceiptsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const documentId = String(formData.get("documentId") ?? "");
  try {
    await urgeReceipts({ actor, documentId });
  } catch (err) {
    return failureState(err, {});
  }
  redirect(`/officer/documents/${documentId}?done=urged`);
}

export async function signForAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const receiptId = String(formData.get("receiptId") ?? "");
  try {
    await signForDocument({ actor, receiptId });
  } catch (err) {
    return failureState(err, {});
  }
  redirect(`/officer/documents/receipts/${receiptId}?done=signed`);
}

export async function registerReceivedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  let id: string;
  try {
    id = (await registerReceivedDocument({ actor, receiptId: String(formData.get("receiptId") ?? "") })).id;
  } catch (err) {
    return failureState(err, {});
  }
  redirect(`/officer/documents/incoming/${id}?done=registered`);
}

export async function registerPaperAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const { input, values } = read(formData);
  let id: string;
  try {
    const scan = await fileOf(formData, "scan");
    id = (await registerPaperDocument({ actor, input, scan: scan ?? { name: "", bytes: new Uint8Array() } })).id;
  } catch (err) {
    return failureState(err, values);
  }
  redirect(`/officer/documents/incoming/${id}?done=registered`);
}

async function incomingAction(formData: FormData, act: (actor: Awaited<ReturnType<typeof requireActor>>, incomingId: string, input: Record<string, unknown>) => Promise<unknown>, done: string): Promise<ActionState> {
  const actor = await requireActor();
  const { input, values } = read(formData);
  const incomingId = String(formData.get("incomingId") ?? "");
  try {
    await act(actor, incomingId, input);
  } catch (err) {
    return failureState(err, values);
  }
  revalidatePath("/officer");
  redirect(`/officer/documents/incoming/${incomingId}?done=${done}`);
}

export async function proposeAction(_prev: ActionState, formData: FormData) {
  return incomingAction(formData, (actor, incomingId, input) => proposeIncoming({ actor, incomingId, input }), "proposed");
}
export async function decideAction(_prev: ActionState, formData: FormData) {
  return incomingAction(formData, (actor, incomingId, input) => decideIncoming({ actor, incomingId, input }), "decided");
}
export async function finishAction(_prev: ActionState, formData: FormData) {
  return incomingAction(formData, (actor, incomingId, input) => finishIncoming({ actor, incomingId, input }), "finished");
}
export async function readAction(_prev: ActionState, formData: FormData) {
  return incomingAction(formData, (actor, incomingId) => markIncomingRead({ actor, incomingId }), "read");
}
export async function archiveAction(_prev: ActionState, formData: FormData) {
  return incomingAction(formData, (actor, incomingId) => archiveIncoming({ actor, incomingId }), "archived");
}

export async function saveRouteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const { input, values } = read(formData);
  try {
    await saveDefaultRoute({ actor, departmentId: String(formData.get("departmentId") ?? ""), input });
  } catch (err) {
    return failureState(err, values);
  }
  return { ok: true, message: "默认流程已保存。", values };
}

export async function saveRegisterAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const { input, values } = read(formData);
  try {
    await saveRegister({ actor, departmentId: String(formData.get("departmentId") ?? ""), kind: String(formData.get("kind") ?? "") as DocumentKind, input });
  } catch (err) {
    return failureState(err, values);
  }
  revalidatePath("/officer/documents/registers");
  return { ok: true, message: "发文字号已保存。", values };
}
