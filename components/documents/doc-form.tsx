"use client";
// One form of the document pages, from a list of fields: error summary at the top, the same
// words beside each field, the answers kept after a failed post (lib/form-state.ts). Multi-value
// answers come back joined by commas (ids have none).
import { useActionState } from "react";
import { FormHeader } from "@/components/ui/form";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
export type Option = { value: string; label: string };

export interface FieldSpec {
  name: string;
  label: string;
  kind: "text" | "textarea" | "select" | "checkboxes" | "radios" | "date" | "file" | "hidden" | "checkbox";
  hint?: string;
  optional?: boolean;
  options?: Option[];
  value?: string;
  accept?: string;
  rows?: number;
}

const box = (error?: string) => `mt-1 block w-full max-w-xl rounded border-2 bg-white px-3 py-2 ${error ? "border-accent-600" : "border-slate-400"}`;

export function FieldView({ f, error, value }: { f: FieldSpec; error?: string; value?: string }) {
  const id = `field-${f.name}`;
  if (f.kind === "hidden") return <input type="hidden" name={f.name} value={f.value ?? ""} />;
  const chosen = new Set((value ?? f.value ?? "").split(",").filter(Boolean));
  const control =
    f.kind === "textarea" ? (
      <textarea id={id} name={f.name} rows={f.rows ?? 4} defaultValue={value ?? f.value} aria-invalid={error ? true : undefined} className={box(error)} />
    ) : f.kind === "select" ? (
      <select id={id} name={f.name} defaultValue={value ?? f.value ?? ""} aria-invalid={error ? true : undefined} className={box(error)}>
        <option value="">请选择</option>
        {f.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    ) : f.kind === "checkboxes" || f.kind === "radios" ? (
      <div id={id} tabIndex={-1} className="mt-1 grid max-h-72 max-w-2xl gap-1 overflow-y-auto rounded border border-slate-300 bg-white p-2 sm:grid-cols-2">
        {f.options?.map((o) => (
          <label key={o.value} className="flex items-start gap-2 py-1">
            <input type={f.kind === "radios" ? "radio" : "checkbox"} name={f.name} value={o.value} defaultChecked={chosen.has(o.value)} className="mt-1 h-5 w-5 shrink-0" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    ) : f.kind === "checkbox" ? (
      <label className="mt-1 flex items-center gap-2">
        <input id={id} type="checkbox" name={f.name} value="yes" defaultChecked={(value ?? f.value) === "yes"} className="h-5 w-5" />
        <span>{f.hint ?? "是"}</span>
      </label>
    ) : (
      <input id={id} name={f.name} type={f.kind === "date" ? "date" : f.kind === "file" ? "file" : "text"} accept={f.accept} defaultValue={f.kind === "file" ? undefined : (value ?? f.value)} aria-invalid={error ? true : undefined} className={box(error)} />
    );
  return (
    <div className={`mb-4 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {f.label}
        {f.optional && <span className="font-normal text-slate-600">（选填）</span>}
      </label>
      {f.hint && f.kind !== "checkbox" && <p className="text-sm text-slate-600">{f.hint}</p>}
      {error && (
        <p className="font-semibold text-accent-700">
          <span className="sr-only">错误：</span>
          {error}
        </p>
      )}
      {control}
    </div>
  );
}

export function DocForm({ action, title, fields, submitLabel, tone = "primary", confirm }: { action: Action; title: string; fields: FieldSpec[]; submitLabel: string; tone?: "primary" | "secondary" | "danger"; confirm?: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const tones = { primary: "bg-brand-600 text-white", secondary: "border-2 border-slate-400 bg-white text-slate-900", danger: "bg-accent-600 text-white" };
  return (
    <form action={formAction} noValidate className="space-y-1">
      <FormHeader title={title} state={state} fieldOrder={fields.map((f) => f.name)} />
      {state.ok && state.message && (
        <p role="status" className="mb-3 border-l-4 border-green-600 bg-green-50 p-3 font-semibold text-green-800">
          {state.message}
        </p>
      )}
      {fields.map((f) => (
        <FieldView key={f.name} f={f} error={state.errors?.[f.name]} value={state.values?.[f.name]} />
      ))}
      {confirm && (
        <label className="mb-3 flex items-start gap-2">
          <input type="checkbox" name="confirm" value="yes" className="mt-1 h-5 w-5 shrink-0" />
          <span>{confirm}</span>
        </label>
      )}
      <button type="submit" disabled={pending} className={`rounded px-5 py-2 font-semibold shadow-sm ${tones[tone]}`}>
        {submitLabel}
      </button>
    </form>
  );
}
