// next-auth 4 with the Credentials provider against the authorized list. The session is a
// signed and encrypted JWT in an http-only cookie; it carries the officer id and the officer's
// session version. Every request re-reads the officer (lib/auth/session.ts) and accepts the
// cookie only while that version is current, so sign-out, a password change or reset,
// deactivation and a role change end every session issued before them.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "../http/client-address";
import { AppError } from "../errors";
import { authenticateOfficer } from "./authenticate-officer";
import { getAuthSecret } from "./auth-secret";
import { signOutOfficer } from "./sign-out-officer";
import type { SignInErrorCode } from "./sign-in-errors";

export const SESSION_HOURS = 10;

/** next-auth hands authorize() the request's headers as a plain object. */
function headersOf(req: { headers?: Record<string, unknown> } | undefined) {
  return {
    get(name: string): string | null {
      const value = req?.headers?.[name.toLowerCase()];
      return typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : null;
    },
  };
}

const FORM_CODES: Partial<Record<string, SignInErrorCode>> = {
  INVALID_CREDENTIALS: "INVALID_CREDENTIALS",
  ACCOUNT_LOCKED: "ACCOUNT_LOCKED",
  RATE_LIMITED: "RATE_LIMITED",
  ACCOUNT_INACTIVE: "ACCOUNT_INACTIVE",
  VALIDATION: "VALIDATION",
};

export function buildAuthOptions(): NextAuthOptions {
  return {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    pages: { signIn: "/officer/login", error: "/officer/login" },
    providers: [
      CredentialsProvider({
        name: "authorized-list",
        credentials: { username: { label: "登录名", type: "text" }, password: { label: "密码", type: "password" } },
        async authorize(credentials, req) {
          try {
            const officer = await authenticateOfficer({
              username: String(credentials?.username ?? ""),
              password: String(credentials?.password ?? ""),
              clientAddress: clientAddress(headersOf(req as { headers?: Record<string, unknown> })),
            });
            return { id: officer.id, name: officer.name, sessionVersion: officer.sessionVersion };
          } catch (err) {
            // next-auth passes the thrown message to the sign-in page as `error`: a code the page
            // maps to a fixed message (lib/auth/sign-in-errors.ts), never free text.
            if (err instanceof AppError) throw new Error(FORM_CODES[err.code] ?? "UNAVAILABLE");
            throw err;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion;
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) {
          const user = session.user as { id?: string; sessionVersion?: unknown };
          user.id = token.sub;
          user.sessionVersion = token.sv;
        }
        return session;
      },
    },
    events: {
      // POST /api/auth/signout: the version moves on, so a copy of this cookie is refused too.
      async signOut({ token }) {
        if (token?.sub) await signOutOfficer({ officerId: token.sub, sessionVersion: token.sv });
      },
    },
  };
}

let cached: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  return (cached ??= buildAuthOptions());
}
