// 督办看板 and the due counts, across every registered kind. The board, the dashboard and the
// statistics all count "overdue" and "near due" here, with one definition per kind (open, not
// paused, past the deadline / past 80%), so their figures agree.
import "server-only";
import { prisma } from "../db";
import { assertPermission, can, type Actor } from "../auth/actor";
import type { BoardItem, DueCount, Scope } from "./define-kind";
import { supervisionKinds } from "./kinds";

export function supervisionScope(actor: Actor): Scope {
  return { departmentId: can(actor, "complaints.viewAll") ? null : actor.departmentId };
}

/** Overdue and near-due counts by department, summed over kinds (or the kinds named). */
export async function countDueByDepartment(scope: Scope, now = new Date(), kinds = supervisionKinds()): Promise<DueCount[]> {
  const all = await Promise.all(kinds.map((k) => k.countDue(prisma, scope, now)));
  const byDepartment = new Map<string, DueCount>();
  for (const r of all.flat()) {
    const row = byDepartment.get(r.departmentId) ?? { departmentId: r.departmentId, overdue: 0, nearDue: 0 };
    row.overdue += r.overdue;
    row.nearDue += r.nearDue;
    byDepartment.set(r.departmentId, row);
  }
  return [...byDepartment.values()];
}

export async function countDue(scope: Scope, now = new Date(), kinds = supervisionKinds()): Promise<{ overdue: number; nearDue: number }> {
  const rows = await countDueByDepartment(scope, now, kinds);
  return rows.reduce((t, r) => ({ overdue: t.overdue + r.overdue, nearDue: t.nearDue + r.nearDue }), { overdue: 0, nearDue: 0 });
}

export async function getSupervisionBoard({ actor, now = new Date(), limit = 200 }: { actor: Actor; now?: Date; limit?: number }) {
  assertPermission(actor, "supervision.view");
  const scope = supervisionScope(actor);
  const kinds = supervisionKinds();
  const byDate = (a: BoardItem, b: BoardItem) => a.dueAt.getTime() - b.dueAt.getTime();
  const [overdueLists, nearLists, counts, pendingExtensions, openOrders] = await Promise.all([
    Promise.all(kinds.map((k) => k.listDue(prisma, scope, now, "overdue", limit))),
    Promise.all(kinds.map((k) => k.listDue(prisma, scope, now, "nearDue", limit))),
    countDueByDepartment(scope, now, kinds),
    prisma.complaint.findMany({
      where: { ...(scope.departmentId ? { departmentId: scope.departmentId } : {}), status: { in: ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"] }, extensionRequestedUntil: { not: null }, extensionForwardedAt: { not: null } },
      orderBy: { deadlineAt: "asc" },
      take: limit,
      select: { id: true, trackingNo: true, title: true, deadlineAt: true, extensionRequestedUntil: true, extensionReason: true, version: true, department: { select: { name: true } } },
    }),
    prisma.supervisionOrder.findMany({
      where: { ...(scope.departmentId ? { departmentId: scope.departmentId } : {}), status: { in: ["OPEN", "ANSWERED"] } },
      orderBy: { deadlineAt: "asc" },
      take: limit,
      include: { department: { select: { name: true } }, complaint: { select: { id: true, trackingNo: true, title: true } } },
    }),
  ]);
  const names = new Map((await prisma.department.findMany({ where: { id: { in: counts.map((c) => c.departmentId) } }, select: { id: true, name: true } })).map((d) => [d.id, d.name]));
  const totals = counts.reduce((t, r) => ({ overdue: t.overdue + r.overdue, nearDue: t.nearDue + r.nearDue }), { overdue: 0, nearDue: 0 });
  return {
    overdue: overdueLists.flat().sort(byDate).slice(0, limit),
    nearDue: nearLists.flat().sort(byDate).slice(0, limit),
    /** Full counts (the lists stop at `limit`). */
    totals,
    pendingExtensions,
    openOrders: openOrders.filter((o) => o.status === "OPEN"),
    answeredOrders: openOrders.filter((o) => o.status === "ANSWERED"),
    departments: counts
      .map((c) => ({ id: c.departmentId, name: names.get(c.departmentId) ?? "", overdue: c.overdue, nearDue: c.nearDue }))
      .sort((a, b) => b.overdue - a.overdue || b.nearDue - a.nearDue || a.name.localeCompare(b.name, "zh")),
  };
}
