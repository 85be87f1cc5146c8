// Public verification of a sealed PDF. By file: the SM3 digest of the uploaded bytes must be the
// digest of a recorded use, and the SM2 signature on it must hold under that seal's public key, so
// any change to the file (one byte) fails. By code: the record only (the code is printed on the
// paper copy; only the exact file proves the content).
import "server-only";
import { prisma } from "../db";
import { sm3Hex, verifyDigestSignature } from "./sm2-signature";
import { normalizeVerificationCode } from "./verification-code";

export type VerifyInput = { pdf: Buffer } | { code: string };

export interface VerifiedSealUse {
  sealUseId: string;
  verificationCode: string;
  /** A specimen (样张) sealed to check the seal, not an official document. */
  isSpecimen: boolean;
  issuingUnit: string;
  docNumber: string;
  title: string;
  /** 成文日期. */
  documentDate: Date;
  sealName: string;
  /** The seal image as a data: URL (PNG). */
  sealImageDataUrl: string;
  /** The 电子印章管理员 who applied the seal. */
  signerName: string;
  sealedAt: Date;
  /** When the seal was revoked after this use (the use stays genuine). */
  sealRevokedAt: Date | null;
}

export type VerifyResult =
  /** file: the bytes are exactly the sealed PDF and the SM2 signature holds. code: the record only. */
  | { ok: true; by: "file" | "code"; use: VerifiedSealUse }
  /** "changed/not ours": no sealed file has these bytes, no use has this code, or the signature fails. */
  | { ok: false; reason: "unknown" | "bad_signature" };

const useInclude = { seal: { select: { name: true, publicKeyHex: true, imagePng: true, revokedAt: true } } } as const;

export async function verifyOfficialDocument(input: VerifyInput): Promise<VerifyResult> {
  let use;
  if ("pdf" in input) {
    const digestHex = sm3Hex(input.pdf);
    use = await prisma.sealUse.findFirst({ where: { digestHex }, include: useInclude });
    if (!use) return { ok: false, reason: "unknown" };
  } else {
    const code = normalizeVerificationCode(input.code);
    if (!code) return { ok: false, reason: "unknown" };
    use = await prisma.sealUse.findUnique({ where: { verificationCode: code }, include: useInclude });
    if (!use) return { ok: false, reason: "unknown" };
  }
  if (!verifyDigestSignature(use.digestHex, use.signatureHex, use.seal.publicKeyHex)) return { ok: false, reason: "bad_signature" };
  return {
    ok: true,
    by: "pdf" in input ? "file" : "code",
    use: {
      sealUseId: use.id,
      verificationCode: use.verificationCode,
      isSpecimen: use.kind === "SPECIMEN",
      issuingUnit: use.issuingUnit,
      docNumber: use.docNumber,
      title: use.title,
      documentDate: use.documentDate,
      sealName: use.seal.name,
      sealImageDataUrl: `data:image/png;base64,${Buffer.from(use.seal.imagePng).toString("base64")}`,
      signerName: use.signerName,
      sealedAt: use.sealedAt,
      sealRevokedAt: use.seal.revokedAt && use.seal.revokedAt > use.sealedAt ? use.seal.revokedAt : null,
    },
  };
}
