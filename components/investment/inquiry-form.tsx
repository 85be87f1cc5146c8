"use client";
// The investor's inquiry form: a plain form post to a server action, so without JavaScript the
// server renders the page again with the messages and every answer kept. The words come from the
// page: Chinese at /investment/inquiry, English (next-intl's catalog) at /en/investment/inquiry.
import { useActionState } from "react";
import { PrivacyNote } from "@/components/layout/privacy-note";
import { FormHeader } from "@/components/ui/form";
import type { InquiryFormText } from "./inquiry-text";
import { BigButton, Checkbox, Field, TextArea, TextInput, controlClass } from "@/components/complaints/fields";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const FIELD_ORDER = ["form", "contactName", "organisation", "phone", "email", "projectSlug", "question", "consent"];

export function InquiryForm({ action, inquiryId, projects, initialProject, title, text }: { action: Action; inquiryId: string; projects: { slug: string; label: string }[]; initialProject?: string; title: string; text: InquiryFormText }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? { projectSlug: initialProject ?? "" };
  const e = state.errors ?? {};
  const t = text;
  const shared = { optionalText: t.optional, errorPrefix: t.form.errorPrefix };
  return (
    <form action={formAction} noValidate>
      <FormHeader title={title} state={state} fieldOrder={FIELD_ORDER} words={t.form} />
      <input type="hidden" name="inquiryId" value={v.inquiryId ?? inquiryId} />

      <Field name="contactName" label={t.contactName} error={e.contactName} {...shared}>
        <TextInput name="contactName" defaultValue={v.contactName} error={e.contactName} autoComplete="name" className="max-w-xs" />
      </Field>
      <Field name="organisation" label={t.organisation} error={e.organisation} {...shared}>
        <TextInput name="organisation" defaultValue={v.organisation} error={e.organisation} autoComplete="organization" />
      </Field>
      <Field name="phone" label={t.phone} hint={t.phoneHint} error={e.phone} {...shared}>
        <TextInput name="phone" type="tel" inputMode="tel" defaultValue={v.phone} error={e.phone} hint autoComplete="tel" maxLength={24} className="max-w-xs" />
      </Field>
      <Field name="email" label={t.email} optional error={e.email} {...shared}>
        <TextInput name="email" type="email" defaultValue={v.email} error={e.email} autoComplete="email" />
      </Field>
      <Field name="projectSlug" label={t.project} optional error={e.projectSlug} {...shared}>
        <select id="field-projectSlug" name="projectSlug" defaultValue={v.projectSlug ?? ""} aria-invalid={e.projectSlug ? true : undefined} aria-describedby={e.projectSlug ? "error-projectSlug" : undefined} className={controlClass(e.projectSlug)}>
          <option value="">{t.projectAny}</option>
          {projects.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.label}
            </option>
          ))}
        </select>
      </Field>
      <Field name="question" label={t.question} hint={t.questionHint} error={e.question} {...shared}>
        <TextArea name="question" defaultValue={v.question} error={e.question} hint rows={6} />
      </Field>
      <div className={`mb-6 ${e.consent ? "border-l-4 border-accent-600 pl-3" : ""}`}>
        {e.consent && (
          <p id="error-consent" className="font-semibold text-accent-700">
            <span className="sr-only">{t.form.errorPrefix}</span>
            {e.consent}
          </p>
        )}
        <Checkbox name="consent" value="yes" defaultChecked={v.consent === "yes"} label={t.consent} hint={t.consentHint} />
      </div>
      <BigButton>{t.submit}</BigButton>
      {t.privacy ? (
        <p className="mt-4 text-sm text-slate-600">
          <a href="/privacy" hrefLang="zh-CN" className="text-brand-600 underline">
            {t.privacy}
          </a>
        </p>
      ) : (
        <PrivacyNote />
      )}
      <p className="mt-3 text-slate-600">{t.after}</p>
    </form>
  );
}
