import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { accessCodeMatches } from "@/lib/complaints/tracking-codes";
import { DEMO_COMPLAINTS } from "./demo-complaints";
import { isOverdue } from "@/lib/complaints/complaint-format";
import { DEMO_CASES } from "./demo-cases";
import { DEMO_PASSWORD, seedDemoCounty } from "./seed-demo-county";

const TABLES = [
  "Department",
  "SlaClass",
  "ComplaintCategory",
  "WorkCalendarDay",
  "Officer",
  "ContentItem",
  "Producer",
  "Product",
  "Batch",
  "TraceEvent",
  "Inspection",
  "Certificate",
  "Complaint",
  "ComplaintEvent",
  "Attachment",
];

// Every row of every seeded table, as text: equal snapshots mean nothing changed.
async function snapshot() {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${table}" t ORDER BY 1`);
    result[table] = rows.map((r) => r.row).join("\n");
  }
  return result;
}

describe("seedDemoCounty", () => {
  it("seeds the demo county, and running it twice changes nothing", async () => {
    await seedDemoCounty(prisma, { year: 2026 });
    const first = await snapshot();
    await seedDemoCounty(prisma, { year: 2026 });
    expect(await snapshot()).toEqual(first);

    expect(await prisma.officer.count()).toBe(15);
    // The mobile office's demo officers hold their unit duties.
    expect((await prisma.officer.findUniqueOrThrow({ where: { username: "clerk" } })).duties).toEqual(["DOCUMENT_CLERK", "SEAL_KEEPER", "INFO_OFFICER"]);
    expect((await prisma.officer.findUniqueOrThrow({ where: { username: "leader" } })).role).toBe("LEADER");
    // The investment-promotion office has an officer who sees investors' inquiries in the inbox.
    expect((await prisma.officer.findUniqueOrThrow({ where: { username: "invest" }, include: { department: true } })).department.code).toBe("INVEST");
    expect(new Set((await prisma.officer.findMany()).map((o) => o.role)).size).toBe(11);
    expect(await prisma.department.count({ where: { isFallbackOwner: true } })).toBe(1);
    // The 12345 dispatcher sits at the fallback owner, where 安全隐患 and 其他 are routed.
    const dispatcher = await prisma.officer.findUniqueOrThrow({ where: { username: "dispatcher" }, include: { department: true } });
    expect(dispatcher).toMatchObject({ role: "DISPATCHER", department: { isFallbackOwner: true } });
    expect(await prisma.complaintCategory.count({ where: { code: { in: ["SAFETY_HAZARD", "OTHER"] }, departmentId: dispatcher.departmentId } })).toBe(2);
    expect(await prisma.contentItem.count({ where: { type: "POLICY", status: "PUBLISHED" } })).toBeGreaterThanOrEqual(2);
    expect(await prisma.contentItem.count({ where: { type: "SERVICE_GUIDE" } })).toBeGreaterThanOrEqual(2);
    expect(await prisma.producer.count()).toBe(2);
    expect(await prisma.batch.count()).toBeGreaterThanOrEqual(2);
    expect(await prisma.outboxMessage.count({ where: { relatedType: "demo", status: { not: "QUEUED" } } })).toBe(4);
    const springFestival = await prisma.workCalendarDay.findUnique({ where: { date: new Date("2026-02-17T00:00:00Z") } });
    expect(springFestival).toMatchObject({ isWorkingDay: false, holidayName: "春节" });
    // Demo complaints: the published one shows no phone number, and the codes in the README work.
    expect(await prisma.complaint.count({ where: { trackingNo: { in: DEMO_COMPLAINTS.map((c) => c.trackingNo) } } })).toBe(DEMO_COMPLAINTS.length);
    const published = await prisma.complaint.findUniqueOrThrow({ where: { trackingNo: "TC260301000101" } });
    expect(published.publicationText).toContain("139****5678");
    expect(published.publicationText).not.toContain("13912345678");
    expect(published.publicationText).not.toContain("刘春燕");
    expect(published.publicationText).not.toContain("12号");
    for (const d of DEMO_COMPLAINTS) {
      const c = await prisma.complaint.findUniqueOrThrow({ where: { trackingNo: d.trackingNo } });
      expect(accessCodeMatches(d.trackingNo, d.accessCode, c.accessCodeHash)).toBe(true);
    }
    const admin = await prisma.officer.findUniqueOrThrow({ where: { username: "admin" } });
    expect(await verifyPassword(DEMO_PASSWORD, admin.passwordHash)).toBe(true);
  });

  it("seeds demo cases for the officer pages: new ones, one overdue, one near due, once", async () => {
    // Tests in this file share one database, and the first one already seeded at the real time.
    const now = new Date();
    await seedDemoCounty(prisma, { year: 2026, now });
    // A later run (another day) must not add or move anything.
    await seedDemoCounty(prisma, { year: 2026, now: new Date(now.getTime() + 5 * 86_400_000) });
    const cases = await prisma.complaint.findMany({ where: { trackingNo: { in: DEMO_CASES.map((c) => c.trackingNo) } }, include: { department: true, events: true, attachments: true } });
    expect(cases).toHaveLength(DEMO_CASES.length);
    expect(new Set(cases.map((c) => c.trackingNo))).toEqual(new Set(DEMO_CASES.map((c) => c.trackingNo)));
    const transport = cases.filter((c) => c.department.code === "TRANSPORT");
    expect(transport.filter((c) => c.status === "SUBMITTED").length).toBeGreaterThanOrEqual(3);
    expect(transport.filter((c) => isOverdue(c, now)).map((c) => c.trackingNo)).toEqual(["TC261120000002"]);
    const nearDue = transport.filter((c) => !isOverdue(c, now) && c.yellowWarnAt! <= now);
    expect(nearDue.map((c) => c.trackingNo)).toEqual(["TC261120000005"]);
    expect(cases.some((c) => c.department.code !== "TRANSPORT")).toBe(true);
    for (const c of cases) {
      expect(c.events[0]).toMatchObject({ type: "SUBMITTED", toStatus: "SUBMITTED" });
      expect(c.version).toBe(c.events.length);
      expect(c.deadlineAt.getTime()).toBeGreaterThan(c.deadlineStartedAt.getTime());
    }
    expect(cases.find((c) => c.trackingNo === "TC261120000001")!.attachments).toHaveLength(1);
  });

  it("does not undo what officers changed since", async () => {
    await seedDemoCounty(prisma, { year: 2026 });
    await prisma.officer.update({ where: { username: "handler" }, data: { isActive: false } });
    await seedDemoCounty(prisma, { year: 2026 });
    expect((await prisma.officer.findUniqueOrThrow({ where: { username: "handler" } })).isActive).toBe(false);
  });
});
