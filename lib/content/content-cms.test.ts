import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createOfficer, unique } from "@/test/factories";
import { addContentAttachment, getContentAttachment, removeContentAttachment, sniffDocumentType } from "./content-attachments";
import { ContentConflictError } from "./content-change";
import { contentFormValues, parseContentInput } from "./content.schema";
import { getContentVersion, getOfficerContent, listOfficerContent } from "./officer-content";
import { getPublishedContent, listPolicies, listPublishedContent } from "./public-content";
import { publishContent, unpublishContent } from "./publish-content";
import { restoreContentVersion } from "./restore-content-version";
import { createContent, updateContent } from "./save-content";
import { gpsJpeg, malformedPng } from "@/test/image-fixtures";

async function failure(promise: Promise<unknown>) {
  const err = await promise.then(() => null, (e) => e);
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const guide = (overrides: Record<string, string> = {}) => ({
  type: "SERVICE_GUIDE",
  title: unique("城乡居民医保参保登记"),
  summary: "未参加职工医保的城乡居民可办理。",
  body: "新生儿可随时办理。",
  applicants: "城乡居民",
  conditions: "本县户籍\n持本县居住证",
  materials: "居民身份证\n\n户口簿",
  steps: "提交材料\n窗口登记\n缴费",
  promisedDays: "1",
  statutoryDays: "5",
  fees: "不收费",
  place: "县政务服务中心",
  hours: "工作日 8:30-17:30",
  onlineUrl: "",
  ...overrides,
});

const policy = (overrides: Record<string, string> = {}) => ({
  type: "POLICY",
  title: unique("桐川县农村低保实施办法"),
  body: "第一条　为保障农村困难群众基本生活，制定本办法。",
  issuingBody: "桐川县人民政府",
  docNumber: "桐政发〔2026〕5号",
  issuedAt: "2026-03-10",
  effectiveAt: "2026-04-01",
  ...overrides,
});

async function editor() {
  return (await createOfficer({ role: "CONTENT_EDITOR" })).actor;
}

describe("validation per type", () => {
  it("a service guide needs materials, steps, time limits; lists are one per line", () => {
    const parsed = parseContentInput(guide());
    expect(parsed.fields).toMatchObject({ materials: ["居民身份证", "户口簿"], steps: ["提交材料", "窗口登记", "缴费"], promisedDays: 1, statutoryDays: 5, onlineUrl: null });
    try {
      parseContentInput(guide({ materials: "  \n", steps: "", promisedDays: "十", onlineUrl: "javascript:alert(1)" }));
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).fieldErrors).toMatchObject({
        materials: "请至少填写一项申请材料",
        steps: "请至少填写一个办理步骤",
        promisedDays: "承诺时限应为0至999的整数（工作日）",
        onlineUrl: "网上办理地址应以 http:// 或 https:// 开头",
      });
    }
    expect(() => parseContentInput(guide({ promisedDays: "10", statutoryDays: "5" }))).toThrow(AppError);
  });

  it("a policy needs its issuing body, 文号 and date of issue; a notice may go without 文号", () => {
    const p = parseContentInput(policy());
    expect(p.issuedAt?.toISOString()).toBe("2026-03-09T16:00:00.000Z"); // 10 March, Beijing time
    try {
      parseContentInput(policy({ issuingBody: "", docNumber: "", issuedAt: "2026/13/40" }));
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).fieldErrors).toMatchObject({ issuingBody: "请填写发文机关", docNumber: "请填写文号，如 桐政发〔2026〕5号", issuedAt: expect.stringContaining("格式") });
    }
    expect(parseContentInput(policy({ type: "NOTICE", docNumber: "" })).docNumber).toBeNull();
  });

  it("a warning needs a level, an area and a validity that ends after it starts", () => {
    const base = { type: "WARNING", title: "暴雨橙色预警", body: "注意防范", hazard: "暴雨", warningLevel: "ORANGE", area: "清溪镇", validFrom: "2026-07-01T08:00", validUntil: "2026-07-02T08:00" };
    expect(parseContentInput(base)).toMatchObject({ warningLevel: "ORANGE", area: "清溪镇", fields: { hazard: "暴雨" } });
    try {
      parseContentInput({ ...base, warningLevel: "PURPLE", validUntil: "2026-06-30T08:00" });
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).fieldErrors).toMatchObject({ warningLevel: "请选择预警级别", validUntil: "解除时间应晚于生效时间" });
    }
  });

  it("projects, parks, rural information and incentives validate their own fields", () => {
    expect(() => parseContentInput({ type: "INVESTMENT_PROJECT", title: "柑橘加工", industry: "农产品加工" })).toThrow(AppError);
    const park = parseContentInput({ type: "PARK", title: "加工园区", parkArea: "3.5平方公里", industries: "果蔬加工\n冷链物流", facilities: "" });
    expect(park.fields).toMatchObject({ area: "3.5平方公里", industries: ["果蔬加工", "冷链物流"], facilities: [] });
    expect(contentFormValues({ ...park, slug: "p", supersededBy: null }).parkArea).toBe("3.5平方公里");
    expect(() => parseContentInput({ type: "RURAL_INFO", title: "养老保险缴费提醒", body: "x", category: "股票" })).toThrow(AppError);
    expect(parseContentInput({ type: "INCENTIVE", title: "招商政策", body: "x" }).fields).toMatchObject({ beneficiaries: null });
    expect(() => parseContentInput({ type: "POLICY", title: "x", slug: "Bad Slug!" })).toThrow(AppError);
  });
});

describe("content lifecycle", () => {
  it("creates a draft with a readable slug, a first version, an audit entry and a search job", async () => {
    const actor = await editor();
    const item = await createContent({ actor, input: guide(), now: new Date("2026-11-24T02:00:00Z") });
    expect(item.status).toBe("DRAFT");
    expect(item.slug).toMatch(/^guide-2026-11-24(-\d+)?$/);
    const second = await createContent({ actor, input: guide(), now: new Date("2026-11-24T02:00:00Z") });
    expect(second.slug).not.toBe(item.slug);
    expect(second.slug.startsWith("guide-2026-11-24")).toBe(true);
    expect(await prisma.contentVersion.count({ where: { contentId: item.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { targetId: item.id, action: "content.created" } })).toBe(1);
    expect(await prisma.searchSyncJob.count({ where: { docType: "content", docId: item.id } })).toBe(1);
    // A draft is not public.
    await expect(getPublishedContent({ slug: item.slug, types: ["SERVICE_GUIDE"] })).rejects.toThrow(AppError);
  });

  it("scheduled publication: not public before publishAt, public after, with no job flipping it", async () => {
    const actor = await editor();
    const item = await createContent({ actor, input: guide() });
    const now = new Date("2026-11-24T00:00:00Z");
    const at = "2026-11-25T09:00"; // Beijing time = 01:00Z on the 25th
    const scheduled = await publishContent({ actor, contentId: item.id, expectedVersion: item.version, input: { publishAt: at }, now });
    expect(scheduled.status).toBe("SCHEDULED");
    const before = new Date("2026-11-25T00:59:00Z");
    const after = new Date("2026-11-25T01:00:00Z");
    await expect(getPublishedContent({ slug: item.slug, types: ["SERVICE_GUIDE"], now: before })).rejects.toThrow(AppError);
    expect((await getPublishedContent({ slug: item.slug, types: ["SERVICE_GUIDE"], now: after })).id).toBe(item.id);
    // Nothing changed in the row between the two reads: the status is still SCHEDULED.
    expect((await prisma.contentItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("SCHEDULED");
  });

  it("refuses to schedule an item that is public now; a withdrawn item keeps its first publication date", async () => {
    const actor = await editor();
    const item = await createContent({ actor, input: guide() });
    const firstDay = new Date("2026-11-20T00:00:00Z");
    const published = await publishContent({ actor, contentId: item.id, expectedVersion: item.version, now: firstDay });
    const later = new Date("2026-11-24T00:00:00Z");
    const refused = await failure(publishContent({ actor, contentId: item.id, expectedVersion: published.version, input: { publishAt: "2026-11-30T09:00" }, now: later }));
    expect(refused.message).toContain("先撤回");
    const withdrawn = await unpublishContent({ actor, contentId: item.id, expectedVersion: published.version, now: later });
    const rescheduled = await publishContent({ actor, contentId: item.id, expectedVersion: withdrawn.version, input: { publishAt: "2026-11-30T09:00" }, now: later });
    expect(rescheduled.status).toBe("SCHEDULED");
    expect((await prisma.contentItem.findUniqueOrThrow({ where: { id: item.id } })).publishedAt).toEqual(firstDay);
  });

  it("publishes now, then unpublishes: the public page follows", async () => {
    const actor = await editor();
    const item = await createContent({ actor, input: guide() });
    const published = await publishContent({ actor, contentId: item.id, expectedVersion: item.version });
    expect(published.status).toBe("PUBLISHED");
    const list = await listPublishedContent({ types: ["SERVICE_GUIDE"], take: 100 });
    expect(list.items.map((i) => i.id)).toContain(item.id);
    const off = await unpublishContent({ actor, contentId: item.id, expectedVersion: published.version });
    expect(off.status).toBe("UNPUBLISHED");
    await expect(getPublishedContent({ slug: item.slug, types: ["SERVICE_GUIDE"] })).rejects.toThrow(AppError);
    expect(await prisma.auditLog.count({ where: { targetId: item.id, action: { in: ["content.published", "content.unpublished"] } } })).toBe(2);
    expect((await prisma.searchSyncJob.findUniqueOrThrow({ where: { docType_docId: { docType: "content", docId: item.id } } })).seq).toBeGreaterThanOrEqual(3);
  });

  it("restores an earlier version as a new version; nothing is lost", async () => {
    const actor = await editor();
    const item = await createContent({ actor, input: guide({ title: "原标题" + unique(""), fees: "不收费" }) });
    const v2 = await updateContent({ actor, contentId: item.id, expectedVersion: 1, input: guide({ title: "改后标题", fees: "每件10元" }) });
    expect(v2.version).toBe(2);
    const restored = await restoreContentVersion({ actor, contentId: item.id, expectedVersion: 2, version: 1 });
    expect(restored.version).toBe(3);
    expect(restored.title).toBe(item.title);
    expect((restored.fields as { fees: string }).fees).toBe("不收费");
    const full = await getOfficerContent({ actor, contentId: item.id });
    expect(full.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(full.versions[0].action).toBe("恢复第1版");
    // The replaced version is still there to restore.
    expect((await getContentVersion({ actor, contentId: item.id, version: 2 })).snapshot.title).toBe("改后标题");
    expect(await prisma.auditLog.count({ where: { targetId: item.id, action: "content.restored" } })).toBe(1);
  });

  it("a stale form gets CONFLICT naming who changed it and when, and writes nothing", async () => {
    const alice = await editor();
    const bob = await editor();
    await prisma.officer.update({ where: { id: bob.id }, data: { name: "李编辑" } });
    const item = await createContent({ actor: alice, input: guide() });
    await updateContent({ actor: { ...bob, name: "李编辑" }, contentId: item.id, expectedVersion: 1, input: guide({ title: "李编辑的标题" }) });
    const err = await failure(updateContent({ actor: alice, contentId: item.id, expectedVersion: 1, input: guide({ title: "张编辑的标题" }) }));
    expect(err).toBeInstanceOf(ContentConflictError);
    expect(err.code).toBe("CONFLICT");
    expect(err.userMessage).toContain("李编辑");
    expect(err.userMessage).toMatch(/\d{4}\/\d{2}\/\d{2}/);
    expect((err as ContentConflictError).currentVersion).toBe(2);
    const row = await prisma.contentItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.title).toBe("李编辑的标题");
    expect(row.version).toBe(2);
    // Saving again against the version now shown goes through.
    expect((await updateContent({ actor: alice, contentId: item.id, expectedVersion: 2, input: guide({ title: "张编辑的标题" }) })).title).toBe("张编辑的标题");
  });

  it("refuses officers without the content permissions", async () => {
    const actor = await editor();
    const handler = (await createOfficer({ role: "HANDLER" })).actor;
    const admin = (await createOfficer({ role: "ADMIN" })).actor;
    expect((await failure(createContent({ actor: handler, input: guide() }))).code).toBe("FORBIDDEN");
    const item = await createContent({ actor, input: guide() });
    expect((await failure(updateContent({ actor: admin, contentId: item.id, expectedVersion: 1, input: guide() }))).code).toBe("FORBIDDEN");
    expect((await failure(publishContent({ actor: handler, contentId: item.id, expectedVersion: 1 }))).code).toBe("FORBIDDEN");
    expect((await failure(unpublishContent({ actor: admin, contentId: item.id, expectedVersion: 1 }))).code).toBe("FORBIDDEN");
    expect((await failure(restoreContentVersion({ actor: handler, contentId: item.id, expectedVersion: 1, version: 1 }))).code).toBe("FORBIDDEN");
    expect((await failure(listOfficerContent({ actor: handler, filter: {} }))).code).toBe("FORBIDDEN");
    expect((await failure(addContentAttachment({ actor: handler, contentId: item.id, file: { name: "a.pdf", bytes: new TextEncoder().encode("%PDF-1.7") } }))).code).toBe("FORBIDDEN");
    // Nothing was written by the refused attempts.
    expect((await prisma.contentItem.findUniqueOrThrow({ where: { id: item.id } })).version).toBe(1);
  });

  it("marks a superseded policy and links the related guide both ways", async () => {
    const actor = await editor();
    const newer = await createContent({ actor, input: policy({ slug: unique("policy-new-") }) });
    await publishContent({ actor, contentId: newer.id, expectedVersion: 1 });
    const g = await createContent({ actor, input: guide({ relatedSlugs: newer.slug }) });
    await publishContent({ actor, contentId: g.id, expectedVersion: 1 });
    const older = await createContent({ actor, input: policy({ supersededBySlug: newer.slug }) });
    await publishContent({ actor, contentId: older.id, expectedVersion: 1 });
    const page = await getPublishedContent({ slug: older.slug, types: ["POLICY", "NOTICE"] });
    expect(page.supersededBy?.slug).toBe(newer.slug);
    const newerPage = await getPublishedContent({ slug: newer.slug, types: ["POLICY", "NOTICE"] });
    expect(newerPage.related.map((r) => r.path)).toContain(`/guides/${g.slug}`);
    expect((await failure(createContent({ actor, input: policy({ supersededBySlug: "no-such-policy" }) }))).fieldErrors?.supersededBySlug).toBeTruthy();
    expect((await failure(createContent({ actor, input: guide({ relatedSlugs: "nope-1\nnope-2" }) }))).fieldErrors?.relatedSlugs).toContain("nope-1、nope-2");
  });

  it("a replacement that is not public yet does not mark the old policy superseded, nor show its title", async () => {
    const actor = await editor();
    const dept = await prisma.department.create({ data: { code: unique("D"), name: unique("县民政局") } });
    const draft = await createContent({ actor, input: policy({ title: unique("尚未公布的新办法"), departmentId: dept.id }) });
    const older = await createContent({ actor, input: policy({ supersededBySlug: draft.slug, departmentId: dept.id }) });
    await publishContent({ actor, contentId: older.id, expectedVersion: 1 });
    expect((await getPublishedContent({ slug: older.slug, types: ["POLICY", "NOTICE"] })).supersededBy).toBeNull();
    expect((await listPolicies({ departmentId: dept.id })).items.map((i) => [i.id, i.isSuperseded])).toEqual([[older.id, false]]);
    expect((await listPublishedContent({ types: ["POLICY"], currentOnly: true, take: 500 })).items.map((i) => i.id)).toContain(older.id);

    await publishContent({ actor, contentId: draft.id, expectedVersion: 1 });
    expect((await getPublishedContent({ slug: older.slug, types: ["POLICY", "NOTICE"] })).supersededBy?.slug).toBe(draft.slug);
    expect((await listPolicies({ departmentId: dept.id })).items.find((i) => i.id === older.id)?.isSuperseded).toBe(true);
    expect((await listPublishedContent({ types: ["POLICY"], currentOnly: true, take: 500 })).items.map((i) => i.id)).not.toContain(older.id);
  });

  it("filters the policy list by type, department and year", async () => {
    const actor = await editor();
    const dept = await prisma.department.create({ data: { code: unique("D"), name: unique("县民政局") } });
    const p = await createContent({ actor, input: policy({ departmentId: dept.id }) });
    await publishContent({ actor, contentId: p.id, expectedVersion: 1, now: new Date("2025-06-01T00:00:00Z") });
    expect((await listPolicies({ departmentId: dept.id, year: 2025 })).items.map((i) => i.id)).toEqual([p.id]);
    expect((await listPolicies({ departmentId: dept.id, year: 2024 })).items).toEqual([]);
    expect((await listPolicies({ departmentId: dept.id, type: "NOTICE" })).items).toEqual([]);
    expect((await listPolicies({})).years).toContain(2025);
  });
});

describe("attachments", () => {
  const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n");
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
  const zipWith = (name: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode(`....${name}....`)]);

  it("recognises files by their bytes, not their names", () => {
    expect(sniffDocumentType(pdf, "x.jpg")?.mimeType).toBe("application/pdf");
    expect(sniffDocumentType(ole, "表.xls")?.ext).toBe("xls");
    expect(sniffDocumentType(ole, "文件.doc")?.ext).toBe("doc");
    expect(sniffDocumentType(zipWith("word/document.xml"), "a.docx")?.ext).toBe("docx");
    expect(sniffDocumentType(zipWith("xl/workbook.xml"), "a.xlsx")?.ext).toBe("xlsx");
    expect(sniffDocumentType(zipWith("evil.exe"), "a.docx")).toBeNull();
    expect(sniffDocumentType(new TextEncoder().encode("<html><script>"), "a.pdf")).toBeNull();
    expect(sniffDocumentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "a.pdf")?.mimeType).toBe("image/png");
  });

  it("stores a checked file, refuses a wrong type or an oversize file with a clear message, serves public ones only", async () => {
    const actor = await editor();
    const item = await createContent({ actor, input: policy() });
    const wrong = await failure(addContentAttachment({ actor, contentId: item.id, file: { name: "通知.pdf", bytes: new TextEncoder().encode("MZ not a pdf") } }));
    expect(wrong.fieldErrors?.file).toBe("“通知.pdf”不是PDF、Word、Excel或JPEG、PNG、WebP格式的文件");
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdf);
    expect((await failure(addContentAttachment({ actor, contentId: item.id, file: { name: "大.pdf", bytes: big } }))).fieldErrors?.file).toContain("超过10MB");
    const a = await addContentAttachment({ actor, contentId: item.id, file: { name: "../../实施细则.PDF", bytes: pdf } });
    expect(a.fileName).toBe("实施细则.pdf");
    // Draft: not for the public, but for editors.
    await expect(getContentAttachment({ actor: null, attachmentId: a.id })).rejects.toThrow(AppError);
    expect(await getContentAttachment({ actor, attachmentId: a.id })).toMatchObject({ mimeType: "application/pdf", isPublic: false });
    await publishContent({ actor, contentId: item.id, expectedVersion: 1 });
    expect(await getContentAttachment({ actor: null, attachmentId: a.id })).toMatchObject({ size: pdf.length, isPublic: true });
    await removeContentAttachment({ actor, attachmentId: a.id });
    await expect(getContentAttachment({ actor, attachmentId: a.id })).rejects.toThrow(AppError);
  });

  it("stores a picture without its EXIF (GPS position, camera) and refuses a broken one with a message", async () => {
    const actor = await editor();
    const item = await createContent({ actor, input: policy() });
    const photo = await addContentAttachment({ actor, contentId: item.id, file: { name: "现场.jpg", bytes: await gpsJpeg() } });
    const stored = await getContentAttachment({ actor, attachmentId: photo.id });
    expect(stored.mimeType).toBe("image/jpeg");
    expect(Buffer.from(stored.data).includes("PhoneCo")).toBe(false);
    const { default: sharp } = await import("sharp");
    expect((await sharp(stored.data).metadata()).exif).toBeUndefined();
    const broken = await failure(addContentAttachment({ actor, contentId: item.id, file: { name: "图.png", bytes: malformedPng() } }));
    expect(broken.fieldErrors?.file).toBe("“图.png”图片已损坏或不完整，无法读取");
  });
});

describe("slugs", () => {
  it("the editor may change the slug until the item has been public, not after", async () => {
    const actor = await editor();
    const item = await createContent({ actor, input: guide() });
    const slug = unique("guide-renamed-");
    const renamed = await updateContent({ actor, contentId: item.id, expectedVersion: 1, input: guide({ slug }) });
    expect(renamed.slug).toBe(slug);
    const published = await publishContent({ actor, contentId: item.id, expectedVersion: 2 });
    const err = await failure(updateContent({ actor, contentId: item.id, expectedVersion: published.version, input: guide({ slug: unique("guide-other-") }) }));
    expect(err.fieldErrors?.slug).toContain("不能修改网址名称");
    const taken = await failure(createContent({ actor, input: guide({ slug }) }));
    expect(taken.fieldErrors?.slug).toBe("该网址名称已被其他内容使用，请换一个");
  });
});
