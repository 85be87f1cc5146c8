// The officer navigation, filtered by permission. Sections join this list as they are built.
import { hasPermission, type Permission } from "./permissions";
import type { OfficerDuty, OfficerRole } from "@/generated/prisma/enums";

export const OFFICER_NAV: { href: string; label: string; permission: Permission }[] = [
  { href: "/officer", label: "工作台", permission: "dashboard.view" },
  { href: "/officer/trace", label: "农产品追溯", permission: "trace.read" },
  { href: "/officer/complaints", label: "案件办理", permission: "complaints.view" },
  { href: "/officer/supervision", label: "督办看板", permission: "supervision.view" },
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
];

export function officerNavFor(role: OfficerRole, duties: readonly OfficerDuty[] = []) {
  return OFFICER_NAV.filter((item) => hasPermission(role, item.permission, duties));
}
