// The explicit permission list and the one table that maps roles to it (CONVENTIONS.md: code
// asks for a permission, never for a role name).
import type { OfficerDuty, OfficerRole } from "@/generated/prisma/enums";

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
  // Mobile office: official documents (公文). Review (核稿) and co-signing (会签) are done by the
  // officer a route step names, so they need no permission of their own.
  "documents.draft",
  "documents.sign",
  "documents.seal",
  "documents.receive",
  "documents.manage",
  // Tasks handed down (任务交办) and information reports (信息报送).
  "tasks.assign",
  // Reporting progress on and finishing the tasks handed to one's own unit.
  "tasks.handle",
  "reports.submit",
  "reports.edit",
  // Meetings, official vehicles, and the scorecard of how units use the system.
  "meetings.organise",
  "vehicles.book",
  "vehicles.approve",
  "vehicles.manage",
  "vehicles.drive",
  "usage.view",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<OfficerRole, readonly Permission[]> = {
  HANDLER: ["dashboard.view", "complaints.view", "complaints.handle", "documents.draft", "tasks.handle", "vehicles.book"],
  DEPARTMENT_HEAD: [
    "dashboard.view",
    "complaints.view",
    "complaints.handle",
    "complaints.assign",
    "complaints.approvePublication",
    "complaints.review",
    "supervision.view",
    "stats.view",
    "documents.draft",
    // A department head signs off the department's own documents (部门发文).
    "documents.sign",
    "tasks.handle",
    "vehicles.book",
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
    "documents.draft",
    "vehicles.book",
    "usage.view",
  ],
  CONTENT_EDITOR: ["dashboard.view", "content.edit", "content.publish", "warnings.broadcast", "documents.draft", "vehicles.book"],
  TRACE_OPERATOR: ["dashboard.view", "trace.read", "trace.write", "documents.draft", "vehicles.book"],
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
    "documents.draft",
    "vehicles.book",
  ],
  LEADER: [
    "dashboard.view",
    "complaints.view",
    "complaints.viewAll",
    "supervision.view",
    "supervision.urge",
    "stats.view",
    "documents.draft",
    "documents.sign",
    "tasks.assign",
    "vehicles.book",
    "usage.view",
  ],
  OFFICE_STAFF: [
    "dashboard.view",
    "supervision.view",
    "supervision.urge",
    "documents.draft",
    "documents.manage",
    "tasks.assign",
    "tasks.handle",
    "reports.edit",
    "meetings.organise",
    "vehicles.book",
    "vehicles.approve",
    "vehicles.manage",
    "usage.view",
  ],
  DRIVER: ["dashboard.view", "vehicles.drive"],
  // 回访员: reads every resolved case to call the citizen back; nothing else on cases.
  CALLBACK_OPERATOR: ["dashboard.view", "complaints.view", "complaints.viewAll", "complaints.callback", "documents.draft", "vehicles.book"],
};

/** What a duty adds to the officer's role, for their own unit. */
export const DUTY_PERMISSIONS: Record<OfficerDuty, readonly Permission[]> = {
  DOCUMENT_CLERK: ["documents.receive"],
  SEAL_KEEPER: ["documents.seal"],
  INFO_OFFICER: ["reports.submit"],
  MEETING_ORGANISER: ["meetings.organise"],
};

export const DUTY_LABELS: Record<OfficerDuty, string> = {
  DOCUMENT_CLERK: "公文收发员",
  SEAL_KEEPER: "电子印章管理员",
  INFO_OFFICER: "信息员",
  MEETING_ORGANISER: "会务",
};

export const ROLE_LABELS: Record<OfficerRole, string> = {
  HANDLER: "承办人",
  DEPARTMENT_HEAD: "部门负责人",
  SUPERVISOR: "督办员",
  CONTENT_EDITOR: "内容编辑",
  TRACE_OPERATOR: "追溯操作员",
  ADMIN: "系统管理员",
  DISPATCHER: "12345调度员",
  LEADER: "县领导",
  OFFICE_STAFF: "政府办工作人员",
  DRIVER: "驾驶员",
  CALLBACK_OPERATOR: "12345回访员",
};

/** Whether a role, with the officer's duties (none when omitted), grants a permission. */
export function hasPermission(role: OfficerRole, permission: Permission, duties: readonly OfficerDuty[] = []): boolean {
  return ROLE_PERMISSIONS[role].includes(permission) || duties.some((d) => DUTY_PERMISSIONS[d].includes(permission));
}

export function permissionsOf(role: OfficerRole, duties: readonly OfficerDuty[] = []): readonly Permission[] {
  return [...new Set([...ROLE_PERMISSIONS[role], ...duties.flatMap((d) => DUTY_PERMISSIONS[d])])];
}
