// The key the tracking lookups are rate-limited by: the client address (first x-forwarded-for
// entry when a proxy sets it), "local" otherwise.
import "server-only";
import { headers } from "next/headers";

export async function clientKey(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || h.get("x-real-ip") || "local").slice(0, 64);
}

/** The http-only cookie that lets the filing browser see its access code on the receipt again. */
export const receiptCookieName = (trackingNo: string) => `complaint-receipt-${trackingNo}`;
