// The explicit permission list and the one table that maps roles to it (CONVENTIONS.md: code
// asks for a permission, never for a role name).
import type { OfficerRole } from "@/generated/prisma/enums";

export const PERMISSIONS = [
  "dashboard.view",
  "complaints.view",
  "complaints.handle",
  "complaints.assign",
  "complaints.approvePublication",
  "complaints.viewAll",
  // 12345 centre: route new and sent-back cases, record call-backs; merge duplicates.
  "complaints.dispatch",
  "complaints.callback",
  "complaints.merge",
  // A department head approves a handler's 办结 proposal (or closes a case directly).
  "complaints.review",
  "supervision.view",
  "supervision.issue",
  "supervision.approveExtension",
  "supervision.urge",
  "supervision.scorecard.configure",
  "stats.view",
  "content.edit",
  "content.publish",
  "warnings.broadcast",
  "trace.read",
  "trace.write",
  "officers.manage",
  "settings.manage",
  "audit.view",
  "outbox.view",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<OfficerRole, readonly Permission[]> = {
  HANDLER: ["dashboard.view", "complaints.view", "complaints.handle"],
  DEPARTMENT_HEAD: [
    "dashboard.view",
    "complaints.view",
    "complaints.handle",
    "complaints.assign",
    "complaints.approvePublication",
    "complaints.review",
    "supervision.view",
    "stats.view",
  ],
  SUPERVISOR: [
    "dashboard.view",
    "complaints.view",
    "complaints.viewAll",
    "complaints.merge",
    "supervision.view",
    "supervision.issue",
    "supervision.approveExtension",
    "supervision.urge",
    "stats.view",
    "outbox.view",
  ],
  CONTENT_EDITOR: ["dashboard.view", "content.edit", "content.publish", "warnings.broadcast"],
  TRACE_OPERATOR: ["dashboard.view", "trace.read", "trace.write"],
  ADMIN: [
    "dashboard.view",
    "complaints.view",
    "complaints.viewAll",
    "supervision.view",
    "stats.view",
    "officers.manage",
    "settings.manage",
    "supervision.scorecard.configure",
    "audit.view",
    "outbox.view",
    "trace.read",
  ],
  DISPATCHER: [
    "dashboard.view",
    "complaints.view",
    "complaints.viewAll",
    "complaints.dispatch",
    "complaints.callback",
    "complaints.merge",
    "supervision.view",
  ],
};

export const ROLE_LABELS: Record<OfficerRole, string> = {
  HANDLER: "承办人",
  DEPARTMENT_HEAD: "部门负责人",
  SUPERVISOR: "督办员",
  CONTENT_EDITOR: "内容编辑",
  TRACE_OPERATOR: "追溯操作员",
  ADMIN: "系统管理员",
  DISPATCHER: "12345调度员",
};

export function hasPermission(role: OfficerRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: OfficerRole): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}
