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

  it("shows what waits for the officer's act, each card a link to its list", async () => {
    const now = new Date();
    await seedDemoCounty(prisma, { year: 2026, now });
    const cardsOf = async (username: string) => Object.fromEntries((await getDashboardSummary(await actorOf(username), now)).cards.map((c) => [c.label, c]));
    const dispatcher = await cardsOf("dispatcher");
    // The two demo cases of 安全隐患 and 其他 wait in the 12345 queue.
    expect(dispatcher["待派单"]).toMatchObject({ value: await prisma.complaint.count({ where: { department: { isFallbackOwner: true }, status: "SUBMITTED", handlerId: null } }), href: "/officer/complaints?state=dispatch" });
    expect(dispatcher["待派单"].value).toBeGreaterThanOrEqual(2);
    expect(dispatcher["待回访"]).toMatchObject({ href: "/officer/complaints?state=RESOLVED" });
    const head = await cardsOf("head");
    expect(head["待审核办结"]).toMatchObject({ value: 0, href: "/officer/complaints?state=review" });
    expect(head["待接收转办"]).toMatchObject({ href: "/officer/complaints?state=transfers" });
    await prisma.complaint.update({ where: { trackingNo: "TC261120000005" }, data: { closeProposedAt: now } });
    expect((await cardsOf("head"))["待审核办结"].value).toBe(1);
    expect((await cardsOf("handler"))["我承办的"].href).toBe("/officer/complaints?mine=1");
    expect((await cardsOf("supervisor"))["延期待审批"]).toMatchObject({ href: "/officer/supervision" });
    expect(head["待派单"]).toBeUndefined();
  });
});
