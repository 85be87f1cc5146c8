// SM3 digests and SM2 signatures (GB/T 32905, GB/T 32918) through sm-crypto.
//
// A seal use signs the SM3 digest of the final PDF: the 32 digest bytes are the message of a
// standard SM2 signature (which itself hashes Z_A || M with SM3, Z_A from the default user id
// 1234567812345678 and the public key). The signature is r || s as 128 hex characters.
import { sm2, sm3 } from "sm-crypto";

export function sm3Hex(bytes: Uint8Array): string {
  return sm3(bytes);
}

const digestBytes = (digestHex: string) => Array.from(Buffer.from(digestHex, "hex"));

export function signDigest(digestHex: string, privateKeyHex: string, publicKeyHex: string): string {
  return sm2.doSignature(digestBytes(digestHex), privateKeyHex, { hash: true, publicKey: publicKeyHex });
}

export function verifyDigestSignature(digestHex: string, signatureHex: string, publicKeyHex: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(digestHex) || !/^[0-9a-f]{128}$/i.test(signatureHex)) return false;
  try {
    return sm2.doVerifySignature(digestBytes(digestHex), signatureHex, publicKeyHex, { hash: true });
  } catch {
    return false;
  }
}
