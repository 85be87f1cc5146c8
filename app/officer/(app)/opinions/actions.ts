"use server";
// Officers' acts on suggestions and letters, and on consultations: one lib function each.
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { createConsultation, publishFeedbackSummary } from "@/lib/opinions/consultations";
import { answerOpinion, assignOpinion, publishOpinion } from "@/lib/opinions/handle-opinion";

function ref(values: Record<string, string>) {
  return { opinionId: values.opinionId ?? "", expectedVersion: Number(values.expectedVersion ?? 0) };
}

async function act(formData: FormData, run: (values: Record<string, string>) => Promise<unknown>, done: (values: Record<string, string>) => string): Promise<ActionState> {
  const values = formValues(formData);
  try {
    await run(values);
  } catch (err) {
    return failureState(err, values);
  }
  redirect(done(values));
}

export async function assignOpinionAction(_prev: ActionState, formData: FormData) {
  const actor = await requireActor();
  return act(formData, (v) => assignOpinion({ actor, ...ref(v), input: v }), () => `/officer/opinions?done=assigned`);
}

export async function answerOpinionAction(_prev: ActionState, formData: FormData) {
  const actor = await requireActor();
  return act(formData, (v) => answerOpinion({ actor, ...ref(v), input: v }), (v) => `/officer/opinions/${v.opinionId}?done=answered`);
}

export async function publishOpinionAction(_prev: ActionState, formData: FormData) {
  const actor = await requireActor();
  return act(formData, (v) => publishOpinion({ actor, ...ref(v), input: v }), (v) => `/officer/opinions/${v.opinionId}?done=published`);
}

export async function createConsultationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor();
  const values = formValues(formData);
  let id: string;
  try {
    id = (await createConsultation({ actor, input: values })).id;
  } catch (err) {
    return failureState(err, values);
  }
  redirect(`/officer/consultations/${id}?done=created`);
}

export async function feedbackSummaryAction(_prev: ActionState, formData: FormData) {
  const actor = await requireActor();
  return act(
    formData,
    (v) => publishFeedbackSummary({ actor, consultationId: v.consultationId ?? "", expectedVersion: Number(v.expectedVersion ?? 0), input: v }),
    (v) => `/officer/consultations/${v.consultationId}?done=summary`,
  );
}
