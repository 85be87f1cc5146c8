"use server";
// 民意 forms: a suggestion or letter, tracking it, a comment on a consultation. Each parses through
// one lib function; failures come back as field messages with the answers kept.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { commentOnConsultation } from "@/lib/opinions/consultations";
import { submitOpinion } from "@/lib/opinions/submit-opinion";
import { trackOpinion } from "@/lib/opinions/track-opinion";
import { clientKey } from "../complaints/client-key";

export const opinionReceiptCookie = async (trackingNo: string) => `opinion-receipt-${trackingNo}`;

export async function submitOpinionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  let trackingNo: string;
  try {
    const receipt = await submitOpinion({ formKey: values.formKey ?? "", input: values, clientKey: await clientKey() });
    trackingNo = receipt.trackingNo;
    (await cookies()).set(await opinionReceiptCookie(trackingNo), `${trackingNo}:${receipt.accessCode}`, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && process.env.SITE_URL?.startsWith("https://"),
      path: "/opinions",
      maxAge: 86_400,
    });
  } catch (err) {
    return failureState(err, values);
  }
  redirect(`/opinions/sent/${trackingNo}`);
}

type TrackResult = { trackingNo: string; kind: string; title: string; status: string; outcome: string | null; reply: string | null; department: { name: string }; dueText: string; answeredText: string | null };
export type TrackState = ActionState & { result?: TrackResult };

export async function trackOpinionAction(_prev: TrackState, formData: FormData): Promise<TrackState> {
  const values = formValues(formData);
  try {
    const o = await trackOpinion({ input: values, clientKey: await clientKey() });
    // The access code is not sent back into the form: a shared screen shows the result, not the code.
    return {
      values: { trackingNo: o.trackingNo },
      result: { trackingNo: o.trackingNo, kind: o.kind, title: o.title, status: o.status, outcome: o.outcome, reply: o.reply, department: o.department, dueText: formatDeadline(o.dueAt), answeredText: o.answeredAt ? formatDeadline(o.answeredAt) : null },
    };
  } catch (err) {
    return failureState(err, values);
  }
}

export async function commentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const slug = values.slug ?? "";
  try {
    await commentOnConsultation({ slug, formKey: values.formKey ?? "", input: values, clientKey: await clientKey() });
  } catch (err) {
    return failureState(err, values);
  }
  redirect(`/opinions/consultations/${encodeURIComponent(slug)}?commented=1#comment-thanks`);
}
