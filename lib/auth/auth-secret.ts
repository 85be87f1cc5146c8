// The key that signs officer sessions. NEXTAUTH_SECRET when set (required in production on
// PostgreSQL, lib/env.ts); the embedded single-machine setup generates one on first start and
// keeps it in the git-ignored data folder, so `npm run dev` needs no setting edited first.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "../env";

export function getAuthSecret(): string {
  const env = getEnv();
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.resolve(".data", "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    mkdirSync(path.dirname(file), { recursive: true });
    // "wx": when two processes race, the second write fails and both read the first secret.
    try {
      writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
    } catch {
      return readFileSync(file, "utf8").trim();
    }
    return secret;
  }
}
