// Next 16 proxy (formerly middleware): runs before every route.
// 1. Refuses URLs no route can handle (malformed percent-encoding, NUL and other control
//    characters), bodies over the largest any route takes, and server-action payloads Next
//    cannot decode (which it would answer with 500), with a plain 4xx page or JSON
//    (lib/http/request-guard.ts, lib/http/action-payload.ts), so no route sees them.
// 2. Gives each request a CSP nonce and sets the security headers on every response it passes,
//    the framework's own 404 and 500 pages included (lib/http/security-headers.ts).
// 3. Answers a compressed GS1 Digital Link URI (one base64url path segment) as the uncompressed
//    /01/… URI by rewriting (the standard says a resolver SHOULD NOT redirect to the uncompressed
//    URI on itself); the resolver then adds the owl:sameAs Link header.
// 4. Sends anonymous visitors of /officer to the sign-in page. Comfort only: every officer page
//    and server action checks the session and the permission again (lib/auth/session.ts,
//    lib/auth/actor.ts).
import { NextResponse, type NextRequest } from "next/server";
import { mayBeServerAction, refuseActionPayload } from "@/lib/http/action-payload";
import { refuseBodyLength, refuseUrl, type Refusal } from "@/lib/http/request-guard";
import { contentSecurityPolicy, newNonce, NONCE_HEADER, staticSecurityHeaders } from "@/lib/http/security-headers";
import { decompressDigitalLinkPath } from "./lib/trace/decompress-digital-link";
import { LOCALE_HEADER, localeOfPath } from "@/lib/i18n/locales";
import { csrfCookieName, csrfCookieOptions, signInCsrf } from "@/lib/auth/sign-in-csrf";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const COMPRESSED_HEADER = "x-gs1-compressed-uri"; // COMPRESSED_HEADER in lib/trace/resolve-digital-link.ts

function withSecurityHeaders(response: NextResponse, policy: string): NextResponse {
  for (const [key, value] of Object.entries(staticSecurityHeaders())) response.headers.set(key, value);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function refusalResponse(pathname: string, refusal: Refusal): NextResponse {
  const headers = { "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/open311/")) {
    return NextResponse.json([{ code: refusal.status, description: refusal.message }], { status: refusal.status, headers });
  }
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: refusal.message }, { status: refusal.status, headers });
  const title = refusal.status === 413 ? "提交的内容太大" : "网址有误";
  const html =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${title}</title></head><body style="font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6">` +
    `<h1>${title}</h1><p>${escapeHtml(refusal.message)}</p><p><a href="/">返回首页</a></p></body></html>`;
  return new NextResponse(html, { status: refusal.status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

/** The raw path and query as sent (still percent-encoded). */
function rawPathAndQuery(request: NextRequest): string {
  const url = request.url;
  const start = url.indexOf("/", url.indexOf("//") + 2);
  return start < 0 ? "/" : url.slice(start).replace(/#.*$/, "");
}

export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  const { pathname } = request.nextUrl;

  const refusal =
    refuseUrl(rawPathAndQuery(request)) ??
    refuseBodyLength(request.headers.get("content-length")) ??
    (mayBeServerAction(request.method, pathname, request.headers) ? await refuseActionPayload(request) : null);
  if (refusal) return withSecurityHeaders(refusalResponse(pathname, refusal), policy);

  if ((pathname === "/officer" || pathname.startsWith("/officer/")) && !pathname.startsWith("/officer/login")) {
    const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
    if (!hasSession) {
      const url = request.nextUrl.clone();
      url.pathname = "/officer/login";
      url.search = "";
      const from = request.nextUrl.pathname + request.nextUrl.search;
      if (from !== "/officer") url.searchParams.set("from", from);
      return withSecurityHeaders(NextResponse.redirect(url), policy);
    }
  }

  // Next reads the nonce from the request's policy and puts it on its scripts; route handlers
  // that send HTML (the cached trace page) read it from NONCE_HEADER.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  // The page's language (next-intl, html lang): from the path only, never from the client.
  requestHeaders.set(LOCALE_HEADER, localeOfPath(pathname));
  // Only one path segment of base64url characters, long enough for a compressed GTIN, can be one.
  const uncompressed = /^\/[A-Za-z0-9_-]{10,}$/.test(pathname) ? decompressDigitalLinkPath(pathname + request.nextUrl.search) : null;
  if (uncompressed) {
    requestHeaders.set(COMPRESSED_HEADER, pathname);
    const url = new URL(uncompressed, request.nextUrl.origin);
    return withSecurityHeaders(NextResponse.rewrite(url, { request: { headers: requestHeaders } }), policy);
  }
  // The sign-in page posts its form to next-auth without JavaScript too: it needs next-auth's
  // CSRF cookie, which next-auth itself sets only on /api/auth. Set here (and handed to the page
  // in this request's cookies) when the browser has none that verifies.
  let csrfCookie: string | undefined;
  if (pathname === "/officer/login" && request.method === "GET") {
    csrfCookie = signInCsrf(request.cookies.get(csrfCookieName())?.value).newCookie;
    if (csrfCookie) {
      const others = (request.headers.get("cookie") ?? "")
        .split(/;\s*/)
        .filter((pair) => pair && !pair.startsWith(`${csrfCookieName()}=`));
      requestHeaders.set("cookie", [...others, `${csrfCookieName()}=${csrfCookie}`].join("; "));
    }
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (csrfCookie) response.cookies.set(csrfCookieName(), csrfCookie, csrfCookieOptions());
  return withSecurityHeaders(response, policy);
}

export const config = {
  // Everything but the build's static files (next.config.ts gives those the static headers).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
