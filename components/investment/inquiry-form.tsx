"use client";
// The investor's inquiry form: a plain form post to a server action, so without JavaScript the
// server renders the page again with the messages and every answer kept.
import { useActionState } from "react";
import { PrivacyNote } from "@/components/layout/privacy-note";
import { FormHeader } from "@/components/ui/form";
import { BigButton, Checkbox, Field, TextArea, TextInput, controlClass } from "@/components/complaints/fields";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const FIELD_ORDER = ["form", "contactName", "organisation", "phone", "email", "projectSlug", "question", "consent"];

export function InquiryForm({ action, inquiryId, projects, initialProject, title, deadlineText }: { action: Action; inquiryId: string; projects: { slug: string; label: string }[]; initialProject?: string; title: string; deadlineText: string }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? { projectSlug: initialProject ?? "" };
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormHeader title={title} state={state} fieldOrder={FIELD_ORDER} />
      <input type="hidden" name="inquiryId" value={v.inquiryId ?? inquiryId} />

      <Field name="contactName" label="您的姓名" error={e.contactName}>
        <TextInput name="contactName" defaultValue={v.contactName} error={e.contactName} autoComplete="name" className="max-w-xs" />
      </Field>
      <Field name="organisation" label="公司或机构名称" error={e.organisation}>
        <TextInput name="organisation" defaultValue={v.organisation} error={e.organisation} autoComplete="organization" />
      </Field>
      <Field name="phone" label="联系电话" hint="手机号，或带区号的固定电话（如 0571-87654321）。填手机号会收到短信告知受理编号、查询码和答复期限。" error={e.phone}>
        <TextInput name="phone" type="tel" inputMode="tel" defaultValue={v.phone} error={e.phone} hint autoComplete="tel" maxLength={24} className="max-w-xs" />
      </Field>
      <Field name="email" label="电子邮箱" optional error={e.email}>
        <TextInput name="email" type="email" defaultValue={v.email} error={e.email} autoComplete="email" />
      </Field>
      <Field name="projectSlug" label="感兴趣的项目或园区" optional error={e.projectSlug}>
        <select id="field-projectSlug" name="projectSlug" defaultValue={v.projectSlug ?? ""} aria-invalid={e.projectSlug ? true : undefined} aria-describedby={e.projectSlug ? "error-projectSlug" : undefined} className={controlClass(e.projectSlug)}>
          <option value="">不限（一般咨询）</option>
          {projects.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.label}
            </option>
          ))}
        </select>
      </Field>
      <Field name="question" label="您想咨询的问题" hint="例如用地、厂房、审批流程、优惠政策、配套设施等。至少10个字。" error={e.question}>
        <TextArea name="question" defaultValue={v.question} error={e.question} hint rows={6} />
      </Field>
      <div className={`mb-6 ${e.consent ? "border-l-4 border-accent-600 pl-3" : ""}`}>
        {e.consent && (
          <p id="error-consent" className="font-semibold text-accent-700">
            <span className="sr-only">错误：</span>
            {e.consent}
          </p>
        )}
        <Checkbox name="consent" value="yes" defaultChecked={v.consent === "yes"} label="同意由县投资促进中心使用以上联系方式答复我" hint="您的信息只用于答复本次咨询，不会公开，也不会出现在“办理结果”公开栏目中。" />
      </div>
      <BigButton>提交咨询</BigButton>
      <PrivacyNote />
      <p className="mt-3 text-slate-600">提交后由县投资促进中心办理，{deadlineText}内答复（不含节假日）。</p>
    </form>
  );
}
