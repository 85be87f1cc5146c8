"use server";
// The case page's forms. Each action: parse the case reference, call one lib function with the
// signed-in actor, then go back to the case with a success message, or hand the form its field
// messages or the conflict message with the answers kept.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { acceptComplaint } from "@/lib/complaints/accept-complaint";
import { addInternalNote } from "@/lib/complaints/add-internal-note";
import { approvePublication } from "@/lib/complaints/approve-publication";
import { assignComplaint } from "@/lib/complaints/assign-complaint";
import { ZCaseRef } from "@/lib/complaints/case-actions";
import { decideExtension } from "@/lib/complaints/decide-extension";
import { forwardExtension } from "@/lib/complaints/forward-extension";
import { pauseComplaintClock, resumeComplaintClock } from "@/lib/supervision/pause-clock";
import { rejectComplaint } from "@/lib/complaints/reject-complaint";
import { replyToCitizen } from "@/lib/complaints/reply-to-citizen";
import { requestExtension } from "@/lib/complaints/request-extension";
import { resolveComplaint } from "@/lib/complaints/resolve-complaint";
import { startComplaint } from "@/lib/complaints/start-complaint";
import { answerSupervisionOrder, issueSupervisionOrder } from "@/lib/complaints/supervision-orders";
import { acceptTransfer, declineTransfer, requestTransfer } from "@/lib/complaints/transfer-complaint";
import { dispatchComplaint } from "@/lib/complaints/dispatch-complaint";
import { mergeComplaints } from "@/lib/complaints/merge-complaints";
import { describeTypedValues } from "@/lib/complaints/officer-options";
import { proposeCloseComplaint } from "@/lib/complaints/propose-close-complaint";
import { recordCallback } from "@/lib/complaints/record-callback";
import { reviewCloseProposal } from "@/lib/complaints/review-close-proposal";
import { sendBackComplaint } from "@/lib/complaints/send-back-complaint";
import { withdrawTransfer } from "@/lib/complaints/withdraw-transfer";
import { AppError, isAppError } from "@/lib/errors";
import { failureState, formValues, type ActionState } from "@/lib/form-state";

export type CaseActionState = ActionState & { conflict?: boolean; intent?: string; seq?: number; /** What was typed, with ids shown as names (the conflict box). */ shown?: Record<string, string> };
type Act = (args: { actor: Actor; complaintId: string; expectedVersion: number; input: Record<string, unknown> }) => Promise<unknown>;

async function runCaseAction(formData: FormData, done: string, act: Act, returnTo?: (complaintId: string) => string): Promise<CaseActionState> {
  const actor = await requireActor();
  const values = formValues(formData);
  const ref = ZCaseRef.safeParse({ complaintId: formData.get("complaintId"), expectedVersion: formData.get("expectedVersion") });
  if (!ref.success) return { message: "页面已过期，请刷新页面后再操作。", values, conflict: true };
  try {
    await act({ actor, ...ref.data, input: Object.fromEntries(formData) });
  } catch (err) {
    // A CONFLICT is someone else's act (or a state this page no longer shows): the page says so
    // at the top, with a reload link, and the form keeps what the officer typed.
    const conflict = isAppError(err, "CONFLICT");
    return { ...failureState(err, values), conflict, shown: conflict ? await describeTypedValues(values) : undefined };
  }
  const caseUrl = `/officer/complaints/${ref.data.complaintId}`;
  revalidatePath(caseUrl);
  revalidatePath("/officer/complaints");
  redirect(returnTo ? returnTo(ref.data.complaintId) : `${caseUrl}?done=${done}`);
}

export async function acceptAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "accepted", (a) => acceptComplaint(a));
}

export async function rejectAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "rejected", (a) => rejectComplaint(a));
}

export async function assignAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "assigned", (a) => assignComplaint(a));
}

export async function requestTransferAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "transfer-requested", (a) => requestTransfer(a));
}

export async function acceptTransferAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "transfer-accepted", (a) => acceptTransfer(a));
}

export async function declineTransferAction(_prev: CaseActionState, formData: FormData) {
  // Once declined, the case is no longer this department's to see: back to its transfer list.
  return runCaseAction(formData, "transfer-declined", (a) => declineTransfer(a), () => "/officer/complaints?state=transfers&done=transfer-declined");
}

export async function startAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "started", (a) => startComplaint(a));
}

export async function noteAction(_prev: CaseActionState, formData: FormData) {
  // A note changes no state and takes no version (lib/complaints/add-internal-note.ts).
  return runCaseAction(formData, "noted", ({ actor, complaintId, input }) => addInternalNote({ actor, complaintId, input }));
}

export async function replyAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "replied", (a) => replyToCitizen(a));
}

export async function resolveAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "resolved", (a) => resolveComplaint(a));
}

export async function approvePublicationAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "published", (a) => approvePublication(a));
}

export async function requestExtensionAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "extension-requested", (a) => requestExtension(a));
}

export async function decideExtensionAction(_prev: CaseActionState, formData: FormData) {
  const done = formData.get("approve") === "yes" ? "extension-approved" : "extension-refused";
  const fromBoard = formData.get("from") === "board";
  return runCaseAction(formData, done, (a) => decideExtension(a), fromBoard ? () => `/officer/supervision?done=${done}` : undefined);
}

export async function forwardExtensionAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, formData.get("forward") === "yes" ? "extension-forwarded" : "extension-refused-by-head", (a) => forwardExtension(a));
}

export async function pauseClockAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "clock-paused", ({ actor, complaintId, expectedVersion, input }) => pauseComplaintClock({ actor, complaintId, expectedVersion, reason: String(input.reason ?? "") }));
}

export async function resumeClockAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "clock-resumed", ({ actor, complaintId, expectedVersion }) => resumeComplaintClock({ actor, complaintId, expectedVersion }));
}

export async function issueOrderAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "order-issued", ({ actor, complaintId, input }) => issueSupervisionOrder({ actor, complaintId, input }));
}

export async function answerOrderAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "order-answered", ({ actor, input }) => answerSupervisionOrder({ actor, orderId: String(input.orderId ?? ""), input }));
}

export async function dispatchAction(_prev: CaseActionState, formData: FormData) {
  // Once dispatched the case leaves the queue: back to the queue for the next one.
  return runCaseAction(formData, "dispatched", (a) => dispatchComplaint(a), () => "/officer/complaints?state=dispatch&done=dispatched");
}

export async function sendBackAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "sent-back", (a) => sendBackComplaint(a));
}

export async function proposeCloseAction(_prev: CaseActionState, formData: FormData) {
  const files = formData.getAll("photos").filter((f): f is File => typeof f !== "string");
  const photos = await Promise.all(files.map(async (f) => ({ fileName: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  return runCaseAction(formData, "close-proposed", (a) => proposeCloseComplaint({ ...a, photos }));
}

export async function reviewCloseAction(_prev: CaseActionState, formData: FormData) {
  const done = formData.get("approve") === "yes" ? "resolved" : "close-returned";
  return runCaseAction(formData, done, (a) => reviewCloseProposal(a));
}

export async function callbackAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "callback", (a) => recordCallback(a));
}

export async function mergeAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "merged", (a) => mergeComplaints(a));
}

export async function withdrawTransferAction(_prev: CaseActionState, formData: FormData) {
  return runCaseAction(formData, "transfer-withdrawn", async (a) => {
    if (a.input.confirm !== "yes") throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { confirm: "请勾选“我确认撤回这项转办”" } });
    return withdrawTransfer(a);
  });
}

const CASE_FORM_ACTIONS: Record<string, (prev: CaseActionState, formData: FormData) => Promise<CaseActionState>> = {
  accept: acceptAction,
  reject: rejectAction,
  assign: assignAction,
  transfer: requestTransferAction,
  "accept-transfer": acceptTransferAction,
  "decline-transfer": declineTransferAction,
  start: startAction,
  note: noteAction,
  reply: replyAction,
  resolve: resolveAction,
  publication: approvePublicationAction,
  "request-extension": requestExtensionAction,
  "decide-extension": decideExtensionAction,
  "forward-extension": forwardExtensionAction,
  "pause-clock": pauseClockAction,
  "resume-clock": resumeClockAction,
  "issue-order": issueOrderAction,
  "answer-order": answerOrderAction,
  dispatch: dispatchAction,
  "send-back": sendBackAction,
  "propose-close": proposeCloseAction,
  "review-close": reviewCloseAction,
  callback: callbackAction,
  merge: mergeAction,
  "withdraw-transfer": withdrawTransferAction,
};

/**
 * The one action every case form posts to (components/complaints/officer/case-forms.tsx): the
 * form's `intent` names the act ("answer-order:<id>" for one of several alike). One shared state
 * lets the page show a conflict at its top, with or without JavaScript.
 */
export async function caseFormAction(prev: CaseActionState, formData: FormData): Promise<CaseActionState> {
  const intent = String(formData.get("intent") ?? "");
  const act = CASE_FORM_ACTIONS[intent.split(":")[0]];
  // seq tells one answer from the next (the provider puts aside answers older than the page).
  const seq = Date.now();
  if (!act) return { message: "页面已过期，请刷新页面后再操作。", values: formValues(formData), conflict: true, intent, seq };
  return { ...(await act(prev, formData)), intent, seq };
}
