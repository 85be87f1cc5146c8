import { describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createDepartment, createOfficer, unique } from "@/test/factories";
import { getComplaintStats } from "./complaint-stats";
import { getSupervisionBoard } from "@/lib/supervision/supervision-board";
import { getDashboardSummary } from "@/lib/officers/dashboard";
import { toStatsRange, withRangeDefaults, ZStatsRangeInput } from "./complaint-stats.schema";

// A case written straight to the database with chosen dates and state: the statistics read only
// the columns, whatever function set them.
async function createStatsComplaint(departmentId: string, data: Partial<Prisma.ComplaintUncheckedCreateInput> & { createdAt: Date; deadlineAt: Date }) {
  const sla = await prisma.slaClass.create({ data: { code: unique("SLA_"), name: "一般类", unit: "WORKING_DAYS", amount: 7 } });
  const category = await prisma.complaintCategory.create({ data: { code: unique("CAT_"), name: "道路交通", departmentId, slaClassId: sla.id } });
  return prisma.complaint.create({
    data: {
      trackingNo: unique("T"),
      accessCodeHash: "x",
      categoryId: category.id,
      title: "路面坑洼",
      description: "测试",
      departmentId,
      ...data,
    },
  });
}

const at = (iso: string) => new Date(iso);
const hoursAfter = (d: Date, h: number) => new Date(d.getTime() + h * 3_600_000);
const NOW = at("2026-03-20T04:00:00Z");
const range = toStatsRange({ from: "2026-03-01", to: "2026-03-15", by: "week" });

async function scenario() {
  const a = await createDepartment();
  const b = await createDepartment();
  const filed = at("2026-03-03T02:00:00Z"); // Tuesday 10:00 in Beijing
  const acceptBy = hoursAfter(filed, 2);
  const dueBy = at("2026-03-12T15:59:59Z");
  const base = { createdAt: filed, acceptDeadlineAt: acceptBy, deadlineAt: dueBy };
  // 1: accepted in time, resolved in time, very satisfied.
  await createStatsComplaint(a.id, { ...base, status: "RESOLVED", acceptedAt: hoursAfter(filed, 1), resolvedAt: at("2026-03-10T00:00:00Z"), satisfaction: 5, ratedAt: NOW });
  // 2: accepted late, resolved late, unsatisfied, reopened once, now closed.
  await createStatsComplaint(a.id, { ...base, status: "CLOSED", acceptedAt: hoursAfter(filed, 3), resolvedAt: at("2026-03-13T00:00:00Z"), closedAt: at("2026-03-14T00:00:00Z"), satisfaction: 2, reopenCount: 1 });
  // 3: never accepted, past both deadlines: not responded, and open overdue.
  await createStatsComplaint(a.id, { ...base, status: "SUBMITTED" });
  // 4: accepted in time, in progress with a later deadline: not overdue.
  await createStatsComplaint(a.id, { ...base, status: "IN_PROGRESS", acceptedAt: hoursAfter(filed, 1), deadlineAt: at("2026-03-31T15:59:59Z") });
  // 5: rejected: out of the response and resolution denominators.
  await createStatsComplaint(a.id, { ...base, status: "REJECTED" });
  // 6: filed at the first instant of the range (Beijing midnight), accept deadline still ahead.
  await createStatsComplaint(a.id, { createdAt: at("2026-02-28T16:00:00Z"), status: "SUBMITTED", acceptDeadlineAt: hoursAfter(NOW, 1), deadlineAt: hoursAfter(NOW, 48) });
  // Outside the range: one second before it starts, and the day after it ends.
  await createStatsComplaint(a.id, { createdAt: at("2026-02-28T15:59:59Z"), status: "SUBMITTED", deadlineAt: at("2026-03-01T00:00:00Z") });
  await createStatsComplaint(a.id, { createdAt: at("2026-03-15T16:00:00Z"), status: "SUBMITTED", deadlineAt: at("2026-03-01T00:00:00Z") });
  // Department B: one case resolved in time, satisfied (4).
  await createStatsComplaint(b.id, { createdAt: at("2026-03-10T02:00:00Z"), acceptDeadlineAt: at("2026-03-10T04:00:00Z"), acceptedAt: at("2026-03-10T03:00:00Z"), deadlineAt: at("2026-03-19T15:59:59Z"), status: "RESOLVED", resolvedAt: at("2026-03-11T00:00:00Z"), satisfaction: 4 });
  return { a, b };
}

async function head(departmentId: string): Promise<Actor> {
  const { actor } = await createOfficer({ role: "DEPARTMENT_HEAD" });
  await prisma.officer.update({ where: { id: actor.id }, data: { departmentId } });
  return { ...actor, departmentId };
}

describe("complaint statistics", () => {
  it("computes each rate of a department from a constructed set of cases", async () => {
    const { a } = await scenario();
    const stats = await getComplaintStats({ actor: await head(a.id), range, now: NOW });
    expect(stats.scope).toBe("department");
    expect(stats.departments).toHaveLength(1);
    const row = stats.departments[0];
    expect(row.departmentId).toBe(a.id);
    expect(row.filed).toBe(6);
    expect(row.rejected).toBe(1);
    expect(row.responseRate).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
    expect(row.onTimeRate).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
    expect(row.resolutionRate).toEqual({ numerator: 2, denominator: 5, rate: 0.4 });
    expect(row.satisfactionRate).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(row.redoRate).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    // Overdue is what is overdue now, as on the board: case 3 and the two filed outside the range
    // (the range only limits the rates). Counting only case 3 made stats say 1 and the board 3.
    expect(row.overdue).toBe(3);
    // Weeks start on Monday in Beijing time; the Sunday-midnight case falls in the week before.
    expect(stats.trend.map((p) => [p.period, p.filed])).toEqual([
      ["2026-02-23", 1],
      ["2026-03-02", 5],
      ["2026-03-09", 0],
    ]);
    expect(stats.trend[1].onTimeRate).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
  });

  it("agrees with the supervision board and the dashboard on the overdue count", async () => {
    const { a } = await scenario();
    const actor = await head(a.id);
    const stats = await getComplaintStats({ actor, range, now: NOW });
    const board = await getSupervisionBoard({ actor, now: NOW });
    const dashboard = await getDashboardSummary(actor, NOW);
    expect(board.totals.overdue).toBe(3);
    expect(stats.departments[0].overdue).toBe(board.totals.overdue);
    expect(stats.total.overdue).toBe(board.totals.overdue);
    expect(board.departments.find((d) => d.id === a.id)!.overdue).toBe(board.totals.overdue);
    expect(dashboard.cards.find((c) => c.label === "已超期")!.value).toBe(board.totals.overdue);
  });

  it("shows a supervisor every department and a total", async () => {
    const { a, b } = await scenario();
    const { actor } = await createOfficer({ role: "SUPERVISOR" });
    const stats = await getComplaintStats({ actor, range, now: NOW });
    expect(stats.scope).toBe("all");
    const rowB = stats.departments.find((d) => d.departmentId === b.id)!;
    expect(rowB).toMatchObject({ filed: 1, overdue: 0 });
    expect(rowB.onTimeRate.rate).toBe(1);
    expect(rowB.satisfactionRate.rate).toBe(1);
    expect(stats.departments.find((d) => d.departmentId === a.id)!.filed).toBe(6);
    expect(stats.total.filed).toBe(stats.departments.reduce((n, d) => n + d.filed, 0));
    // Departments without cases in the range are listed with zeros.
    const quiet = await createDepartment();
    const again = await getComplaintStats({ actor, range, now: NOW });
    expect(again.departments.find((d) => d.departmentId === quiet.id)).toMatchObject({ filed: 0, overdue: 0, onTimeRate: { rate: null } });
  });

  it("keeps a department head to their own department, with zeros when nothing was filed", async () => {
    await scenario();
    const empty = await createDepartment("空部门");
    const stats = await getComplaintStats({ actor: await head(empty.id), range, now: NOW });
    expect(stats.departments).toEqual([expect.objectContaining({ departmentId: empty.id, departmentName: "空部门", filed: 0, overdue: 0 })]);
    expect(stats.departments[0].responseRate.rate).toBeNull();
    expect(stats.total.filed).toBe(0);
  });

  it("refuses officers without stats.view", async () => {
    const { actor } = await createOfficer({ role: "HANDLER" });
    await expect(getComplaintStats({ actor, range, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the statistics date range", () => {
  it("defaults to the last 30 days by week and checks the dates", () => {
    const values = withRangeDefaults({}, at("2026-03-20T17:00:00Z")); // 01:00 on 21 March in Beijing
    expect(values).toEqual({ from: "2026-02-20", to: "2026-03-21", by: "week" });
    expect(withRangeDefaults({ from: "2026-01-01", to: "2026-12-31" }, NOW).by).toBe("month");
    const bad = ZStatsRangeInput.safeParse({ from: "2026-02-30", to: "2026-01-01", by: "week" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message)).toContain("开始日期不是有效的日期");
    const reversed = ZStatsRangeInput.safeParse({ from: "2026-03-02", to: "2026-03-01", by: "week" });
    expect(reversed.error!.issues[0]).toMatchObject({ path: ["to"], message: "结束日期不能早于开始日期" });
    expect(toStatsRange({ from: "2026-03-01", to: "2026-03-01", by: "week" })).toMatchObject({
      start: at("2026-02-28T16:00:00Z"),
      end: at("2026-03-01T16:00:00Z"),
    });
  });
});
