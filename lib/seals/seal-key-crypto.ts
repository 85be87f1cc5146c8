// SM2 key pairs of the units' seals and their encryption at rest.
//
// The private key is stored as AES-256-GCM ciphertext: the 256-bit key is derived with HKDF-SHA256
// from SEAL_KEY_SECRET (any string of 32+ characters), the seal's id is the additional
// authenticated data (a ciphertext copied onto another seal's row does not decrypt), and each
// encryption has its own random 96-bit IV. Format "v1.<iv>.<tag>.<ciphertext>" (base64url), so a
// later key rotation can add "v2".
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { sm2 } from "sm-crypto";
import { getSealKeySecret } from "./seal-key-secret";

const HKDF_INFO = "county-portal seal private key v1";

function dataKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", Buffer.from(secret, "utf8"), Buffer.alloc(0), HKDF_INFO, 32));
}

export function encryptPrivateKey(privateKeyHex: string, sealId: string, secret = getSealKeySecret()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", dataKey(secret), iv);
  cipher.setAAD(Buffer.from(sealId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(Buffer.from(privateKeyHex, "hex")), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export class SealKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SealKeyError";
  }
}

export function decryptPrivateKey(stored: string, sealId: string, secret = getSealKeySecret()): string {
  const [version, iv, tag, ciphertext] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !ciphertext) throw new SealKeyError("unknown private key format");
  try {
    const decipher = createDecipheriv("aes-256-gcm", dataKey(secret), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(sealId, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("hex");
  } catch {
    // A wrong SEAL_KEY_SECRET (changed or lost) or a tampered row.
    throw new SealKeyError("the seal's private key cannot be decrypted with SEAL_KEY_SECRET");
  }
}

export interface Sm2KeyPair {
  publicKeyHex: string;
  privateKeyHex: string;
}

export function generateSm2KeyPair(): Sm2KeyPair {
  const { publicKey, privateKey } = sm2.generateKeyPairHex();
  return { publicKeyHex: publicKey, privateKeyHex: privateKey.padStart(64, "0") };
}
