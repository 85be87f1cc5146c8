// /verify for anyone: checks the upload (present, a PDF, not too big) or the typed code, counts the
// lookup against the visitor's limit, then verifies. Answers a field message instead of throwing,
// so the public page never fails with a 500.
import "server-only";
import { hitRateLimit } from "../rate-limit";
import { normalizeVerificationCode } from "./verification-code";
import { verifyOfficialDocument, type VerifyResult } from "./verify-official-document";

export const MAX_VERIFY_FILE_BYTES = 10 * 1024 * 1024;
/** Lookups one client address may make, files and codes together. */
export const VERIFY_LIMIT = { limit: 30, windowSeconds: 600 };

export type VisitorVerifyInput = { kind: "file"; file: File | null } | { kind: "code"; code: string };
export type VisitorVerifyOutcome = { ok: false; field: "file" | "code"; message: string } | { ok: true; result: VerifyResult };

export const VERIFY_MESSAGES = {
  noFile: "请选择要核验的PDF文件",
  tooBig: "文件超过10MB，无法核验。请上传本系统签发的原始PDF文件",
  notPdf: "所选文件不是PDF文件，请选择本系统签发的PDF文件",
  noCode: "请输入验证码",
  badCode: "验证码应为12位字母和数字，印在文件首页右上角二维码旁，例如 ABCD-EFGH-JKLM",
  limited: "核验次数过多，请10分钟后再试",
} as const;

export async function verifyForVisitor({ clientKey, input }: { clientKey: string; input: VisitorVerifyInput }): Promise<VisitorVerifyOutcome> {
  if (input.kind === "file") {
    const file = input.file;
    if (!file || file.size === 0) return { ok: false, field: "file", message: VERIFY_MESSAGES.noFile };
    if (file.size > MAX_VERIFY_FILE_BYTES) return { ok: false, field: "file", message: VERIFY_MESSAGES.tooBig };
    const bytes = Buffer.from(await file.arrayBuffer());
    // By content, not by name or type: a PDF starts with "%PDF-" (ISO 32000-1 7.5.2).
    if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") return { ok: false, field: "file", message: VERIFY_MESSAGES.notPdf };
    if (!(await hitRateLimit(`verify:client:${clientKey}`, VERIFY_LIMIT)).allowed) return { ok: false, field: "file", message: VERIFY_MESSAGES.limited };
    return { ok: true, result: await verifyOfficialDocument({ pdf: bytes }) };
  }
  if (!input.code.trim()) return { ok: false, field: "code", message: VERIFY_MESSAGES.noCode };
  const code = normalizeVerificationCode(input.code);
  if (!code) return { ok: false, field: "code", message: VERIFY_MESSAGES.badCode };
  if (!(await hitRateLimit(`verify:client:${clientKey}`, VERIFY_LIMIT)).allowed) return { ok: false, field: "code", message: VERIFY_MESSAGES.limited };
  return { ok: true, result: await verifyOfficialDocument({ code }) };
}
