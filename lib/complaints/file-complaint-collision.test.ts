import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";

// The next tracking numbers to hand out, before the random ones.
const forced = vi.hoisted(() => [] as string[]);
vi.mock("./tracking-codes", async (importOriginal) => {
  const original = await importOriginal<typeof import("./tracking-codes")>();
  return { ...original, generateTrackingNo: (now?: Date) => forced.shift() ?? original.generateTrackingNo(now) };
});

describe("a tracking number drawn twice", () => {
  it("is drawn again: the second filing gets its own number and nothing is half-written", async () => {
    const { category } = await createComplaintSetup();
    const first = await fileTestComplaint(category.id);
    forced.push(first.receipt.trackingNo);
    const second = await fileTestComplaint(category.id);
    expect(second.receipt.trackingNo).not.toBe(first.receipt.trackingNo);
    expect(second.complaint.trackingNo).toBe(second.receipt.trackingNo);
    expect(await prisma.complaint.count({ where: { categoryId: category.id } })).toBe(2);
    expect(await prisma.complaintEvent.count({ where: { complaintId: second.complaint.id } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { relatedId: second.complaint.id, template: "complaint.received" } })).toBe(1);
  });
});
