import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getDashboardSummary } from "@/lib/officers/dashboard";
import { createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { isNearDue } from "./complaint-format";
import { listInbox } from "./list-inbox";
import { getSupervisionBoard } from "./supervision-board";

const HOUR = 3_600_000;

describe("near due means one thing: 80% of the time used (the yellow-warning point), not yet overdue", () => {
  it("agrees in the inbox filter and badge, the dashboard and the supervision board", async () => {
    const { category, head } = await createComplaintSetup();
    const now = new Date();
    // Started 2 h ago, due in 22 h: inside 24 hours but only 8% of the time used: not near due.
    const short = await fileTestComplaint(category.id, { title: "二十四小时内到期但刚开始" });
    await prisma.complaint.update({ where: { id: short.complaint.id }, data: { deadlineStartedAt: new Date(now.getTime() - 2 * HOUR), deadlineAt: new Date(now.getTime() + 22 * HOUR), yellowWarnAt: new Date(now.getTime() + 17.2 * HOUR) } });
    // Started 17 days ago, due in 3 days: 85% used although more than 24 hours are left: near due.
    const long = await fileTestComplaint(category.id, { title: "还有三天但已用八成半" });
    await prisma.complaint.update({ where: { id: long.complaint.id }, data: { deadlineStartedAt: new Date(now.getTime() - 17 * 24 * HOUR), deadlineAt: new Date(now.getTime() + 3 * 24 * HOUR), yellowWarnAt: new Date(now.getTime() - 16 * 24 * HOUR + 0.6 * 24 * HOUR) } });
    // Overdue: not near due, whatever its warning point.
    const late = await fileTestComplaint(category.id, { title: "已经超期的诉求" });
    await prisma.complaint.update({ where: { id: late.complaint.id }, data: { deadlineAt: new Date(now.getTime() - HOUR), yellowWarnAt: new Date(now.getTime() - 10 * HOUR) } });

    const near = await listInbox({ actor: head, filters: { state: "open", due: "near" }, now });
    expect(near.items.map((c) => c.id)).toEqual([long.complaint.id]);
    const all = await listInbox({ actor: head, filters: { state: "open" }, now });
    expect(all.items.filter((c) => c.isNearDue).map((c) => c.id)).toEqual([long.complaint.id]);
    const rows = await prisma.complaint.findMany({ where: { categoryId: category.id } });
    expect(rows.filter((c) => isNearDue(c, now)).map((c) => c.id)).toEqual([long.complaint.id]);

    const cards = Object.fromEntries((await getDashboardSummary(head, now)).cards.map((c) => [c.label, c.value]));
    expect(cards["临期案件"]).toBe(1);
    const board = await getSupervisionBoard({ actor: head, now });
    expect(board.nearDue.map((c) => c.id)).toEqual([long.complaint.id]);
    expect(board.overdue.map((c) => c.id)).toEqual([late.complaint.id]);
  });
});
