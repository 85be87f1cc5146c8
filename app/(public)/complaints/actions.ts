"use server";
// Citizen complaint actions. Every one works as a plain form post without JavaScript; each
// parses the form, calls one lib function and renders or redirects.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getComplaintDraft, isDraftId, saveComplaintDraft } from "@/lib/complaints/complaint-drafts";
import { fileComplaint } from "@/lib/complaints/file-complaint";
import { followComplaint } from "@/lib/complaints/follow-complaint";
import { rateComplaint } from "@/lib/complaints/rate-complaint";
import { trackComplaint } from "@/lib/complaints/track-complaint";
import { isAppError } from "@/lib/errors";
import { failureState, formValues } from "@/lib/form-state";
import type { ComplaintFormState, TrackState } from "@/components/complaints/complaint-states";
import { AppError } from "@/lib/errors";
import { claimDraft, clientKey, ownDraftId, receiptCookieName } from "./client-key";

export async function saveComplaintDraftAction(_prev: ComplaintFormState, formData: FormData): Promise<ComplaintFormState> {
  const values = formValues(formData, ["removePhoto"]);
  const draftId = String(formData.get("draftId") ?? "");
  const files = formData.getAll("photos").filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0);
  const photos = await Promise.all(files.map(async (f) => ({ fileName: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const removePhotoIds = formData.getAll("removePhoto").map(String);
  try {
    // A draft saved before belongs to the browser that saved it (lib/complaints/draft-owner.ts).
    if (isDraftId(draftId) && draftId !== (await ownDraftId()) && (await getComplaintDraft(draftId))) {
      throw new AppError("CONFLICT", "表单已失效，请刷新页面后重新填写。");
    }
    if (isDraftId(draftId)) await claimDraft(draftId);
    await saveComplaintDraft({ draftId, values, photos, removePhotoIds });
  } catch (err) {
    // Good photos and the answers were saved before the error: show them again.
    const draft = isDraftId(draftId) && draftId === (await ownDraftId()) ? await getComplaintDraft(draftId) : null;
    return { ...failureState(err, values), photos: draft?.photos ?? [] };
  }
  redirect("/complaints/new/check");
}

export async function fileComplaintAction(formData: FormData): Promise<void> {
  const draftId = String(formData.get("draftId") ?? "");
  // Only the browser that saved the draft files it, or gets its receipt again.
  if (draftId !== (await ownDraftId())) redirect("/complaints/new");
  let receipt;
  try {
    // Idempotent on the draft id: a double click, a reload or a retry gets the same case.
    receipt = await fileComplaint({ draftId, clientKey: await clientKey() });
  } catch (err) {
    if (isAppError(err, "VALIDATION")) redirect("/complaints/new?edit=1");
    if (isAppError(err, "NOT_FOUND")) redirect("/complaints/new");
    throw err;
  }
  (await cookies()).set(receiptCookieName(receipt.trackingNo), `${receipt.trackingNo}:${receipt.accessCode}`, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.SITE_URL?.startsWith("https://"),
    path: "/complaints",
    maxAge: 86_400,
  });
  redirect(`/complaints/filed/${receipt.trackingNo}`);
}

export async function followComplaintAction(formData: FormData): Promise<void> {
  const draftId = String(formData.get("draftId") ?? "");
  if (draftId !== (await ownDraftId())) redirect("/complaints/new");
  let result;
  try {
    result = await followComplaint({ complaintId: String(formData.get("complaintId") ?? ""), draftId });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) redirect(isDraftId(draftId) ? "/complaints/new/check" : "/complaints/new");
    throw err;
  }
  redirect(`/complaints/followed?no=${result.trackingNo}&sms=${result.willBeNotified ? 1 : 0}`);
}

/** One action for the lookup and the rating, so the result stays on the page without JavaScript. */
export async function trackComplaintAction(_prev: TrackState, formData: FormData): Promise<TrackState> {
  const values = formValues(formData, ["comment", "solved", "satisfaction", "intent", "version"]);
  const lookup = { trackingNo: values.trackingNo ?? "", accessCode: values.accessCode ?? "", clientKey: await clientKey() };
  const codeError = (err: unknown): TrackState => {
    // A refused lookup (wrong code, too many tries) is shown at the access code field.
    if (isAppError(err, "RATE_LIMITED")) return { errors: { accessCode: err.userMessage }, values };
    return failureState(err, values);
  };
  let notice: TrackState["notice"];
  let rating: TrackState["rating"];
  if (formData.get("intent") === "rate") {
    const input = { solved: formData.get("solved") ?? undefined, satisfaction: formData.get("satisfaction") ?? undefined, comment: formData.get("comment") ?? undefined };
    try {
      const after = await rateComplaint({ ...lookup, expectedVersion: Number(formData.get("version")), input });
      notice = after.status === "REOPENED" ? "reopened" : "rated";
    } catch (err) {
      if (isAppError(err, "VALIDATION") && err.fieldErrors && !err.fieldErrors.accessCode && !err.fieldErrors.trackingNo) {
        rating = { errors: err.fieldErrors, values: Object.fromEntries(Object.entries(input).map(([k, v]) => [k, String(v ?? "")])) };
      } else if (isAppError(err, "CONFLICT")) {
        rating = { message: err.userMessage };
      } else {
        return codeError(err);
      }
    }
  }
  try {
    const view = await trackComplaint(lookup);
    return { values: { trackingNo: view.trackingNo, accessCode: lookup.accessCode }, view, notice, rating };
  } catch (err) {
    return codeError(err);
  }
}
