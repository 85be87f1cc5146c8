// What a server action hands back to its form: field messages and the answers to keep.
import { isAppError, userMessageOf } from "./errors";

export interface ActionState {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  message?: string;
  ok?: boolean;
}

/** The form's text answers (files and passwords are never echoed back). */
export function formValues(formData: FormData, omit: string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value;
  }
  return values;
}

/** Field messages for a validation failure; the plain message for other errors. */
export function failureState(err: unknown, values: Record<string, string>): ActionState {
  if (isAppError(err, "VALIDATION") && err.fieldErrors) return { errors: err.fieldErrors, values };
  if (isAppError(err)) return { message: err.userMessage, values };
  console.error(err);
  return { message: userMessageOf(err), values };
}

/** The answer when the "我确认…" tick (components/ui/confirm-check.tsx) was not ticked. */
export function confirmationMissing(formData: FormData, label: string): ActionState | null {
  return formData.get("confirm") === "yes" ? null : { message: `请先勾选“${label}”，再提交。` };
}
