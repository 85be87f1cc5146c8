// Public verification of a sealed PDF (by its exact bytes) or of a verification code.
// Implemented in a following commit.

export type VerifyInput = { pdf: Buffer } | { code: string };

export interface VerifiedSealUse {
  sealUseId: string;
  verificationCode: string;
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

export async function verifyOfficialDocument(input: VerifyInput): Promise<VerifyResult> {
  void input;
  throw new Error("verifyOfficialDocument: not implemented yet");
}
