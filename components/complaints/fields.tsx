// Form pieces the complaint forms need beyond components/ui/form.tsx: a textarea, radios and a
// checkbox in the GOV.UK pattern (label, hint, error in the same words as the summary).
import type { ReactNode } from "react";

export function FieldError({ name, error, errorPrefix = "错误：" }: { name: string; error?: string; errorPrefix?: string }) {
  if (!error) return null;
  return (
    <p id={`error-${name}`} className="font-semibold text-accent-700">
      <span className="sr-only">{errorPrefix}</span>
      {error}
    </p>
  );
}

export const controlClass = (error?: string) =>
  `mt-1 block w-full rounded border-2 bg-white px-3 py-3 text-base ${error ? "border-accent-600" : "border-slate-500"}`;

function describedBy(name: string, hint?: unknown, error?: string) {
  return [hint && `hint-${name}`, error && `error-${name}`].filter(Boolean).join(" ") || undefined;
}

export function Field({ name, label, hint, optional, error, children, optionalText = "（选填）", errorPrefix }: { name: string; label: string; hint?: ReactNode; optional?: boolean; error?: string; children: ReactNode; optionalText?: string; errorPrefix?: string }) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      <label htmlFor={`field-${name}`} className="block text-lg font-bold">
        {label}
        {optional && <span className="font-normal text-slate-600">{optionalText}</span>}
      </label>
      {hint && (
        <div id={`hint-${name}`} className="text-slate-600">
          {hint}
        </div>
      )}
      <FieldError name={name} error={error} errorPrefix={errorPrefix} />
      {children}
    </div>
  );
}

export function TextInput({ name, defaultValue, error, hint, type = "text", autoComplete, inputMode, maxLength, className = "" }: { name: string; defaultValue?: string; error?: string; hint?: unknown; type?: string; autoComplete?: string; inputMode?: "tel" | "numeric" | "text"; maxLength?: number; className?: string }) {
  return (
    <input
      id={`field-${name}`}
      name={name}
      type={type}
      defaultValue={defaultValue}
      autoComplete={autoComplete}
      inputMode={inputMode}
      maxLength={maxLength}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(name, hint, error)}
      className={`${controlClass(error)} ${className}`}
    />
  );
}

export function TextArea({ name, defaultValue, error, hint, rows = 6 }: { name: string; defaultValue?: string; error?: string; hint?: unknown; rows?: number }) {
  return (
    <textarea
      id={`field-${name}`}
      name={name}
      rows={rows}
      defaultValue={defaultValue}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(name, hint, error)}
      className={controlClass(error)}
    />
  );
}

/** Radios in a fieldset; the first radio carries the field id the error summary links to. */
export function Radios({ name, legend, hint, error, options, defaultValue, inline = false }: { name: string; legend: string; hint?: ReactNode; error?: string; options: { value: string; label: ReactNode; hint?: ReactNode }[]; defaultValue?: string; inline?: boolean }) {
  return (
    <fieldset className={`mb-6 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`} aria-describedby={describedBy(name, hint, error)}>
      <legend className="text-lg font-bold">{legend}</legend>
      {hint && (
        <div id={`hint-${name}`} className="text-slate-600">
          {hint}
        </div>
      )}
      <FieldError name={name} error={error} />
      <div className={inline ? "mt-2 flex flex-wrap gap-3" : "mt-2 space-y-2"}>
        {options.map((o, i) => {
          const id = i === 0 ? `field-${name}` : `field-${name}-${o.value}`;
          return (
            <div key={o.value} className="flex items-start gap-3 rounded border border-slate-300 bg-white px-3 py-2">
              <input id={id} type="radio" name={name} value={o.value} defaultChecked={defaultValue === o.value} className="mt-1 h-6 w-6 shrink-0 accent-brand-600" />
              <label htmlFor={id} className="min-w-0 cursor-pointer py-0.5">
                <span className="font-semibold">{o.label}</span>
                {o.hint && <span className="block text-sm text-slate-600">{o.hint}</span>}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function Checkbox({ name, label, hint, defaultChecked, value = "on", id }: { name: string; label: ReactNode; hint?: ReactNode; defaultChecked?: boolean; value?: string; id?: string }) {
  const inputId = id ?? `field-${name}`;
  return (
    <div className="flex items-start gap-3">
      <input id={inputId} type="checkbox" name={name} value={value} defaultChecked={defaultChecked} className="mt-1 h-6 w-6 shrink-0 accent-brand-600" />
      <label htmlFor={inputId} className="cursor-pointer">
        <span className="font-semibold">{label}</span>
        {hint && <span className="block text-slate-600">{hint}</span>}
      </label>
    </div>
  );
}

export function BigButton({ children, tone = "primary", name, value }: { children: ReactNode; tone?: "primary" | "secondary" | "warning"; name?: string; value?: string }) {
  const tones = {
    primary: "bg-brand-600 text-white hover:bg-brand-700 border-b-4 border-brand-800",
    secondary: "border-2 border-slate-500 bg-white text-slate-900 hover:bg-slate-100",
    warning: "bg-accent-600 text-white hover:bg-accent-700 border-b-4 border-accent-700",
  };
  return (
    <button type="submit" name={name} value={value} className={`min-h-12 w-full rounded px-6 py-3 text-lg font-bold sm:w-auto ${tones[tone]}`}>
      {children}
    </button>
  );
}
