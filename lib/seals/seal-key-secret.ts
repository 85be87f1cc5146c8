// The key that encrypts the units' SM2 private keys at rest. SEAL_KEY_SECRET when set (required
// in production on PostgreSQL, lib/env.ts); the embedded single-machine setup (dev, PGlite, tests)
// generates one on first use into the git-ignored data folder, as lib/auth/auth-secret.ts does for
// the session key. Losing it makes every stored private key unreadable: seals must then be
// revoked and created again (earlier uses stay verifiable: verification needs only public keys).
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "../env";

export function getSealKeySecret(): string {
  const env = getEnv();
  if (env.SEAL_KEY_SECRET) return env.SEAL_KEY_SECRET;
  const file = path.resolve(".data", "seal-key-secret");
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
