// The short numeric trace code printed under a batch's Code 128 and typed by hand: eleven
// random digits and a GS1 mod-10 check digit. Random, not sequential, so the next batch's code
// cannot be guessed from this one.
import { randomInt } from "node:crypto";
import { gs1CheckDigit } from "./gtin";

export const TRACE_CODE_LENGTH = 12;

export function withCheckDigit(body: string): string {
  return body + gs1CheckDigit(body);
}

export function generateTraceCode(): string {
  let body = String(randomInt(1, 10));
  while (body.length < TRACE_CODE_LENGTH - 1) body += String(randomInt(0, 10));
  return withCheckDigit(body);
}

export function isValidTraceCode(code: string): boolean {
  return new RegExp(`^\\d{${TRACE_CODE_LENGTH}}$`).test(code) && withCheckDigit(code.slice(0, -1)) === code;
}
