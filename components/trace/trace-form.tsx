// One GOV.UK-style form for every trace operator task, driven by a field list the server page
// passes in (the same error summary, inline messages and kept answers as the officer forms).
"use client";
import { useActionState } from "react";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export interface TraceField {
  name: string;
  label: string;
  type?: "text" | "date" | "datetime-local" | "tel" | "number" | "select" | "textarea";
  options?: { value: string; label: string }[];
  optional?: boolean;
  hint?: string;
  defaultValue?: string;
}

export function TraceForm({
  action,
  fields,
  hidden = {},
  submitLabel,
  tone = "primary",
}: {
  action: Action;
  fields: TraceField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  tone?: "primary" | "danger" | "secondary";
}) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      {state.message && !state.errors && (
        <p role="status" className={`mb-4 rounded border-l-4 p-3 ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-accent-600 bg-red-50 text-accent-700"}`}>
          {state.message}
        </p>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) =>
        f.type === "select" ? (
          // Keyed by the kept answer: React resets a form after its action, and a select only takes
          // a new defaultValue when it mounts, so this keeps the choice after an error.
          <SelectField key={`${f.name}:${v[f.name] ?? ""}`} name={f.name} label={f.label} hint={f.hint} optional={f.optional} placeholder="请选择" options={f.options ?? []} defaultValue={v[f.name] ?? f.defaultValue} error={e[f.name]} />
        ) : f.type === "textarea" ? (
          <div key={f.name} className={`mb-5 ${e[f.name] ? "border-l-4 border-accent-600 pl-3" : ""}`}>
            <label htmlFor={`field-${f.name}`} className="block font-semibold">
              {f.label}
              {f.optional && <span className="font-normal text-slate-600">（选填）</span>}
            </label>
            {f.hint && <p className="text-sm text-slate-600">{f.hint}</p>}
            {e[f.name] && (
              <p id={`error-${f.name}`} className="font-semibold text-accent-700">
                <span className="sr-only">错误：</span>
                {e[f.name]}
              </p>
            )}
            <textarea
              id={`field-${f.name}`}
              name={f.name}
              rows={3}
              defaultValue={v[f.name] ?? f.defaultValue}
              aria-invalid={e[f.name] ? true : undefined}
              aria-describedby={e[f.name] ? `error-${f.name}` : undefined}
              className={`mt-1 block w-full max-w-md rounded border-2 bg-white px-3 py-2 ${e[f.name] ? "border-accent-600" : "border-slate-400"}`}
            />
          </div>
        ) : (
          <TextField key={f.name} name={f.name} label={f.label} hint={f.hint} optional={f.optional} type={f.type ?? "text"} defaultValue={v[f.name] ?? f.defaultValue} error={e[f.name]} />
        ),
      )}
      <SubmitButton tone={tone}>{submitLabel}</SubmitButton>
    </form>
  );
}
