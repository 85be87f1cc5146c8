// Sealing (盖章): the final PDF is rendered with the unit's seal pressed on the date and the
// verification QR code in the margin; the SM3 digest of exactly those bytes is signed with the
// unit's SM2 key, and the use is recorded with the seal, the signer and the time. Only the unit's
// 电子印章管理员 (duty SEAL_KEEPER → documents.seal) may apply its seal; every use is audited.
//
// The PDF is rendered inside the caller's transaction (about a second for font subsetting): the
// seal row is locked meanwhile, so a revocation waits for a sealing in progress and a revoked seal
// is never applied after its revocation committed. Give that transaction room: `{ timeout: 30_000 }`.
import "server-only";
import { assertPermission, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import type { Tx } from "../db";
import { getEnv } from "../env";
import { AppError } from "../errors";
import type { OfficialDocumentLayout } from "./layout";
import { renderOfficialDocumentPdf } from "./render-official-document-pdf";
import { decryptPrivateKey } from "./seal-key-crypto";
import { signDigest, sm3Hex, verifyDigestSignature } from "./sm2-signature";
import { newVerificationCode } from "./verification-code";

export interface SealOfficialDocumentInput {
  /** The unit whose seal is applied (the sealing officer must be its 电子印章管理员). */
  departmentId: string;
  /** The caller's document id (kept on the use; not a foreign key). */
  documentId: string;
  layout: OfficialDocumentLayout;
}

export interface SealOfficialDocumentResult {
  pdf: Buffer;
  verificationCode: string;
  sealUseId: string;
  pageCount: number;
}

/** The public address a code verifies at (printed as the QR code). */
export function verifyUrlFor(code: string): string {
  return `${getEnv().SITE_URL.replace(/\/$/, "")}/verify?code=${code}`;
}

interface ApplyOptions {
  kind: "DOCUMENT" | "SPECIMEN";
  watermark?: string;
  keepPdf?: boolean;
}

export async function applySeal(tx: Tx, actor: Actor, input: SealOfficialDocumentInput, options: ApplyOptions): Promise<SealOfficialDocumentResult> {
  assertPermission(actor, "documents.seal");
  // A duty applies to the officer's own unit only (ARCHITECTURE.md, duties).
  if (actor.departmentId !== input.departmentId) {
    throw new AppError("FORBIDDEN", "只能加盖本单位的电子印章。", {
      logMessage: `${actor.username} (department ${actor.departmentId}) tried the seal of ${input.departmentId}`,
    });
  }
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Seal" WHERE "departmentId" = ${input.departmentId} AND "revokedAt" IS NULL FOR UPDATE`;
  if (!locked.length) throw new AppError("CONFLICT", "本单位没有启用中的电子印章，请联系系统管理员制作印章。");
  const seal = await tx.seal.findUniqueOrThrow({ where: { id: locked[0].id } });
  const privateKeyHex = decryptPrivateKey(seal.privateKeyEncrypted, seal.id);

  const verificationCode = newVerificationCode();
  const sealedAt = new Date();
  let pageCount = 0;
  const pdf = await renderOfficialDocumentPdf(input.layout, {
    onPageCount: (n) => (pageCount = n),
    seal: { png: Buffer.from(seal.imagePng) },
    verifyUrl: verifyUrlFor(verificationCode),
    verificationCode,
    watermark: options.watermark,
    createdAt: sealedAt,
  });
  const digestHex = sm3Hex(pdf);
  const signatureHex = signDigest(digestHex, privateKeyHex, seal.publicKeyHex);
  // A key pair that does not match (a corrupted row) must not produce a use that never verifies.
  if (!verifyDigestSignature(digestHex, signatureHex, seal.publicKeyHex)) {
    throw new AppError("INTERNAL", "电子印章密钥校验失败，请联系系统管理员。", { logMessage: `seal ${seal.id}: signature does not verify` });
  }
  const officer = await tx.officer.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
  const use = await tx.sealUse.create({
    data: {
      sealId: seal.id,
      kind: options.kind,
      documentId: input.documentId,
      docNumber: input.layout.docNumber,
      title: input.layout.title,
      issuingUnit: input.layout.signingUnit,
      documentDate: input.layout.date,
      signerId: actor.id,
      signerName: officer.name,
      sealedAt,
      digestHex,
      signatureHex,
      verificationCode,
      pdf: options.keepPdf ? new Uint8Array(pdf) : null,
    },
    select: { id: true },
  });
  await writeAudit(tx, {
    actorId: actor.id,
    action: options.kind === "SPECIMEN" ? "seal.specimen_applied" : "seal.applied",
    targetType: "SealUse",
    targetId: use.id,
    details: { seal: seal.name, docNumber: input.layout.docNumber, title: input.layout.title, documentId: input.documentId, code: verificationCode },
  });
  return { pdf, verificationCode, sealUseId: use.id, pageCount };
}

/** Seals an official document for the document workflow (in its transaction). */
export async function sealOfficialDocument(tx: Tx, actor: Actor, input: SealOfficialDocumentInput): Promise<SealOfficialDocumentResult> {
  return applySeal(tx, actor, input, { kind: "DOCUMENT" });
}
