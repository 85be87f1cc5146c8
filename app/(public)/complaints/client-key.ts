// The key public forms and lookups are rate-limited by: the client address the server entry
// resolved (lib/http/client-address.ts), never a header the client chose.
import "server-only";
import { cookies, headers } from "next/headers";
import { TRACKING_NO_PATTERN } from "@/lib/complaints/complaint.schema";
import { getFiledReceipt } from "@/lib/complaints/get-filed-receipt";
import { clientAddress } from "@/lib/http/client-address";
import { DRAFT_COOKIE, DRAFT_COOKIE_MAX_AGE, draftCookieValue, draftIdFromCookie } from "@/lib/complaints/draft-owner";

export async function clientKey(): Promise<string> {
  return clientAddress(await headers());
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

/** The complaint draft this browser saved (lib/complaints/draft-owner.ts), or null. */
export async function ownDraftId(): Promise<string | null> {
  return draftIdFromCookie((await cookies()).get(DRAFT_COOKIE)?.value);
}

/** Binds the draft to this browser (set when the browser saves it). */
export async function claimDraft(draftId: string): Promise<void> {
  (await cookies()).set(DRAFT_COOKIE, draftCookieValue(draftId), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.SITE_URL?.startsWith("https://"),
    path: "/complaints",
    maxAge: DRAFT_COOKIE_MAX_AGE,
  });
}
