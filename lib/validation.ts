// Turns zod failures into the field messages forms show (first message per field), and refuses
// text no field can hold: NUL and other control characters (PostgreSQL refuses NUL in text and
// JSON, which was a 500) and lone surrogates (half a character). Every form's input passes
// parseInput or unsafeTextErrors, so the check is in one place for all of them.
import type { z } from "zod";
import { AppError } from "./errors";

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}

export const UNSAFE_TEXT_MESSAGE = "含有无法识别的字符（如控制字符），请删除后重新输入";

// C0 controls but tab, newline and carriage return, which text areas send.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Whether text can be stored and shown: no control characters but tab and line breaks, no lone surrogates. */
export function isSafeText(text: string): boolean {
  return !CONTROL.test(text) && text.isWellFormed();
}

/** Field messages for the text values (top level, or in arrays) that are not safe text. */
export function unsafeTextErrors(input: unknown): Record<string, string> | undefined {
  if (!input || typeof input !== "object") return typeof input === "string" && !isSafeText(input) ? { form: UNSAFE_TEXT_MESSAGE } : undefined;
  let errors: Record<string, string> | undefined;
  for (const [key, value] of Object.entries(input)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === "string" && !isSafeText(v)) || !isSafeText(key)) (errors ??= {})[isSafeText(key) ? key : "form"] = UNSAFE_TEXT_MESSAGE;
  }
  return errors;
}

/** Parses input or throws a VALIDATION AppError carrying the field messages. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const unsafe = unsafeTextErrors(input);
  if (unsafe) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: unsafe });
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: fieldErrorsOf(result.error) });
  }
  return result.data;
}
