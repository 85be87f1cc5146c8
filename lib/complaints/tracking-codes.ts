// Tracking numbers and private access codes on the citizen's receipt.
import { createHash, createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { beijingDate } from "../calendar/work-calendar";

/** TC + YYMMDD (Beijing day of filing) + six random digits: readable on the phone, not enumerable. */
export function generateTrackingNo(now = new Date()): string {
  const day = beijingDate(now).replaceAll("-", "").slice(2);
  return `TC${day}${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

/**
 * The access code derives from the filing's idempotency key with a server secret, so a retried
 * filing (lost response, reload) shows the same code without the code ever being stored.
 */
export function accessCodeFor(idempotencyKey: string, secret: string): string {
  const digest = createHmac("sha256", secret).update(`complaint-access:${idempotencyKey}`).digest();
  return String(digest.readUInt32BE(0) % 100_000_000).padStart(8, "0");
}

export function hashAccessCode(trackingNo: string, accessCode: string): string {
  return createHash("sha256").update(`${trackingNo}:${accessCode}`).digest("hex");
}

export function accessCodeMatches(trackingNo: string, accessCode: string, storedHash: string): boolean {
  const a = Buffer.from(hashAccessCode(trackingNo, accessCode), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
