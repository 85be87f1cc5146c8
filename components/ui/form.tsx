// GOV.UK-style form pieces (CONVENTIONS.md): an error summary at the top linking to each field,
// the same words beside the field, "(选填)" on optional fields, no asterisks.
"use client";
import { useEffect, useRef } from "react";

export interface FormState {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  message?: string;
  ok?: boolean;
}

/** The fieldErrors key of a message about the whole form (an expired form, a service unavailable). */
export const FORM_ERROR_KEY = "form";

import { ZH_FORM_WORDS, type FormWords } from "./form-words";

export function ErrorSummary({ errors, words = ZH_FORM_WORDS }: { errors?: Record<string, string>; words?: FormWords }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {});
  useEffect(() => {
    if (entries.length) {
      ref.current?.focus();
      if (!document.title.startsWith(words.errorPrefix)) document.title = `${words.errorPrefix}${document.title}`;
    }
  });
  if (entries.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" data-error-summary="" aria-labelledby="error-summary-title" className="mb-6 border-4 border-accent-600 bg-white p-4 focus:outline-none">
      <h2 id="error-summary-title" className="text-lg font-bold text-accent-700">
        {words.heading}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {entries.map(([field, message]) => (
          <li key={field}>
            {field === FORM_ERROR_KEY ? (
              // About the whole form, not one field: nothing to jump to.
              <span className="font-semibold text-accent-700">{message}</span>
            ) : (
              <a href={`#field-${field}`} className="font-semibold text-accent-700 underline">
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The top of a public form: the page title ("错误：" after a failed post, also when the server
 * renders it without JavaScript; the page leaves its title to the form), the error summary in
 * the order of the fields, and a message that is about no field.
 */
export function FormHeader({ title, state, fieldOrder, words = ZH_FORM_WORDS }: { title: string; state: { errors?: Record<string, string>; message?: string }; fieldOrder: readonly string[]; words?: FormWords }) {
  const e = state.errors;
  const ordered = e
    ? Object.fromEntries([...fieldOrder.filter((k) => e[k]).map((k) => [k, e[k]]), ...Object.entries(e).filter(([k]) => !fieldOrder.includes(k))])
    : undefined;
  return (
    <>
      <title>{e ? `${words.errorPrefix}${title}` : title}</title>
      <ErrorSummary errors={ordered} words={words} />
      {state.message && !e && (
        <p role="alert" className="mb-6 border-l-4 border-accent-600 bg-red-50 p-4 font-semibold text-accent-700">
          {state.message}
        </p>
      )}
    </>
  );
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  error?: string;
}

function FieldShell({ name, label, hint, optional, error, children }: FieldProps & { children: React.ReactNode }) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      <label htmlFor={`field-${name}`} className="block font-semibold">
        {label}
        {optional && <span className="font-normal text-slate-600">（选填）</span>}
      </label>
      {hint && (
        <p id={`hint-${name}`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`error-${name}`} className="font-semibold text-accent-700">
          <span className="sr-only">错误：</span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

const inputClass = (error?: string) =>
  `mt-1 block w-full max-w-md rounded border-2 bg-white px-3 py-2 ${error ? "border-accent-600" : "border-slate-400"}`;

export function TextField(props: FieldProps & { defaultValue?: string; type?: string; autoComplete?: string }) {
  const describedBy = [props.hint && `hint-${props.name}`, props.error && `error-${props.name}`].filter(Boolean).join(" ");
  return (
    <FieldShell {...props}>
      <input
        id={`field-${props.name}`}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={props.defaultValue}
        autoComplete={props.autoComplete}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={inputClass(props.error)}
      />
    </FieldShell>
  );
}

export function SelectField(props: FieldProps & { defaultValue?: string; options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <FieldShell {...props}>
      <select
        id={`field-${props.name}`}
        name={props.name}
        defaultValue={props.defaultValue ?? ""}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `error-${props.name}` : undefined}
        className={inputClass(props.error)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function SubmitButton({ children, tone = "primary" }: { children: React.ReactNode; tone?: "primary" | "danger" | "secondary" }) {
  const tones = {
    primary: "bg-brand-600 text-white hover:bg-brand-700",
    danger: "bg-accent-600 text-white hover:bg-accent-700",
    secondary: "border-2 border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
  };
  return (
    <button type="submit" className={`rounded px-5 py-2 font-semibold shadow-sm ${tones[tone]}`}>
      {children}
    </button>
  );
}
