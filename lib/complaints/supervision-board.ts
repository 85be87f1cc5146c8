// 督办看板: near-due (yellow) and overdue (red) open cases, by department.
import "server-only";
import { prisma } from "../db";
import { assertPermission, can, type Actor } from "../auth/actor";
import { nearDueWhere, OPEN_STATUSES } from "./complaint-format";

export async function getSupervisionBoard({ actor, now = new Date(), limit = 200 }: { actor: Actor; now?: Date; limit?: number }) {
  assertPermission(actor, "supervision.view");
  const scope = can(actor, "complaints.viewAll") ? {} : { departmentId: actor.departmentId };
  const select = {
    id: true,
    trackingNo: true,
    title: true,
    status: true,
    deadlineAt: true,
    redCardAt: true,
    extensionRequestedUntil: true,
    department: { select: { id: true, name: true } },
    handler: { select: { name: true } },
    category: { select: { name: true } },
  } as const;
  const [overdue, nearDue, pendingExtensions, openOrders] = await Promise.all([
    prisma.complaint.findMany({ where: { ...scope, status: { in: OPEN_STATUSES }, deadlineAt: { lt: now } }, orderBy: { deadlineAt: "asc" }, take: limit, select }),
    prisma.complaint.findMany({ where: { ...scope, status: { in: OPEN_STATUSES }, ...nearDueWhere(now) }, orderBy: { deadlineAt: "asc" }, take: limit, select }),
    prisma.complaint.findMany({ where: { ...scope, status: { in: OPEN_STATUSES }, extensionRequestedUntil: { not: null } }, orderBy: { deadlineAt: "asc" }, take: limit, select: { ...select, extensionReason: true, version: true } }),
    prisma.supervisionOrder.findMany({ where: { ...scope, status: "OPEN" }, orderBy: { deadlineAt: "asc" }, take: limit, include: { department: { select: { name: true } }, complaint: { select: { id: true, trackingNo: true, title: true } } } }),
  ]);
  const byDepartment = new Map<string, { id: string; name: string; overdue: number; nearDue: number }>();
  for (const [list, key] of [[overdue, "overdue"], [nearDue, "nearDue"]] as const) {
    for (const c of list) {
      const row = byDepartment.get(c.department.id) ?? { id: c.department.id, name: c.department.name, overdue: 0, nearDue: 0 };
      row[key]++;
      byDepartment.set(c.department.id, row);
    }
  }
  return {
    overdue,
    nearDue,
    pendingExtensions,
    openOrders,
    departments: [...byDepartment.values()].sort((a, b) => b.overdue - a.overdue || b.nearDue - a.nearDue),
  };
}
