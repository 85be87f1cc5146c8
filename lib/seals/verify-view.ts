// The verification result as the public page shows it: plain strings, so it can travel from a
// server action to the form's client component.
import { formatDate, formatDateTime } from "../format";
import { formatVerificationCode } from "./verification-code";
import type { VerifyResult } from "./verify-official-document";

export type VerifyView =
  | {
      ok: true;
      by: "file" | "code";
      isSpecimen: boolean;
      issuingUnit: string;
      docNumber: string;
      title: string;
      documentDate: string;
      sealName: string;
      sealImageDataUrl: string;
      sealedAt: string;
      code: string;
      sealRevokedAt: string | null;
    }
  | { ok: false; by: "file" | "code" };

export function toVerifyView(result: VerifyResult, by: "file" | "code"): VerifyView {
  if (!result.ok) return { ok: false, by };
  const u = result.use;
  return {
    ok: true,
    by: result.by,
    isSpecimen: u.isSpecimen,
    issuingUnit: u.issuingUnit,
    docNumber: u.docNumber,
    title: u.title,
    documentDate: formatDate(u.documentDate),
    sealName: u.sealName,
    sealImageDataUrl: u.sealImageDataUrl,
    sealedAt: formatDateTime(u.sealedAt),
    code: formatVerificationCode(u.verificationCode),
    sealRevokedAt: u.sealRevokedAt ? formatDate(u.sealRevokedAt) : null,
  };
}
