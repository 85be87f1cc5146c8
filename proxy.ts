// Next 16 proxy (formerly middleware):
// - sends anonymous visitors of /officer to the sign-in page. Comfort only: every officer page and
//   server action checks the session and the permission again (lib/auth/session.ts,
//   lib/auth/actor.ts);
// - answers a compressed GS1 Digital Link URI (one base64url path segment) as the uncompressed
//   /01/… URI, by rewriting (the standard says a resolver SHOULD NOT redirect to the uncompressed
//   URI on itself); the resolver then adds the owl:sameAs Link header.
import { NextResponse, type NextRequest } from "next/server";
import { decompressDigitalLinkPath } from "./lib/trace/decompress-digital-link";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const COMPRESSED_HEADER = "x-gs1-compressed-uri"; // COMPRESSED_HEADER in lib/trace/resolve-digital-link.ts

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!pathname.startsWith("/officer")) {
    const uncompressed = decompressDigitalLinkPath(pathname + request.nextUrl.search);
    if (!uncompressed) return NextResponse.next();
    const url = new URL(uncompressed, request.nextUrl.origin);
    const headers = new Headers(request.headers);
    headers.set(COMPRESSED_HEADER, pathname);
    return NextResponse.rewrite(url, { request: { headers } });
  }
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/officer/login";
    url.search = "";
    const from = request.nextUrl.pathname + request.nextUrl.search;
    if (from !== "/officer") url.searchParams.set("from", from);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = {
  // One path segment of base64url characters, long enough for a compressed GTIN: a candidate
  // compressed Digital Link (anything else under it passes through untouched).
  matcher: ["/officer", "/officer/((?!login).*)", "/:compressed([A-Za-z0-9_-]{10,})"],
};
