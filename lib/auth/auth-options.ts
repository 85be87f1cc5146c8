// next-auth 4 with the Credentials provider against the authorized list. The session is a
// signed and encrypted JWT in an http-only cookie; it carries only the officer id, and every
// request re-reads the officer (lib/auth/session.ts), so deactivation takes effect at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError } from "../errors";
import { authenticateOfficer } from "./authenticate-officer";
import { getAuthSecret } from "./auth-secret";

export const SESSION_HOURS = 10;

export function buildAuthOptions(): NextAuthOptions {
  return {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    pages: { signIn: "/officer/login", error: "/officer/login" },
    providers: [
      CredentialsProvider({
        name: "authorized-list",
        credentials: { username: { label: "登录名", type: "text" }, password: { label: "密码", type: "password" } },
        async authorize(credentials) {
          try {
            const actor = await authenticateOfficer({
              username: credentials?.username ?? "",
              password: credentials?.password ?? "",
            });
            return { id: actor.id, name: actor.name };
          } catch (err) {
            // next-auth passes the thrown message to the sign-in form as `error`.
            if (err instanceof AppError) throw new Error(err.userMessage);
            throw err;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
  };
}

let cached: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  return (cached ??= buildAuthOptions());
}
