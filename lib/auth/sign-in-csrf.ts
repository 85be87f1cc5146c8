// The CSRF token of next-auth 4's credentials sign-in, for the login form's plain POST to
// /api/auth/callback/credentials (sign-in without JavaScript). next-auth checks that the form's
// `csrfToken` field matches its `next-auth.csrf-token` cookie ("token|sha256(token+secret)");
// it sets that cookie only on its own /api/auth routes, so the proxy sets it on the way to the
// sign-in page (same name, value and options as next-auth's), and the page reads the token back
// from it. next-auth does not export its createCSRFToken (core/lib/csrf-token.js), so the few
// lines are repeated here; sign-in-csrf.test.ts checks next-auth's own function accepts them.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { getEnv } from "../env";
import { getAuthSecret } from "./auth-secret";

/** next-auth's choice: secure cookies (and the __Host- name) when NEXTAUTH_URL is https. */
function useSecureCookies(): boolean {
  return getEnv().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function csrfCookieName(): string {
  return `${useSecureCookies() ? "__Host-" : ""}next-auth.csrf-token`;
}

export const csrfCookieOptions = () => ({ httpOnly: true, sameSite: "lax" as const, path: "/", secure: useSecureCookies() });

/**
 * The token for the form and, when the browser holds no valid cookie yet, the cookie value to
 * set. A cookie that does not verify against the secret is replaced.
 */
export function signInCsrf(cookieValue: string | undefined, secret = getAuthSecret()): { token: string; newCookie?: string } {
  const hash = (token: string) => createHash("sha256").update(`${token}${secret}`).digest("hex");
  const [token, tokenHash] = (cookieValue ?? "").split("|");
  if (token && tokenHash && tokenHash.length === 64) {
    const expected = Buffer.from(hash(token));
    if (timingSafeEqual(expected, Buffer.from(tokenHash.padEnd(64).slice(0, 64)))) return { token };
  }
  const fresh = randomBytes(32).toString("hex");
  return { token: fresh, newCookie: `${fresh}|${hash(fresh)}` };
}
