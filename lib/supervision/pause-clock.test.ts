import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createComplaintSetup, fileTestComplaint, addOfficer } from "@/test/complaint-fixtures";
import { acceptComplaint } from "@/lib/complaints/accept-complaint";
import { pauseComplaintClock, resumeComplaintClock } from "./pause-clock";
import { sweepSupervision } from "./sweep-supervision";
import { countDue } from "./supervision-board";

const bj = (local: string) => new Date(`${local}+08:00`);

describe("pausing a complaint's clock", () => {
  it("counts the accept limit in working hours: filed Sunday 22:00, due Monday 10:30", async () => {
    const { category } = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id, {}, bj("2026-11-22T22:00:00"));
    const c = await prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id } });
    expect(c.acceptDeadlineAt).toEqual(bj("2026-11-23T10:30:00"));
  });

  it("stops the sweeper and the counts while paused and moves the deadline by the paused working time", async () => {
    const { category, head, department } = await createComplaintSetup({ unit: "WORKING_DAYS", amount: 3 });
    const { complaint } = await fileTestComplaint(category.id, {}, bj("2026-11-23T09:00:00")); // Monday; due Thursday 23:59:59
    await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1, now: bj("2026-11-23T09:10:00") });
    const before = await prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id } });
    expect(before.deadlineAt).toEqual(bj("2026-11-26T23:59:59"));

    await pauseComplaintClock({ actor: head, complaintId: complaint.id, expectedVersion: 2, reason: "等待群众补充现场照片", now: bj("2026-11-24T08:30:00") });
    // Paused past the old deadline: neither warned nor counted overdue.
    const late = bj("2026-11-27T09:00:00");
    await sweepSupervision({ now: late });
    expect(await prisma.outboxMessage.count({ where: { relatedId: complaint.id, template: "supervision.red" } })).toBe(0);
    expect((await countDue({ departmentId: department.id }, late)).overdue).toBe(0);

    // Resumed Friday 08:30: Tuesday, Wednesday, Thursday stood still (3 working days).
    await resumeComplaintClock({ actor: head, complaintId: complaint.id, expectedVersion: 3, now: bj("2026-11-27T08:30:00") });
    const after = await prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id } });
    expect(after.pausedAt).toBeNull();
    expect(after.deadlineAt).toEqual(bj("2026-12-01T23:59:59")); // Thursday + 3 working days (Fri, Mon, Tue)
    const events = await prisma.complaintEvent.findMany({ where: { complaintId: complaint.id, type: { in: ["PAUSED", "RESUMED"] } }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["PAUSED", "RESUMED"]);
  });

  it("refuses other departments, a stale version, pausing twice and resuming an unpaused case", async () => {
    const { category, head } = await createComplaintSetup();
    const other = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id, {}, bj("2026-11-23T09:00:00"));
    await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1, now: bj("2026-11-23T09:10:00") });
    const now = bj("2026-11-23T10:00:00");
    await expect(pauseComplaintClock({ actor: other.head, complaintId: complaint.id, expectedVersion: 2, reason: "等待补充", now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(pauseComplaintClock({ actor: head, complaintId: complaint.id, expectedVersion: 1, reason: "等待补充", now })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(resumeComplaintClock({ actor: head, complaintId: complaint.id, expectedVersion: 2, now })).rejects.toMatchObject({ code: "CONFLICT" });
    const viewer = await addOfficer(other.department.id, "SUPERVISOR");
    await expect(pauseComplaintClock({ actor: viewer, complaintId: complaint.id, expectedVersion: 2, reason: "等待补充", now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await pauseComplaintClock({ actor: head, complaintId: complaint.id, expectedVersion: 2, reason: "等待补充", now });
    await expect(pauseComplaintClock({ actor: head, complaintId: complaint.id, expectedVersion: 3, reason: "等待补充", now })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
