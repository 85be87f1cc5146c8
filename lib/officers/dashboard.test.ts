import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { seedDemoCounty } from "@/lib/seed/seed-demo-county";
import { getDashboardSummary } from "./dashboard";

async function actorOf(username: string): Promise<Actor> {
  const o = await prisma.officer.findUniqueOrThrow({ where: { username } });
  return { id: o.id, name: o.name, username: o.username, role: o.role, departmentId: o.departmentId };
}

describe("getDashboardSummary", () => {
  it("counts the department's open, overdue, near-due (80% of the time used) and own cases, with links to the workbench", async () => {
    const now = new Date();
    await seedDemoCounty(prisma, { year: 2026, now });
    const handler = await actorOf("handler");
    const { cards, departmentName } = await getDashboardSummary(handler, now);
    expect(departmentName).toBe("县交通运输局");
    const byLabel = Object.fromEntries(cards.map((c) => [c.label, c]));
    // Expected figures straight from the table: the demo seeds (officer cases and citizen demo
    // complaints) both put cases in 县交通运输局.
    const open = { departmentId: handler.departmentId, status: { in: ["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"] as never } };
    const openCount = await prisma.complaint.count({ where: open });
    const overdueCount = await prisma.complaint.count({ where: { ...open, deadlineAt: { lt: now } } });
    expect(byLabel["在办案件"]).toMatchObject({ value: openCount, href: "/officer/complaints" });
    expect(byLabel["已超期"]).toMatchObject({ value: overdueCount, href: "/officer/complaints?due=overdue", tone: "alert" });
    expect(byLabel["临期案件"]).toMatchObject({ value: 1, href: "/officer/complaints?due=near" });
    expect(byLabel["我承办的"].value).toBe(1);

    // A resolved case no longer counts.
    await prisma.complaint.update({ where: { trackingNo: "TC261120000002" }, data: { status: "RESOLVED" } });
    const after = Object.fromEntries((await getDashboardSummary(handler, now)).cards.map((c) => [c.label, c.value]));
    expect(after["在办案件"]).toBe(openCount - 1);
    expect(after["已超期"]).toBe(overdueCount - 1);
  });

  it("shows supervisors the whole county and no personal count", async () => {
    const now = new Date();
    await seedDemoCounty(prisma, { year: 2026, now });
    const labels = Object.fromEntries((await getDashboardSummary(await actorOf("supervisor"), now)).cards.map((c) => [c.label, c]));
    expect(labels["在办案件"]).toMatchObject({ hint: "全县" });
    const openEverywhere = await prisma.complaint.count({ where: { status: { in: ["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"] } } });
    const openInTransport = await prisma.complaint.count({ where: { status: { in: ["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"] }, department: { code: "TRANSPORT" } } });
    expect(openEverywhere).toBeGreaterThan(openInTransport);
    expect(labels["在办案件"].value).toBe(openEverywhere);
    expect(labels["我承办的"]).toBeUndefined();
  });
});
