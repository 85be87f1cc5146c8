import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { createDepartment } from "@/test/factories";
import { getScorecards, saveScorecardWeights, weightedScore } from "./scorecard";
import { issueSupervisionOrder } from "./supervision-orders";
import { acceptComplaint } from "@/lib/complaints/accept-complaint";
import { recordCallback } from "@/lib/complaints/record-callback";
import { resolveComplaint } from "@/lib/complaints/resolve-complaint";

const r = (rate: number | null) => ({ numerator: 0, denominator: rate === null ? 0 : 1, rate });

describe("scorecards", () => {
  it("weights the rates, rescaling when a rate has nothing to divide", () => {
    const w = { acceptance: 20, onTime: 30, redo: 15, satisfaction: 25, orders: 10 };
    expect(weightedScore({ acceptance: r(1), onTime: r(1), redo: r(0), satisfaction: r(1), orders: r(1) }, w)).toBe(100);
    expect(weightedScore({ acceptance: r(0.5), onTime: r(1), redo: r(null), satisfaction: r(null), orders: r(null) }, w)).toBe(80);
    expect(weightedScore({ acceptance: r(null), onTime: r(null), redo: r(null), satisfaction: r(null), orders: r(null) }, w)).toBeNull();
  });

  it("ranks departments with cases only, marks late orders, and lets only an admin set weights", async () => {
    const { category, department } = await createComplaintSetup();
    const quiet = await createDepartment("无案件部门");
    const office = await prisma.department.create({ data: { code: `SO${Math.random()}`, name: "督查室", kind: "SUPERVISION_OFFICE" } });
    const supervisor = await addOfficer(office.id, "SUPERVISOR");
    const admin = await addOfficer(office.id, "ADMIN");
    const filed = new Date("2032-05-06T02:00:00Z");
    const { complaint } = await fileTestComplaint(category.id, { address: "清溪镇老街12号" }, filed);
    await issueSupervisionOrder({ actor: supervisor, complaintId: complaint.id, input: { instruction: "请到现场处置", dueOn: "2032-05-08" }, now: filed });
    await issueSupervisionOrder({ actor: supervisor, complaintId: complaint.id, input: { instruction: "请再次到现场", dueOn: "2032-05-09" }, now: filed });
    const card = await getScorecards({ actor: supervisor, month: "2032-05", now: new Date("2032-05-20T00:00:00Z") });
    const row = card.rows.find((x) => x.departmentId === department.id)!;
    expect(row).toMatchObject({ filed: 1, lateOrders: 2, marker: "约谈", orders: { numerator: 0, denominator: 2 } });
    expect(card.rows.some((x) => x.departmentId === quiet.id)).toBe(false);
    expect(card.byTown).toContainEqual({ name: "清溪镇", count: 1 });
    expect(card.byCategory.find((c) => c.name === category.name)!.count).toBeGreaterThanOrEqual(1);

    await expect(saveScorecardWeights({ actor: supervisor, input: { acceptance: 20, onTime: 20, redo: 20, satisfaction: 20, orders: 20 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveScorecardWeights({ actor: admin, input: { acceptance: 50, onTime: 20, redo: 20, satisfaction: 20, orders: 20 } })).rejects.toMatchObject({ code: "VALIDATION" });
    await saveScorecardWeights({ actor: admin, input: { acceptance: 20, onTime: 20, redo: 20, satisfaction: 20, orders: 20 } });
    expect((await getScorecards({ actor: supervisor, month: "2032-05" })).weights.orders).toBe(20);
  });

  it("counts satisfaction from online ratings and call-backs that reached the citizen", async () => {
    const { category, department, head } = await createComplaintSetup();
    const desk = await createComplaintSetup({ fallbackOwner: true });
    const dispatcher = await addOfficer(desk.department.id, "DISPATCHER");
    const supervisor = await addOfficer(desk.department.id, "SUPERVISOR");
    const filed = new Date("2033-03-07T02:00:00Z");
    const reply = "已安排施工队修复路面，并设置警示标志。";
    const resolved = async () => {
      const { complaint } = await fileTestComplaint(category.id, {}, filed);
      await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1, now: new Date("2033-03-07T03:00:00Z") });
      await resolveComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 2, input: { reply }, now: new Date("2033-03-08T03:00:00Z") });
      return complaint;
    };
    // Online: one satisfied rating. Call-backs: one reached and dissatisfied (still solved), one not reached (not counted).
    const rated = await resolved();
    await prisma.complaint.update({ where: { id: rated.id }, data: { satisfaction: 5 } });
    const called = await resolved();
    await recordCallback({ actor: dispatcher, complaintId: called.id, expectedVersion: 3, input: { reached: "yes", solved: "yes", satisfied: "no" }, now: new Date("2033-03-09T03:00:00Z") });
    const unreached = await resolved();
    await recordCallback({ actor: dispatcher, complaintId: unreached.id, expectedVersion: 3, input: { reached: "no" }, now: new Date("2033-03-09T04:00:00Z") });

    const card = await getScorecards({ actor: supervisor, month: "2033-03", now: new Date("2033-03-20T00:00:00Z") });
    expect(card.rows.find((x) => x.departmentId === department.id)!.satisfaction).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
  });
});
