"use client";
// One form island for the 民意 pages (public and officer): fields described by the server page,
// a plain post to a server action through useActionState, so without JavaScript the server renders
// the page again with the error summary, the messages beside the fields and every answer kept.
import { useActionState } from "react";
import { PrivacyNote } from "@/components/layout/privacy-note";
import { ErrorSummary, FormHeader } from "@/components/ui/form";
import { BigButton, Checkbox, Field, Radios, TextArea, TextInput, controlClass } from "@/components/complaints/fields";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export interface FieldSpec {
  name: string;
  label: string;
  kind: "text" | "tel" | "textarea" | "select" | "radios" | "checkbox" | "date";
  hint?: string;
  optional?: boolean;
  options?: { value: string; label: string; hint?: string }[];
  rows?: number;
  defaultValue?: string;
  /** Checkbox: the value posted when ticked. */
  checkedValue?: string;
  autoComplete?: string;
  maxLength?: number;
}

export function ActionForm({ action, fields, hidden = {}, submitLabel, title, privacyNote = false, after, tone = "primary" }: { action: Action; fields: FieldSpec[]; hidden?: Record<string, string>; submitLabel: string; title?: string; privacyNote?: boolean; after?: string; tone?: "primary" | "secondary" | "warning" }) {
  const [state, formAction] = useActionState(action, {});
  const initial = Object.fromEntries(fields.filter((f) => f.defaultValue !== undefined).map((f) => [f.name, f.defaultValue!]));
  const v: Record<string, string> = state.values ?? initial;
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      {title ? (
        <FormHeader title={title} state={state} fieldOrder={["form", ...fields.map((f) => f.name)]} />
      ) : (
        <>
          <ErrorSummary errors={state.errors} />
          {state.message && !state.errors && (
            <p role="alert" className="mb-6 border-l-4 border-accent-600 bg-red-50 p-4 font-semibold text-accent-700">
              {state.message}
            </p>
          )}
        </>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={v[name] ?? value} />
      ))}
      {fields.map((f) => {
        const error = e[f.name];
        if (f.kind === "radios") return <Radios key={f.name} name={f.name} legend={f.label} hint={f.hint} error={error} options={f.options ?? []} defaultValue={v[f.name]} />;
        if (f.kind === "checkbox")
          return (
            <div key={f.name} className={`mb-6 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
              {error && (
                <p id={`error-${f.name}`} className="font-semibold text-accent-700">
                  <span className="sr-only">错误：</span>
                  {error}
                </p>
              )}
              <Checkbox name={f.name} value={f.checkedValue ?? "yes"} defaultChecked={v[f.name] === (f.checkedValue ?? "yes")} label={f.label} hint={f.hint} />
            </div>
          );
        return (
          <Field key={f.name} name={f.name} label={f.label} hint={f.hint} optional={f.optional} error={error}>
            {f.kind === "textarea" ? (
              <TextArea name={f.name} defaultValue={v[f.name]} error={error} hint={f.hint} rows={f.rows ?? 6} />
            ) : f.kind === "select" ? (
              <select id={`field-${f.name}`} name={f.name} defaultValue={v[f.name] ?? ""} aria-invalid={error ? true : undefined} aria-describedby={error ? `error-${f.name}` : undefined} className={controlClass(error)}>
                {(f.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <TextInput
                name={f.name}
                type={f.kind === "tel" ? "tel" : f.kind === "date" ? "date" : "text"}
                inputMode={f.kind === "tel" ? "tel" : undefined}
                defaultValue={v[f.name]}
                error={error}
                hint={f.hint}
                autoComplete={f.autoComplete}
                maxLength={f.maxLength}
                className={f.kind === "tel" || f.kind === "date" ? "max-w-xs" : ""}
              />
            )}
          </Field>
        );
      })}
      <BigButton tone={tone}>{submitLabel}</BigButton>
      {privacyNote && <PrivacyNote />}
      {after && <p className="mt-3 text-slate-600">{after}</p>}
    </form>
  );
}
