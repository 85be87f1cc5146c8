import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { createDepartment } from "@/test/factories";
import { getScorecards, saveScorecardWeights, weightedScore } from "./scorecard";
import { issueSupervisionOrder } from "./supervision-orders";

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
});
