// The officer dashboard: what the signed-in officer can act on, by permission.
import { prisma } from "../db";
import { can, type Actor } from "../auth/actor";

export async function getDashboardSummary(actor: Actor) {
  const now = new Date();
  const department = await prisma.department.findUnique({ where: { id: actor.departmentId }, select: { name: true } });
  const openStatuses = ["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"] as const;
  const cards: { label: string; value: number; hint: string }[] = [];

  if (can(actor, "complaints.view")) {
    const where = can(actor, "complaints.viewAll")
      ? { status: { in: [...openStatuses] } }
      : { departmentId: actor.departmentId, status: { in: [...openStatuses] } };
    const [open, overdue] = await Promise.all([
      prisma.complaint.count({ where }),
      prisma.complaint.count({ where: { ...where, deadlineAt: { lt: now } } }),
    ]);
    cards.push({ label: "在办案件", value: open, hint: can(actor, "complaints.viewAll") ? "全县" : "本部门" });
    cards.push({ label: "已超期", value: overdue, hint: "超过办理时限仍未办结" });
  }
  if (can(actor, "content.edit")) {
    cards.push({ label: "已发布内容", value: await prisma.contentItem.count({ where: { status: "PUBLISHED" } }), hint: "政策、指南、项目等" });
  }
  if (can(actor, "trace.read")) {
    cards.push({ label: "在售批次", value: await prisma.batch.count({ where: { status: "ACTIVE" } }), hint: "农产品追溯批次" });
  }
  if (can(actor, "officers.manage")) {
    const [active, locked] = await Promise.all([
      prisma.officer.count({ where: { isActive: true } }),
      prisma.officer.count({ where: { lockedUntil: { gt: now } } }),
    ]);
    cards.push({ label: "授权人员", value: active, hint: "在授权名单内且启用" });
    cards.push({ label: "锁定账户", value: locked, hint: "密码错误次数过多" });
  }
  return { departmentName: department?.name ?? "", cards };
}
