// The officer navigation, filtered by permission. Sections join this list as they are built.
import { hasPermission, type Permission } from "./permissions";
import type { OfficerDuty, OfficerRole } from "@/generated/prisma/enums";

export interface OfficerNavItem {
  href: string;
  label: string;
  /** May list several: the entry shows when the officer holds any of them. */
  permission: Permission | readonly Permission[];
  /** A count shown beside the label: "todo" = the officer's 待办 (lib/todo, once per request). */
  badge?: "todo";
}

export const OFFICER_NAV: OfficerNavItem[] = [
  { href: "/officer", label: "工作台", permission: "dashboard.view", badge: "todo" },
  { href: "/officer/meetings", label: "我的会议", permission: "dashboard.view" },
  { href: "/officer/meetings/manage", label: "会议管理", permission: "meetings.organise" },
  { href: "/officer/trace", label: "农产品追溯", permission: "trace.read" },
  { href: "/officer/complaints", label: "案件办理", permission: "complaints.view" },
  { href: "/officer/documents", label: "公文办理", permission: "documents.draft" },
  { href: "/officer/supervision", label: "督办看板", permission: "supervision.view" },
  { href: "/officer/tasks", label: "任务交办", permission: ["tasks.assign", "tasks.handle"] },
  { href: "/officer/reports", label: "信息报送", permission: ["reports.submit", "reports.edit"] },
  { href: "/officer/opinions", label: "建议和来信", permission: "complaints.view" },
  { href: "/officer/consultations", label: "征求意见", permission: "content.edit" },
  { href: "/officer/content", label: "内容管理", permission: "content.edit" },
  { href: "/officer/search-synonyms", label: "搜索同义词", permission: "content.edit" },
  { href: "/officer/officers", label: "人员授权", permission: "officers.manage" },
  { href: "/officer/audit", label: "审计日志", permission: "audit.view" },
  { href: "/officer/api-keys", label: "接口密钥", permission: "settings.manage" },
  { href: "/officer/outbox", label: "短信发送记录", permission: "outbox.view" },
  { href: "/officer/broadcasts", label: "预警短信", permission: "warnings.broadcast" },
  { href: "/officer/stats", label: "统计分析", permission: "stats.view" },
  { href: "/officer/settings", label: "系统设置", permission: "settings.manage" },
  // The office and driver views are inside; a driver (no vehicles.book) gets their trips.
  { href: "/officer/vehicles", label: "公务用车", permission: "vehicles.book" },
  { href: "/officer/vehicles/trips", label: "出车任务", permission: "vehicles.drive" },
  { href: "/officer/usage", label: "使用情况", permission: "usage.view" },
  // Admins manage every unit's seal; a unit's 电子印章管理员 sees and applies their own.
  { href: "/officer/seals", label: "电子印章", permission: ["settings.manage", "documents.seal"] },
];

export function officerNavFor(role: OfficerRole, duties: readonly OfficerDuty[] = []) {
  return OFFICER_NAV.filter((item) => (typeof item.permission === "string" ? [item.permission] : item.permission).some((p) => hasPermission(role, p, duties)));
}
