// Verification codes printed beside the QR code: 12 characters of RFC 4648 base32 (60 random
// bits), shown in groups of four. Unguessable in practice, and /verify limits lookups per client.
import { randomBytes } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const VERIFICATION_CODE_LENGTH = 12;

export function newVerificationCode(): string {
  const bytes = randomBytes(VERIFICATION_CODE_LENGTH);
  // 256 is a multiple of 32, so taking each byte mod 32 is unbiased.
  return Array.from(bytes, (b) => ALPHABET[b % 32]).join("");
}

/** ABCD-EFGH-JKLM for print and display. */
export function formatVerificationCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/**
 * The code as typed: case, spaces and dashes ignored, and the letters people confuse with the
 * digits base32 lacks (0 → O, 1 → I, 8 → B). Null when it cannot be a code.
 */
export function normalizeVerificationCode(typed: string): string | null {
  const code = typed
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-－—_.]/g, "")
    .replace(/0/g, "O")
    .replace(/1/g, "I")
    .replace(/8/g, "B");
  return new RegExp(`^[${ALPHABET}]{${VERIFICATION_CODE_LENGTH}}$`).test(code) ? code : null;
}
