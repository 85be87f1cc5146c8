import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { answers, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { enqueueMessages } from "../notify/enqueue-message";
import { newDraftId, saveComplaintDraft } from "./complaint-drafts";
import { FILINGS_PER_CLIENT, FILINGS_PER_PHONE, fileComplaint, NEW_CASE_SMS_PER_DEPARTMENT } from "./file-complaint";

const phone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

async function fileAs(categoryId: string, clientKey: string, overrides: Record<string, string> = {}) {
  const draftId = newDraftId();
  await saveComplaintDraft({ draftId, values: answers(categoryId, { citizenPhone: phone(), ...overrides }) });
  return fileComplaint({ draftId, clientKey });
}

describe("an anonymous filing flood does not flood a phone with SMS", () => {
  it("limits web filings per client address and per phone number", async () => {
    const { category } = await createComplaintSetup();
    const client = `ip-${Date.now()}`;
    for (let i = 0; i < FILINGS_PER_CLIENT.limit; i++) await fileAs(category.id, client);
    await expect(fileAs(category.id, client)).rejects.toMatchObject({ code: "RATE_LIMITED" });

    const victim = phone();
    for (let i = 0; i < FILINGS_PER_PHONE.limit; i++) await fileAs(category.id, `ip-${i}-${Date.now()}`, { citizenPhone: victim });
    await expect(fileAs(category.id, `ip-other-${Date.now()}`, { citizenPhone: victim })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await prisma.outboxMessage.count({ where: { recipient: victim } })).toBe(FILINGS_PER_PHONE.limit);
  });

  it("caps SMS per number per day across every kind; past the cap the filing succeeds without the receipt SMS", async () => {
    const { category } = await createComplaintSetup();
    const victim = phone();
    // 20 messages of other kinds reach the daily cap (SMS_DAILY_CAP_PER_RECIPIENT, 20 by default)...
    const queued = await prisma.$transaction((tx) =>
      enqueueMessages(tx, Array.from({ length: 21 }, (_, i) => ({ recipient: victim, template: i % 2 ? "warning.subscribed" : "complaint.replied", body: `消息${i}` }))),
    );
    expect(queued).toBe(20);
    // ...so the receipt of a new filing is not sent, but the filing and its code are there.
    const { receipt } = await fileTestComplaint(category.id, { citizenPhone: victim });
    expect(receipt).toMatchObject({ isNew: true, hasPhone: true, receiptSmsQueued: false });
    expect(receipt.accessCode).toMatch(/^\d{8}$/);
    expect(await prisma.outboxMessage.count({ where: { recipient: victim } })).toBe(20);
    expect(await prisma.outboxMessage.count({ where: { dedupeKey: `received:${receipt.complaintId}` } })).toBe(0);
    // A rolled-back transaction does not use up the cap.
    const other = phone();
    await prisma.$transaction(async (tx) => {
      await enqueueMessages(tx, [{ recipient: other, template: "t", body: "x" }]);
      throw new Error("rollback");
    }).catch(() => null);
    const { receipt: second } = await fileTestComplaint(category.id, { citizenPhone: other });
    expect(second.receiptSmsQueued).toBe(true);
  });

  it("pages the department head for at most a few new cases an hour", async () => {
    const { category, department } = await createComplaintSetup();
    const head = await prisma.officer.findFirstOrThrow({ where: { departmentId: department.id, role: "DEPARTMENT_HEAD" } });
    for (let i = 0; i < NEW_CASE_SMS_PER_DEPARTMENT.limit + 3; i++) await fileTestComplaint(category.id, { citizenPhone: phone() });
    expect(await prisma.outboxMessage.count({ where: { recipient: head.phone!, template: "complaint.new" } })).toBe(NEW_CASE_SMS_PER_DEPARTMENT.limit);
    expect(await prisma.complaint.count({ where: { departmentId: department.id } })).toBe(NEW_CASE_SMS_PER_DEPARTMENT.limit + 3);
  });
});
