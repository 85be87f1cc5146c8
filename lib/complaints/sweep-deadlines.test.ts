import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { sweepDeadlines } from "./sweep-deadlines";
import { resolveComplaint } from "./resolve-complaint";
import { acceptComplaint } from "./accept-complaint";

describe("the deadline sweeper", () => {
  it("sends the yellow warning at 80% and the red card past the deadline, each exactly once", async () => {
    const { category, head } = await createComplaintSetup({ unit: "HOURS", amount: 10 });
    const supervisionOffice = await prisma.department.create({ data: { code: `SO${Date.now()}`, name: "督查室", kind: "SUPERVISION_OFFICE" } });
    const supervisor = await addOfficer(supervisionOffice.id, "SUPERVISOR", "13700000009");
    const start = new Date("2026-11-23T08:00:00+08:00");
    const { complaint } = await fileTestComplaint(category.id, {}, start);
    // Accepted at once, so only the finish stage is due (the accept stage: lib/supervision/stages.test.ts).
    await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1, now: start });
    const messages = () => prisma.outboxMessage.findMany({ where: { relatedId: complaint.id, template: { startsWith: "supervision." } } });

    await sweepDeadlines({ now: new Date("2026-11-23T15:59:00+08:00") }); // 79.8%: nothing yet
    expect(await messages()).toHaveLength(0);

    const at80 = new Date("2026-11-23T16:00:00+08:00");
    await sweepDeadlines({ now: at80 });
    await sweepDeadlines({ now: at80 }); // the second run sends nothing new
    await Promise.all([sweepDeadlines({ now: new Date(at80.getTime() + 60_000) }), sweepDeadlines({ now: new Date(at80.getTime() + 60_000) })]);
    const yellow = await messages();
    expect(yellow.map((m) => m.template)).toEqual(["supervision.yellow"]); // the department head
    expect(yellow[0].recipient).toBe((await prisma.officer.findUniqueOrThrow({ where: { id: head.id } })).phone);

    const late = new Date("2026-11-23T18:30:00+08:00");
    await sweepDeadlines({ now: late });
    await sweepDeadlines({ now: late });
    const all = await messages();
    const red = all.filter((m) => m.template === "supervision.red");
    expect(red.map((m) => m.recipient).sort()).toEqual([yellow[0].recipient, "13700000009"].sort());
    expect(all).toHaveLength(3);
    const events = await prisma.complaintEvent.findMany({ where: { complaintId: complaint.id, type: { in: ["YELLOW_WARNING", "RED_CARD"] } } });
    expect(events.map((e) => e.type).sort()).toEqual(["RED_CARD", "YELLOW_WARNING"]);
    void supervisor;
  });

  it("leaves handled cases alone", async () => {
    const { category, head } = await createComplaintSetup({ unit: "HOURS", amount: 2 });
    const start = new Date("2026-11-23T08:00:00+08:00");
    const { complaint } = await fileTestComplaint(category.id, {}, start);
    await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1, now: start });
    await resolveComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 2, input: { reply: "已到现场处理完毕，道路恢复通行。" }, now: start });
    await sweepDeadlines({ now: new Date("2026-11-24T08:00:00+08:00") });
    expect(await prisma.outboxMessage.count({ where: { relatedId: complaint.id, template: { startsWith: "supervision." } } })).toBe(0);
    const after = await prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id } });
    expect([after.yellowWarnedAt, after.redCardAt, after.acceptYellowWarnedAt, after.acceptRedCardAt]).toEqual([null, null, null, null]);
  });
});
