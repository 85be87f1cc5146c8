import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { unique } from "@/test/factories";
import { seedDemoCounty } from "../seed/seed-demo-county";
import { newDraftId } from "../complaints/complaint-drafts";
import { listInbox } from "../complaints/list-inbox";
import { listPublishedCases } from "../complaints/list-published-cases";
import { trackComplaint } from "../complaints/track-complaint";
import { INQUIRY_UNAVAILABLE_MESSAGE, INVESTMENT_INQUIRY_CATEGORY } from "../complaints/file-complaint";
import { fileInvestmentInquiry, listInquiryProjects, REPEAT_RECEIPT_WINDOW_MS } from "./file-investment-inquiry";

const answers = (overrides: Record<string, string> = {}) => ({
  contactName: "林志远",
  organisation: "闽南果业集团有限公司",
  phone: "13655550123",
  email: "lin@example.com",
  projectSlug: "project-fruit-processing",
  question: "请问柑橘精深加工项目的用地指标和标准厂房租金优惠是多少？",
  consent: "yes",
  ...overrides,
});

beforeAll(async () => {
  await seedDemoCounty(prisma, { year: 2026 });
});

describe("investor inquiries", () => {
  it("become a case for 县投资促进中心 with the INVESTMENT deadline on the work calendar, and an SMS receipt", async () => {
    // Wednesday 2026-09-23 10:00 Beijing: 3 working days are Thu 24, Mon 28 and Tue 29, because
    // Friday 25 is the Mid-Autumn holiday (2026 calendar); weekdays alone would end on Mon 28.
    const inquiryId = newDraftId();
    const receipt = await fileInvestmentInquiry({ inquiryId, input: answers(), clientKey: unique("ip"), now: new Date("2026-09-23T10:00:00+08:00") });
    const c = await prisma.complaint.findUniqueOrThrow({ where: { id: receipt.complaintId }, include: { category: true, department: true } });
    expect(c).toMatchObject({ source: "INVESTMENT_INQUIRY", status: "SUBMITTED", citizenName: "林志远", citizenPhone: "13655550123", consentToPublish: false, idempotencyKey: inquiryId });
    expect(c.category.code).toBe("INVESTMENT_INQUIRY");
    expect(c.department.name).toBe("县投资促进中心");
    expect(c.title).toBe("投资咨询：桐川县柑橘精深加工项目");
    expect(c.description).toContain("闽南果业集团有限公司");
    expect(c.description).toContain("lin@example.com");
    expect(receipt).toMatchObject({ departmentName: "县投资促进中心", categoryName: "投资咨询" });
    expect(c.deadlineAt.toISOString()).toBe(new Date("2026-09-29T23:59:59+08:00").toISOString());

    const sms = await prisma.outboxMessage.findFirstOrThrow({ where: { relatedId: c.id, template: "complaint.received" } });
    expect(sms.recipient).toBe("13655550123");
    expect(sms.body).toContain("您的咨询已受理登记");
    expect(sms.body).toContain(receipt.trackingNo);
    expect(sms.body).toContain(receipt.accessCode!);

    // The investor tracks it like any case; it never reaches the public list of handled cases.
    const view = await trackComplaint({ trackingNo: receipt.trackingNo, accessCode: receipt.accessCode!, clientKey: unique("ip") });
    expect(view).toMatchObject({ trackingNo: receipt.trackingNo, status: "SUBMITTED" });
    await prisma.complaint.update({ where: { id: c.id }, data: { status: "CLOSED", consentToPublish: true, publicationApprovedAt: new Date(), publicationText: "答复内容" } });
    const published = await listPublishedCases({ filters: {} });
    expect(published.items.map((i) => i.trackingNo)).not.toContain(receipt.trackingNo);
  });

  it("files once for a double submit, and lands in the INVEST officer's inbox", async () => {
    const inquiryId = newDraftId();
    const [a, b] = await Promise.all([
      fileInvestmentInquiry({ inquiryId, input: answers(), clientKey: unique("ip") }),
      fileInvestmentInquiry({ inquiryId, input: answers(), clientKey: unique("ip") }),
    ]);
    const c = await fileInvestmentInquiry({ inquiryId, input: {}, clientKey: unique("ip") });
    expect(new Set([a.trackingNo, b.trackingNo, c.trackingNo]).size).toBe(1);
    expect(await prisma.complaint.count({ where: { idempotencyKey: inquiryId } })).toBe(1);
    // A double click or a reload gets the access code back …
    expect(c.accessCode).toBe(a.accessCode);
    // … a repeat of the same form id later does not (whoever learnt the id gets the number only).
    const later = await fileInvestmentInquiry({ inquiryId, input: {}, clientKey: unique("ip"), now: new Date(Date.now() + REPEAT_RECEIPT_WINDOW_MS + 60_000) });
    expect(later).toMatchObject({ trackingNo: a.trackingNo, accessCode: null });

    const invest = await prisma.officer.findUniqueOrThrow({ where: { username: "invest" } });
    const actor = { id: invest.id, name: invest.name, username: invest.username, role: invest.role, departmentId: invest.departmentId };
    const inbox = await listInbox({ actor, filters: {} });
    expect(inbox.items.map((i: { trackingNo: string }) => i.trackingNo)).toContain(a.trackingNo);
  });

  it("accept a landline with its area code, kept for a call: no SMS goes to it", async () => {
    const receipt = await fileInvestmentInquiry({ inquiryId: newDraftId(), input: answers({ phone: "0571-8765 4321" }), clientKey: unique("ip") });
    expect(receipt.hasPhone).toBe(false);
    expect((await prisma.complaint.findUniqueOrThrow({ where: { id: receipt.complaintId } })).citizenPhone).toBe("057187654321");
    expect(await prisma.outboxMessage.count({ where: { relatedId: receipt.complaintId, recipient: "057187654321" } })).toBe(0);
  });

  it("keeps the answers' problems specific and files nothing", async () => {
    const inquiryId = newDraftId();
    const err = await fileInvestmentInquiry({
      inquiryId,
      input: answers({ contactName: "", phone: "0101234", email: "not-an-email", question: "多少钱", consent: "" }),
      clientKey: unique("ip"),
    }).catch((e) => e);
    expect(err).toMatchObject({ code: "VALIDATION" });
    expect(err.fieldErrors).toEqual({
      contactName: "请填写您的姓名",
      phone: "联系电话应为11位手机号，或带区号的固定电话，例如 0571-87654321",
      email: "电子邮箱格式不正确，例如 name@example.com",
      question: "请至少写10个字，说清楚想了解什么",
      consent: "请确认同意由县投资促进中心使用以上联系方式答复您",
    });
    const gone = await fileInvestmentInquiry({ inquiryId, input: answers({ projectSlug: "no-such-project" }), clientKey: unique("ip") }).catch((e) => e);
    expect(gone.fieldErrors).toEqual({ projectSlug: "所选项目已下线，请重新选择或不选" });
    expect(await prisma.complaint.count({ where: { idempotencyKey: inquiryId } })).toBe(0);

    // Without a project the inquiry is titled by the organisation.
    const receipt = await fileInvestmentInquiry({ inquiryId, input: answers({ projectSlug: "", email: "" }), clientKey: unique("ip") });
    expect((await prisma.complaint.findUniqueOrThrow({ where: { id: receipt.complaintId } })).title).toBe("投资咨询：闽南果业集团有限公司");
  });

  it("tells the investor to phone when the inquiry category is switched off, and files once it is back", async () => {
    const inquiryId = newDraftId();
    await prisma.complaintCategory.update({ where: { code: INVESTMENT_INQUIRY_CATEGORY }, data: { isActive: false } });
    try {
      const err = await fileInvestmentInquiry({ inquiryId, input: answers(), clientKey: unique("ip") }).catch((e) => e);
      expect(err).toMatchObject({ code: "VALIDATION", fieldErrors: { form: INQUIRY_UNAVAILABLE_MESSAGE } });
      // "form" is the key the inquiry form's error summary shows (FIELD_ORDER in inquiry-form.tsx).
      expect(Object.keys(err.fieldErrors)).toEqual(["form"]);
      expect(await prisma.complaint.count({ where: { idempotencyKey: inquiryId } })).toBe(0);
    } finally {
      await prisma.complaintCategory.update({ where: { code: INVESTMENT_INQUIRY_CATEGORY }, data: { isActive: true } });
    }
    const receipt = await fileInvestmentInquiry({ inquiryId, input: answers(), clientKey: unique("ip") });
    expect(receipt.trackingNo).toBeTruthy();
  });

  it("offers the published projects and parks", async () => {
    const projects = await listInquiryProjects();
    expect(projects.map((p) => p.slug)).toEqual(expect.arrayContaining(["project-fruit-processing", "park-agri-processing"]));
    expect(projects.every((p) => p.type === "INVESTMENT_PROJECT" || p.type === "PARK")).toBe(true);
  });
});
