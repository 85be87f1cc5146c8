// The officer dashboard: what the signed-in officer can act on, by permission.
import "server-only";
import { prisma } from "../db";
import { can, type Actor } from "../auth/actor";
import { OPEN_STATUSES } from "../complaints/complaint-format";
import { countDue, supervisionScope } from "../supervision/supervision-board";

export interface DashboardCard {
  label: string;
  value: number;
  hint: string;
  /** Where the figure's list is, when there is one. */
  href?: string;
  tone?: "alert" | "warning";
}

export async function getDashboardSummary(actor: Actor, now = new Date()) {
  const department = await prisma.department.findUnique({ where: { id: actor.departmentId }, select: { name: true } });
  const cards: DashboardCard[] = [];

  if (can(actor, "complaints.view")) {
    // The same scope and definitions as the workbench the cards link to.
    const where = can(actor, "complaints.viewAll") ? { status: { in: OPEN_STATUSES } } : { departmentId: actor.departmentId, status: { in: OPEN_STATUSES } };
    const [open, { overdue, nearDue }, mine] = await Promise.all([
      prisma.complaint.count({ where }),
      // The supervision engine's counts: the same as the board's and the statistics'.
      countDue(supervisionScope(actor), now),
      can(actor, "complaints.handle") ? prisma.complaint.count({ where: { ...where, handlerId: actor.id } }) : Promise.resolve(null),
    ]);
    cards.push({ label: "在办案件", value: open, hint: can(actor, "complaints.viewAll") ? "全县" : "本部门", href: "/officer/complaints" });
    cards.push({ label: "已超期", value: overdue, hint: "超过办理时限仍未办结", href: "/officer/complaints?due=overdue", tone: overdue ? "alert" : undefined });
    cards.push({ label: "临期案件", value: nearDue, hint: "办理时限已过八成，请优先办理", href: "/officer/complaints?due=near", tone: nearDue ? "warning" : undefined });
    if (mine !== null) cards.push({ label: "我承办的", value: mine, hint: "由我承办、尚未办结" });
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
