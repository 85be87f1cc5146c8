// Which browser a complaint draft belongs to. The draft id is no password: whoever learns it (a
// shared screen, a log, the page's HTML) must not reopen the answers, file as the citizen or get
// the receipt. The browser that saves a draft gets an http-only cookie with the id and an HMAC
// of it (the auth secret); the check page, the photos, filing and following act only on the
// draft named by that cookie, and the draft id stays out of the address bar.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "../auth/auth-secret";
import { isDraftId } from "./complaint-drafts";

export const DRAFT_COOKIE = "complaint-draft";
/** A week: long enough to come back to an unfinished form, and the receipt after filing. */
export const DRAFT_COOKIE_MAX_AGE = 7 * 86_400;

function mac(draftId: string): string {
  return createHmac("sha256", getAuthSecret()).update(`complaint-draft:${draftId}`).digest("base64url");
}

export function draftCookieValue(draftId: string): string {
  return `${draftId}.${mac(draftId)}`;
}

/** The draft id the cookie proves, or null for a missing, malformed or forged cookie. */
export function draftIdFromCookie(value: string | null | undefined): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  const draftId = value.slice(0, dot);
  if (dot < 0 || !isDraftId(draftId)) return null;
  const a = Buffer.from(value.slice(dot + 1));
  const b = Buffer.from(mac(draftId));
  return a.length === b.length && timingSafeEqual(a, b) ? draftId : null;
}
