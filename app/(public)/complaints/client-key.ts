// The key the tracking lookups are rate-limited by: the client address (first x-forwarded-for
// entry when a proxy sets it), "local" otherwise.
import "server-only";
import { cookies, headers } from "next/headers";
import { TRACKING_NO_PATTERN } from "@/lib/complaints/complaint.schema";
import { getFiledReceipt } from "@/lib/complaints/get-filed-receipt";

export async function clientKey(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || h.get("x-real-ip") || "local").slice(0, 64);
}

/** The http-only cookie that lets the filing browser see its access code on the receipt again. */
export const receiptCookieName = (trackingNo: string) => `complaint-receipt-${trackingNo}`;

/**
 * The receipt for the browser that filed: the cookie holds the tracking number and access code,
 * and the code is checked like any tracking lookup. Null for anyone else or a malformed number.
 */
export async function receiptFromCookie(trackingNo: string) {
  if (!TRACKING_NO_PATTERN.test(trackingNo)) return null;
  const value = (await cookies()).get(receiptCookieName(trackingNo))?.value;
  const [no, accessCode] = value?.split(":") ?? [];
  if (no !== trackingNo || !accessCode) return null;
  return getFiledReceipt({ trackingNo, accessCode, clientKey: await clientKey() }).catch(() => null);
}
