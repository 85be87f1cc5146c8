// Turns zod failures into the field messages forms show (first message per field).
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

/** Parses input or throws a VALIDATION AppError carrying the field messages. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: fieldErrorsOf(result.error) });
  }
  return result.data;
}
