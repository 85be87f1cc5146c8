// The security headers of every response (DESIGN.md "Bad input, faults, security"), set in one
// place: proxy.ts adds them to every response it passes (pages, route handlers, the framework's
// own 404 and 500 pages, its own refusals); next.config.ts adds the static ones to the files Next
// serves without the proxy (_next/static).
//
// Scripts are allowed by a per-request nonce (Next puts it on its own scripts when the request
// carries the policy; every page is rendered per request, since the root layout reads a cookie),
// with 'strict-dynamic' so that the scripts Next loads may load their chunks. No 'unsafe-inline'
// for scripts. Styles keep 'unsafe-inline': React writes style attributes, which a nonce cannot
// cover, and a style cannot run code.

/** Headers that do not depend on the request. */
export function staticSecurityHeaders(siteUrl: string | undefined = process.env.SITE_URL): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(self), microphone=(), geolocation=(self)",
    // Only when the site is served over https: a browser would refuse the http site for a year.
    ...(siteUrl?.startsWith("https:") ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

export function contentSecurityPolicy(nonce: string, isDev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    // React in development evaluates code for its error overlay; never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The nonce in a Content-Security-Policy value (the trace page cache swaps it per lookup). */
export function nonceOf(policy: string | null | undefined): string | null {
  return policy?.match(/'nonce-([A-Za-z0-9+/=_-]+)'/)?.[1] ?? null;
}

/** The request header through which proxy.ts hands the nonce to route handlers. */
export const NONCE_HEADER = "x-nonce";
