// The 发文 workflow end to end against a real database: drafting, the route (sequential 核稿,
// parallel 会签, 签发), send-back, numbering under concurrency, sealing, distribution and receipts,
// and the permissions of each step.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { OfficerDuty, OfficerRole } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { createDepartment, unique } from "@/test/factories";
import { createSeal } from "../seals/manage-seals";
import { verifyOfficialDocument } from "../seals";
import { actOnDocumentStep } from "./act-on-step";
import { distributeDocument, listReceipts, signForDocument, urgeReceipts } from "./distribute-document";
import { submitDocument } from "./document-route";
import { createDocumentDraft, updateDocumentDraft } from "./save-document-draft";
import { nextDocumentNumber, registerFor } from "./numbering";
import { sealDocument } from "./seal-document";
import { readSignatureDataUrl } from "./signature-image";
import { decideIncoming, finishIncoming, markIncomingRead, proposeIncoming, registerReceivedDocument } from "./incoming";
import { documentTodoSource } from "../todo/sources/documents";
import { sweepSupervision } from "../supervision/sweep-supervision";
import { documentStepKind } from "./kinds/document-step-kind";
import { saveDefaultRoute } from "./document-route";
import { saveRegister } from "./numbering";

let phoneSeq = 0;
async function officer(departmentId: string, role: OfficerRole, duties: OfficerDuty[] = [], name = "测试"): Promise<Actor> {
  const o = await prisma.officer.create({ data: { username: unique("doc."), name, role, duties, departmentId, passwordHash: "x", phone: `139${String(Date.now() % 1e4).padStart(4, "0")}${String(++phoneSeq).padStart(4, "0")}` } });
  return { id: o.id, name: o.name, username: o.username, role: o.role, duties: o.duties, departmentId: o.departmentId };
}

async function unit() {
  const department = await createDepartment(unique("县测试局"));
  return {
    department,
    drafter: await officer(department.id, "HANDLER", [], "拟稿人"),
    reviewer1: await officer(department.id, "HANDLER", [], "核稿一"),
    reviewer2: await officer(department.id, "HANDLER", [], "核稿二"),
    head: await officer(department.id, "DEPARTMENT_HEAD", [], "局长"),
    keeper: await officer(department.id, "HANDLER", ["SEAL_KEEPER", "DOCUMENT_CLERK"], "印章管理员"),
  };
}

async function draft(u: Awaited<ReturnType<typeof unit>>, mainToIds: string[] = []) {
  const { id } = await createDocumentDraft({ actor: u.drafter, input: { kind: "NOTICE", title: "关于做好冬季道路养护工作的通知", mainToIds, bodyHtml: "<h1>一、总体要求</h1><p>请各单位<b>认真落实</b>。</p>" } });
  return id;
}

const version = async (id: string) => (await prisma.officialDocument.findUniqueOrThrow({ where: { id } })).version;
const openStep = (documentId: string, assigneeId: string) => prisma.documentStep.findFirstOrThrow({ where: { documentId, assigneeId, status: "OPEN" } });

async function signaturePng() {
  const png = await sharp({ create: { width: 300, height: 120, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: Buffer.from(`<svg width="300" height="120"><path d="M10 60 C 80 10, 120 110, 290 50" stroke="black" stroke-width="6" fill="none"/></svg>`), top: 0, left: 0 }])
    .png()
    .toBuffer();
  return `data:image/png;base64,${png.toString("base64")}`;
}

describe("numbering", () => {
  it("gives many concurrent issuers a gap-free sequence without duplicates, and a rollback gives its number back", async () => {
    const department = await createDepartment(unique("县编号局"));
    const register = await prisma.$transaction((tx) => registerFor(tx, department.id, "NOTICE"));
    const results = await Promise.all(Array.from({ length: 40 }, () => prisma.$transaction((tx) => nextDocumentNumber(tx, register, 2026))));
    expect(results.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.docNumber)).size).toBe(40);
    await prisma.$transaction(async (tx) => {
      await nextDocumentNumber(tx, register, 2026);
      throw new Error("rolled back");
    }).catch(() => null);
    expect((await prisma.$transaction((tx) => nextDocumentNumber(tx, register, 2026))).seq).toBe(41);
    // 决定 shares the prefix of 通知 (桐…发), so it shares the sequence: no number twice.
    const decision = await prisma.$transaction((tx) => registerFor(tx, department.id, "DECISION"));
    expect(decision.prefix).toBe(register.prefix);
    expect((await prisma.$transaction((tx) => nextDocumentNumber(tx, decision, 2026))).seq).toBe(42);
    expect((await prisma.$transaction((tx) => nextDocumentNumber(tx, register, 2027))).seq).toBe(1);
  });
});

describe("drafting", () => {
  it("sanitises the body, keeps drafts editable by the drafter only", async () => {
    const u = await unit();
    const id = await draft(u);
    const doc = await prisma.officialDocument.findUniqueOrThrow({ where: { id } });
    expect(doc.bodyHtml).toBe("<h1>一、总体要求</h1><p>请各单位<strong>认真落实</strong>。</p>");
    await expect(updateDocumentDraft({ actor: u.reviewer1, documentId: id, expectedVersion: doc.version, input: { kind: "NOTICE", title: "改" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const bad = await createDocumentDraft({ actor: u.drafter, input: { kind: "X", title: "" } }).catch((e) => e);
    expect(bad.fieldErrors).toMatchObject({ kind: "请选择文种", title: "请填写标题" });
  });
});

describe("route", () => {
  it("reviews in sequence, co-signs in parallel (all before 签发), then numbers and opens 盖章", async () => {
    const u = await unit();
    const other = await createDepartment(unique("县会签局"));
    const cosignA = await officer(other.id, "DEPARTMENT_HEAD", [], "会签甲");
    const cosignB = await officer(u.department.id, "HANDLER", [], "会签乙");
    const id = await draft(u, [other.id]);
    await submitDocument({ actor: u.drafter, documentId: id, expectedVersion: await version(id), input: { reviewerIds: [u.reviewer1.id, u.reviewer2.id], cosignerIds: [cosignA.id, cosignB.id], signerId: u.head.id } });

    const steps = () => prisma.documentStep.findMany({ where: { documentId: id }, orderBy: [{ seq: "asc" }] });
    expect((await steps()).map((s) => `${s.kind}:${s.seq}:${s.status}`)).toEqual(["REVIEW:1:OPEN", "REVIEW:2:WAITING", "COSIGN:3:WAITING", "COSIGN:3:WAITING", "SIGN:4:WAITING"]);
    const first = await openStep(id, u.reviewer1.id);
    expect(first.dueAt).not.toBeNull();
    expect(await prisma.outboxMessage.count({ where: { relatedType: "document_step", relatedId: first.id } })).toBe(1);

    // Somebody else cannot act on reviewer 1's step.
    await expect(actOnDocumentStep({ actor: u.reviewer2, stepId: first.id, input: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await actOnDocumentStep({ actor: u.reviewer1, stepId: first.id, input: { opinion: "文字已核" } });
    await actOnDocumentStep({ actor: u.reviewer2, stepId: (await openStep(id, u.reviewer2.id)).id, input: {} });
    expect((await steps()).filter((s) => s.kind === "COSIGN").map((s) => s.status)).toEqual(["OPEN", "OPEN"]);

    await actOnDocumentStep({ actor: cosignA, stepId: (await openStep(id, cosignA.id)).id, input: { phrase: "同意" } });
    // One co-signer is not enough: 签发 waits for both.
    expect((await steps()).find((s) => s.kind === "SIGN")!.status).toBe("WAITING");
    await actOnDocumentStep({ actor: cosignB, stepId: (await openStep(id, cosignB.id)).id, input: { phrase: "同意" } });
    const sign = await openStep(id, u.head.id);

    // 签发 needs an opinion, a phrase or a drawn signature; a phrase alone is enough.
    const empty = await actOnDocumentStep({ actor: u.head, stepId: sign.id, input: { phrase: "" } }).catch((e) => e);
    expect(empty.fieldErrors).toMatchObject({ opinion: "请填写签发意见，或选择常用语" });
    const result = await actOnDocumentStep({ actor: u.head, stepId: sign.id, input: { phrase: "同意", signature: await signaturePng() } });
    expect(result).toMatchObject({ status: "SIGNED" });
    const doc = await prisma.officialDocument.findUniqueOrThrow({ where: { id } });
    expect(doc.docNumber).toMatch(/〔\d{4}〕1号$/);
    expect((await prisma.documentStep.findUniqueOrThrow({ where: { id: sign.id } })).signaturePng).toBeTruthy();
    const seal = await prisma.documentStep.findFirstOrThrow({ where: { documentId: id, kind: "SEAL" } });
    expect(seal).toMatchObject({ status: "OPEN", assigneeId: null, departmentId: u.department.id });

    // The seal keeper's 待办 has 盖章; the head's 已办 has 签发.
    const keeperTodo = await documentTodoSource.list(prisma, u.keeper, "todo", new Date(), 20);
    expect(keeperTodo.map((t) => t.action)).toContain("盖章");
    expect((await documentTodoSource.list(prisma, u.head, "done", new Date(), 20)).map((t) => t.action)).toContain("签发");
  });

  it("lets a reviewer send the draft back with an opinion; the drafter edits and sends a new round", async () => {
    const u = await unit();
    const id = await draft(u, [u.department.id]);
    await submitDocument({ actor: u.drafter, documentId: id, expectedVersion: await version(id), input: { reviewerIds: [u.reviewer1.id], signerId: u.head.id } });
    const step = await openStep(id, u.reviewer1.id);
    const noOpinion = await actOnDocumentStep({ actor: u.reviewer1, stepId: step.id, input: { decision: "return" } }).catch((e) => e);
    expect(noOpinion.fieldErrors).toMatchObject({ opinion: "退回时请填写退回意见" });
    await actOnDocumentStep({ actor: u.reviewer1, stepId: step.id, input: { decision: "return", opinion: "第二段表述不准确" } });
    const doc = await prisma.officialDocument.findUniqueOrThrow({ where: { id } });
    expect(doc.status).toBe("DRAFT");
    expect(doc.returnNote).toContain("第二段表述不准确");
    expect(await prisma.documentStep.count({ where: { documentId: id, status: "CANCELLED" } })).toBe(1);
    expect((await documentTodoSource.list(prisma, u.drafter, "todo", new Date(), 10)).map((t) => t.action)).toEqual(["修改"]);
    await updateDocumentDraft({ actor: u.drafter, documentId: id, expectedVersion: doc.version, input: { kind: "NOTICE", title: doc.title, mainToIds: [u.department.id], bodyHtml: "<p>改好了</p>" } });
    await submitDocument({ actor: u.drafter, documentId: id, expectedVersion: await version(id), input: { reviewerIds: [u.reviewer1.id], signerId: u.head.id } });
    expect((await openStep(id, u.reviewer1.id)).round).toBe(2);
  });

  it("refuses a signer who cannot sign for the issuing unit", async () => {
    const u = await unit();
    const elsewhere = await officer((await createDepartment(unique("县外局"))).id, "DEPARTMENT_HEAD");
    const id = await draft(u, [u.department.id]);
    const err = await submitDocument({ actor: u.drafter, documentId: id, expectedVersion: await version(id), input: { signerId: elsewhere.id } }).catch((e) => e);
    expect(err.fieldErrors).toMatchObject({ signerId: "签发人应为本单位有签发权的领导" });
    const handler = await submitDocument({ actor: u.drafter, documentId: id, expectedVersion: await version(id), input: { signerId: u.reviewer1.id } }).catch((e) => e);
    expect(handler.fieldErrors).toMatchObject({ signerId: "签发人应为本单位有签发权的领导" });
  });
});

describe("sealing, distribution and receipts", () => {
  it("seals with the unit's seal (keeper only), distributes with one receipt per unit and officer, tracks 签收 and 催办", async () => {
    const u = await unit();
    const admin = await officer(u.department.id, "ADMIN");
    await createSeal({ actor: admin, input: { departmentId: u.department.id, name: "桐川县测试局", bottomText: "" } });
    const recipients = await Promise.all([1, 2, 3].map(() => createDepartment(unique("县收文局"))));
    const clerks = await Promise.all(recipients.map((r) => officer(r.id, "HANDLER", ["DOCUMENT_CLERK"], "收发员")));
    const named = await officer(recipients[0].id, "LEADER", [], "县领导");
    const id = await draft(u, [recipients[0].id]);
    await submitDocument({ actor: u.drafter, documentId: id, expectedVersion: await version(id), input: { signerId: u.head.id } });
    await actOnDocumentStep({ actor: u.head, stepId: (await openStep(id, u.head.id)).id, input: { phrase: "同意" } });

    await expect(sealDocument({ actor: u.drafter, documentId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { verificationCode } = await sealDocument({ actor: u.keeper, documentId: id });
    const pdf = await prisma.documentFile.findFirstOrThrow({ where: { documentId: id, kind: "SEALED_PDF" } });
    expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-");
    expect(await verifyOfficialDocument({ pdf: Buffer.from(pdf.data) })).toMatchObject({ ok: true });
    expect(verificationCode).toBeTruthy();

    const result = await distributeDocument({ actor: u.drafter, documentId: id, input: { departmentIds: recipients.map((r) => r.id), officerIds: [named.id] } });
    expect(result).toEqual({ receipts: 4, messages: 4 });
    // Distributing again to the same recipients adds nothing.
    expect(await distributeDocument({ actor: u.drafter, documentId: id, input: { departmentIds: [recipients[0].id] } })).toMatchObject({ receipts: 0 });

    const receipt = await prisma.documentReceipt.findFirstOrThrow({ where: { documentId: id, departmentId: recipients[0].id, officerId: null } });
    expect((await documentTodoSource.list(prisma, clerks[0], "todo", new Date(), 10)).map((t) => t.action)).toContain("签收");
    await expect(signForDocument({ actor: clerks[1], receiptId: receipt.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await signForDocument({ actor: clerks[0], receiptId: receipt.id });
    await expect(signForDocument({ actor: clerks[0], receiptId: receipt.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const rows = await listReceipts(prisma, id);
    expect(rows.filter((r) => r.status === "SIGNED").map((r) => r.signedByName)).toEqual(["收发员"]);

    expect(await urgeReceipts({ actor: u.drafter, documentId: id })).toEqual({ urged: 3, messages: 3 });

    // 收文: 登记 → 拟办 → 批办 (承办 with a deadline, 传阅) → 办结.
    const incoming = await registerReceivedDocument({ actor: clerks[0], receiptId: receipt.id });
    expect(incoming.registerNo).toMatch(/^收〔\d{4}〕1号$/);
    await proposeIncoming({ actor: clerks[0], incomingId: incoming.id, input: { proposal: "建议请交通运输局承办", leaderId: named.id } });
    const reader = await officer(recipients[0].id, "LEADER", [], "副县长");
    const due = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await decideIncoming({ actor: named, incomingId: incoming.id, input: { phrase: "同意", handlerDepartmentId: recipients[1].id, answerRequired: "yes", dueOn: due, readerIds: [reader.id] } });
    expect((await documentTodoSource.list(prisma, reader, "toRead", new Date(), 10)).map((t) => t.action)).toEqual(["传阅"]);
    await markIncomingRead({ actor: reader, incomingId: incoming.id });
    expect(await documentTodoSource.count(prisma, reader, "toRead", new Date())).toBe(0);
    expect((await documentTodoSource.list(prisma, clerks[1], "todo", new Date(), 10)).map((t) => t.action)).toContain("承办");
    await expect(finishIncoming({ actor: clerks[2], incomingId: incoming.id, input: { result: "已办" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await finishIncoming({ actor: clerks[1], incomingId: incoming.id, input: { result: "已按要求落实" } });
    expect((await prisma.incomingDocument.findUniqueOrThrow({ where: { id: incoming.id } })).status).toBe("DONE");
  });
});

describe("drawn signatures", () => {
  it("accepts a drawn PNG and refuses blank, non-PNG, oversized or broken images", async () => {
    expect(await readSignatureDataUrl(await signaturePng())).toBeInstanceOf(Uint8Array);
    expect(await readSignatureDataUrl("")).toBeNull();
    const blank = await sharp({ create: { width: 300, height: 120, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    await expect(readSignatureDataUrl(`data:image/png;base64,${blank.toString("base64")}`)).rejects.toMatchObject({ fieldErrors: { signature: expect.stringContaining("空白") } });
    const jpeg = await sharp({ create: { width: 30, height: 30, channels: 3, background: "#000" } }).jpeg().toBuffer();
    await expect(readSignatureDataUrl(`data:image/jpeg;base64,${jpeg.toString("base64")}`)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(readSignatureDataUrl(`data:image/png;base64,${Buffer.from("not a png").toString("base64")}`)).rejects.toMatchObject({ code: "VALIDATION" });
    const huge = await sharp({ create: { width: 4000, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 1 } } }).png().toBuffer();
    await expect(readSignatureDataUrl(`data:image/png;base64,${huge.toString("base64")}`)).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("deadlines and settings", () => {
  it("warns the step's officer yellow then red once, on the engine", async () => {
    const u = await unit();
    const id = await draft(u, [u.department.id]);
    await submitDocument({ actor: u.drafter, documentId: id, expectedVersion: await version(id), input: { reviewerIds: [u.reviewer1.id], signerId: u.head.id } });
    const step = await openStep(id, u.reviewer1.id);
    const yellow = await sweepSupervision({ now: new Date(step.yellowAt!.getTime() + 1000), kinds: [documentStepKind] });
    expect(yellow.yellow).toBeGreaterThanOrEqual(1);
    const late = new Date(step.dueAt!.getTime() + 1000);
    const red = await sweepSupervision({ now: late, kinds: [documentStepKind] });
    expect(red.red).toBeGreaterThanOrEqual(1);
    expect((await sweepSupervision({ now: late, kinds: [documentStepKind] })).red).toBe(0);
    const warned = await prisma.documentStep.findUniqueOrThrow({ where: { id: step.id } });
    expect(warned.yellowWarnedAt).not.toBeNull();
    expect(warned.redAt).not.toBeNull();
    const board = await documentStepKind.listDue(prisma, { departmentId: u.department.id }, late, "overdue", 10);
    expect(board.map((b) => b.id)).toContain(step.id);
  });

  it("lets the unit's head or documents.manage set the default route and registers, nobody else", async () => {
    const u = await unit();
    await expect(saveDefaultRoute({ actor: u.drafter, departmentId: u.department.id, input: { reviewerIds: [u.reviewer1.id] } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await saveDefaultRoute({ actor: u.head, departmentId: u.department.id, input: { reviewerIds: [u.reviewer1.id], signerId: u.head.id } });
    expect(await prisma.documentRoute.findUnique({ where: { departmentId: u.department.id } })).toMatchObject({ reviewerIds: [u.reviewer1.id], signerId: u.head.id });
    await expect(saveRegister({ actor: u.head, departmentId: u.department.id, kind: "NOTICE", input: { prefix: "桐测发", issuerMark: "桐川县测试局文件", issuerName: "桐川县测试局" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const office = await officer(u.department.id, "OFFICE_STAFF");
    await saveRegister({ actor: office, departmentId: u.department.id, kind: "NOTICE", input: { prefix: "桐测发", issuerMark: "桐川县测试局文件", issuerName: "桐川县测试局" } });
    expect((await prisma.documentRegister.findFirstOrThrow({ where: { departmentId: u.department.id, kind: "NOTICE" } })).prefix).toBe("桐测发");
  });
});
