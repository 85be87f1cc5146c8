// The officer dashboard: what the signed-in officer can act on, by permission.
import "server-only";
import { prisma } from "../db";
import { can, type Actor } from "../auth/actor";
import { OPEN_STATUSES } from "../complaints/complaint-format";
import { dispatchQueueWhere } from "../complaints/dispatch-queue";
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
    if (mine !== null) cards.push({ label: "我承办的", value: mine, hint: "由我承办、尚未办结", href: "/officer/complaints?mine=1" });
    // What waits for this officer's act, each card linking to its list.
    const [transfers, review, orders, dispatch, callbacks, extensions] = await Promise.all([
      can(actor, "complaints.assign") ? prisma.complaint.count({ where: { pendingTransferDepartmentId: actor.departmentId, status: { in: OPEN_STATUSES } } }) : null,
      can(actor, "complaints.review") ? prisma.complaint.count({ where: { ...where, closeProposedAt: { not: null } } }) : null,
      can(actor, "complaints.handle") ? prisma.complaint.count({ where: { ...where, supervisionOrders: { some: { status: "OPEN" } } } }) : null,
      can(actor, "complaints.dispatch") ? prisma.complaint.count({ where: dispatchQueueWhere() }) : null,
      can(actor, "complaints.callback") ? prisma.complaint.count({ where: { status: "RESOLVED", mergedIntoId: null, callbacks: { none: {} } } }) : null,
      can(actor, "supervision.approveExtension") ? prisma.complaint.count({ where: { status: { in: OPEN_STATUSES }, extensionRequestedUntil: { not: null }, extensionForwardedAt: { not: null } } }) : null,
    ]);
    if (dispatch !== null) cards.push({ label: "待派单", value: dispatch, hint: "新件和退回件，待派给承办部门", href: "/officer/complaints?state=dispatch", tone: dispatch ? "warning" : undefined });
    if (callbacks !== null) cards.push({ label: "待回访", value: callbacks, hint: "已办结、尚未电话回访", href: "/officer/complaints?state=RESOLVED" });
    if (transfers !== null) cards.push({ label: "待接收转办", value: transfers, hint: "其他部门申请转来", href: "/officer/complaints?state=transfers", tone: transfers ? "warning" : undefined });
    if (review !== null) cards.push({ label: "待审核办结", value: review, hint: "承办人提请办结", href: "/officer/complaints?state=review", tone: review ? "warning" : undefined });
    if (orders !== null) cards.push({ label: "待反馈督办单", value: orders, hint: "督查室督办、尚未反馈", href: "/officer/complaints?state=orders", tone: orders ? "alert" : undefined });
    if (extensions !== null) cards.push({ label: "延期待审批", value: extensions, hint: "承办部门申请延期", href: "/officer/supervision", tone: extensions ? "warning" : undefined });
  }
  if (can(actor, "content.edit")) {
    cards.push({ label: "已发布内容", value: await prisma.contentItem.count({ where: { status: "PUBLISHED" } }), hint: "政策、指南、项目等", href: "/officer/content" });
  }
  if (can(actor, "trace.read")) {
    cards.push({ label: "在售批次", value: await prisma.batch.count({ where: { status: "ACTIVE" } }), hint: "农产品追溯批次", href: "/officer/trace" });
  }
  if (can(actor, "officers.manage")) {
    const [active, locked] = await Promise.all([
      prisma.officer.count({ where: { isActive: true } }),
      prisma.officer.count({ where: { lockedUntil: { gt: now } } }),
    ]);
    cards.push({ label: "授权人员", value: active, hint: "在授权名单内且启用", href: "/officer/officers" });
    cards.push({ label: "锁定账户", value: locked, hint: "密码错误次数过多", href: "/officer/officers" });
  }
  return { departmentName: department?.name ?? "", cards };
}
