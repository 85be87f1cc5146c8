import { describe, expect, it } from "vitest";
import type { OfficerDuty, OfficerRole } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createDepartment, unique } from "@/test/factories";
import type { OfficialDocumentLayout } from "./layout";
import { createSeal, defaultSealName, revokeSeal } from "./manage-seals";
import { decryptPrivateKey, SealKeyError } from "./seal-key-crypto";
import { sealOfficialDocument } from "./seal-official-document";
import { sealSpecimen } from "./seal-specimen";
import { signDigest, sm3Hex, verifyDigestSignature } from "./sm2-signature";
import { formatVerificationCode } from "./verification-code";
import { verifyForVisitor, VERIFY_MESSAGES } from "./verify-for-visitor";
import { verifyOfficialDocument } from "./verify-official-document";

async function officer(departmentId: string, role: OfficerRole, duties: OfficerDuty[] = []): Promise<Actor> {
  const o = await prisma.officer.create({
    data: { username: unique("seal."), name: "郑伟", role, duties, departmentId, passwordHash: "x" },
  });
  return { id: o.id, name: o.name, username: o.username, role: o.role, duties: o.duties, departmentId: o.departmentId };
}

async function unitWithSeal() {
  const department = await createDepartment(unique("县测试局"));
  const admin = await officer(department.id, "ADMIN");
  const keeper = await officer(department.id, "HANDLER", ["SEAL_KEEPER"]);
  const { sealId } = await createSeal({ actor: admin, input: { departmentId: department.id, name: "桐川县测试局", bottomText: "" } });
  return { department, admin, keeper, sealId };
}

const layout = (overrides: Partial<OfficialDocumentLayout> = {}): OfficialDocumentLayout => ({
  issuerMark: "桐川县测试局文件",
  docNumber: `桐测发〔2026〕${Math.floor(Math.random() * 1000)}号`,
  title: "关于做好冬季农村公路养护工作的通知",
  mainRecipients: ["各乡镇人民政府", "县直各单位"],
  body: [
    { kind: "paragraph", text: "为做好冬季农村公路养护工作，现通知如下。" },
    { kind: "heading1", text: "一、总体要求" },
    { kind: "paragraph", text: "各单位要压实责任，确保群众出行安全。" },
  ],
  attachments: ["养护任务分解表"],
  signingUnit: "桐川县测试局",
  date: new Date("2026-11-29T02:00:00Z"),
  copyTo: ["县委办公室"],
  printedBy: "桐川县测试局办公室",
  printedDate: new Date("2026-11-29T02:00:00Z"),
  ...overrides,
});

const seal = (actor: Actor, departmentId: string, l = layout()) =>
  prisma.$transaction((tx) => sealOfficialDocument(tx, actor, { departmentId, documentId: unique("doc-"), layout: l }), { timeout: 60_000 });

describe("electronic seals", () => {
  it("keeps the private key encrypted at rest, bound to its seal and the key from the environment", async () => {
    const { sealId } = await unitWithSeal();
    const row = await prisma.seal.findUniqueOrThrow({ where: { id: sealId } });
    expect(row.publicKeyHex).toMatch(/^04[0-9a-f]{128}$/);
    expect(row.privateKeyEncrypted).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const privateKeyHex = decryptPrivateKey(row.privateKeyEncrypted, sealId);
    expect(privateKeyHex).toMatch(/^[0-9a-f]{64}$/);
    // The column is not the raw key in any encoding.
    expect(row.privateKeyEncrypted).not.toContain(privateKeyHex);
    expect(row.privateKeyEncrypted).not.toContain(Buffer.from(privateKeyHex, "hex").toString("base64url"));
    // The decrypted key is the pair of the stored public key.
    const digest = sm3Hex(Buffer.from("abc"));
    expect(verifyDigestSignature(digest, signDigest(digest, privateKeyHex, row.publicKeyHex), row.publicKeyHex)).toBe(true);
    // Another secret, or the ciphertext moved to another seal's row, does not decrypt.
    expect(() => decryptPrivateKey(row.privateKeyEncrypted, sealId, "another-secret-0123456789-0123456789")).toThrow(SealKeyError);
    expect(() => decryptPrivateKey(row.privateKeyEncrypted, "another-seal-id")).toThrow(SealKeyError);
    // The image is a PNG drawn from the name.
    expect(Buffer.from(row.imagePng).subarray(1, 4).toString()).toBe("PNG");
  });

  it("lets only an admin create a seal, one active seal per unit", async () => {
    const { department, admin, keeper } = await unitWithSeal();
    const again = await createSeal({ actor: admin, input: { departmentId: department.id, name: "桐川县测试局" } }).catch((e) => e);
    expect(again).toBeInstanceOf(AppError);
    expect(again.code).toBe("CONFLICT");
    await expect(createSeal({ actor: keeper, input: { departmentId: department.id, name: "桐川县测试局" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const bad = await createSeal({ actor: admin, input: { departmentId: department.id, name: "桐川 县", bottomText: "<b>" } }).catch((e) => e);
    expect(bad.fieldErrors).toMatchObject({ name: "单位名称只能包含汉字、字母、数字和括号，不含空格", bottomText: "下方文字只能包含汉字、字母和数字" });
    expect(defaultSealName("县交通运输局", "桐川县人民政府")).toBe("桐川县交通运输局");
    expect(defaultSealName("清溪镇人民政府", "桐川县人民政府")).toBe("桐川县清溪镇人民政府");
  });

  it("seals a document that verifies by file and by code, and a one-byte change fails", async () => {
    const { department, keeper, sealId } = await unitWithSeal();
    const l = layout();
    const { pdf, verificationCode, sealUseId } = await seal(keeper, department.id, l);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(verificationCode).toMatch(/^[A-Z2-7]{12}$/);

    const use = await prisma.sealUse.findUniqueOrThrow({ where: { id: sealUseId } });
    expect(use).toMatchObject({ sealId, docNumber: l.docNumber, title: l.title, issuingUnit: "桐川县测试局", signerId: keeper.id, kind: "DOCUMENT", pdf: null });
    expect(use.digestHex).toBe(sm3Hex(pdf));
    expect(use.signatureHex).toMatch(/^[0-9a-f]{128}$/);

    const byFile = await verifyOfficialDocument({ pdf });
    expect(byFile).toMatchObject({ ok: true, by: "file", use: { sealUseId, docNumber: l.docNumber, title: l.title, issuingUnit: "桐川县测试局", sealName: "桐川县测试局", signerName: "郑伟", sealRevokedAt: null, isSpecimen: false } });
    if (byFile.ok) {
      expect(byFile.use.documentDate.toISOString()).toBe(l.date.toISOString());
      expect(byFile.use.sealImageDataUrl).toMatch(/^data:image\/png;base64,/);
    }

    // One byte changed anywhere, or one byte cut, is "changed or not ours".
    for (const at of [20, Math.floor(pdf.length / 2), pdf.length - 2]) {
      const changed = Buffer.from(pdf);
      changed[at] ^= 0x01;
      expect(await verifyOfficialDocument({ pdf: changed })).toEqual({ ok: false, reason: "unknown" });
    }
    expect(await verifyOfficialDocument({ pdf: pdf.subarray(0, pdf.length - 1) })).toEqual({ ok: false, reason: "unknown" });

    // The code as printed (grouped), lower case, or with a 0 typed for O: the record.
    const typed = formatVerificationCode(verificationCode).toLowerCase();
    expect(await verifyOfficialDocument({ code: typed })).toMatchObject({ ok: true, by: "code", use: { sealUseId } });
    expect(await verifyOfficialDocument({ code: "AAAA-AAAA-AAAA" })).toEqual({ ok: false, reason: "unknown" });

    // A record whose signature no longer holds (a row edited in the database) is refused.
    await prisma.sealUse.update({ where: { id: sealUseId }, data: { signatureHex: use.signatureHex.replace(/^./, (c) => (c === "0" ? "1" : "0")) } });
    expect(await verifyOfficialDocument({ pdf })).toEqual({ ok: false, reason: "bad_signature" });

    // Audited, with a label.
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { targetType: "SealUse", targetId: sealUseId } });
    expect(audit).toMatchObject({ actorId: keeper.id, action: "seal.applied" });
  }, 120_000);

  it("refuses an officer without the seal duty and the keeper of another unit", async () => {
    const { department } = await unitWithSeal();
    const handler = await officer(department.id, "DEPARTMENT_HEAD", ["DOCUMENT_CLERK"]);
    await expect(seal(handler, department.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await unitWithSeal();
    await expect(seal(other.keeper, department.id)).rejects.toMatchObject({ code: "FORBIDDEN", userMessage: "只能加盖本单位的电子印章。" });
    expect(await prisma.sealUse.count({ where: { seal: { departmentId: department.id } } })).toBe(0);
  });

  it("stops sealing after revocation; earlier uses stay genuine and show the revocation", async () => {
    const { department, admin, keeper, sealId } = await unitWithSeal();
    const { pdf } = await seal(keeper, department.id);
    await expect(revokeSeal({ actor: keeper, input: { sealId, reason: "印章管理员调整" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await revokeSeal({ actor: admin, input: { sealId, reason: "印章管理员调整" } });
    await expect(revokeSeal({ actor: admin, input: { sealId, reason: "再次停用" } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(seal(keeper, department.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const result = await verifyOfficialDocument({ pdf });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.use.sealRevokedAt).toBeInstanceOf(Date);
    expect(await prisma.auditLog.count({ where: { action: "seal.revoked", targetId: sealId, actorId: admin.id } })).toBe(1);
    // A new seal can be made once the old one is revoked.
    await expect(createSeal({ actor: admin, input: { departmentId: department.id, name: "桐川县测试局" } })).resolves.toHaveProperty("sealId");
  }, 120_000);

  it("seals a specimen (样张) that is kept, audited and verifies as a specimen", async () => {
    const { keeper } = await unitWithSeal();
    const { sealUseId, verificationCode } = await sealSpecimen({ actor: keeper });
    const use = await prisma.sealUse.findUniqueOrThrow({ where: { id: sealUseId } });
    expect(use.kind).toBe("SPECIMEN");
    const pdf = Buffer.from(use.pdf!);
    expect(await verifyOfficialDocument({ pdf })).toMatchObject({ ok: true, by: "file", use: { verificationCode, isSpecimen: true } });
    expect(await prisma.auditLog.count({ where: { action: "seal.specimen_applied", targetId: sealUseId } })).toBe(1);
  }, 120_000);

  it("answers visitors with a field message for no file, not a PDF and too big", async () => {
    const clientKey = unique("client-");
    const file = (bytes: Buffer | string, name = "a.pdf") => new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name);
    expect(await verifyForVisitor({ clientKey, input: { kind: "file", file: null } })).toEqual({ ok: false, field: "file", message: VERIFY_MESSAGES.noFile });
    expect(await verifyForVisitor({ clientKey, input: { kind: "file", file: file("") } })).toMatchObject({ message: VERIFY_MESSAGES.noFile });
    expect(await verifyForVisitor({ clientKey, input: { kind: "file", file: file("GIF89a...") } })).toMatchObject({ message: VERIFY_MESSAGES.notPdf });
    expect(await verifyForVisitor({ clientKey, input: { kind: "file", file: file(Buffer.alloc(11 * 1024 * 1024, 0x25)) } })).toMatchObject({ message: VERIFY_MESSAGES.tooBig });
    expect(await verifyForVisitor({ clientKey, input: { kind: "file", file: file("%PDF-1.3\n%%EOF") } })).toEqual({ ok: true, result: { ok: false, reason: "unknown" } });
    expect(await verifyForVisitor({ clientKey, input: { kind: "code", code: " " } })).toMatchObject({ field: "code", message: VERIFY_MESSAGES.noCode });
    expect(await verifyForVisitor({ clientKey, input: { kind: "code", code: "12345" } })).toMatchObject({ field: "code", message: VERIFY_MESSAGES.badCode });
  });
});
