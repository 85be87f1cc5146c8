// Next 16 proxy (formerly middleware): sends anonymous visitors of /officer to the sign-in
// page. Comfort only: every officer page and server action checks the session and the
// permission again (lib/auth/session.ts, lib/auth/actor.ts).
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
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
  matcher: ["/officer", "/officer/((?!login).*)"],
};
