// The signed-in officer as lib functions see it, and the permission check every lib function
// that reads private data or changes data performs itself.
import type { OfficerDuty, OfficerRole } from "@/generated/prisma/enums";
import { AppError } from "../errors";
import { hasPermission, type Permission } from "./permissions";

export interface Actor {
  id: string;
  name: string;
  username: string;
  role: OfficerRole;
  /** Duties held for the officer's unit (公文收发员, 电子印章管理员, …); none when omitted. */
  duties?: readonly OfficerDuty[];
  departmentId: string;
}

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  return !!actor && hasPermission(actor.role, permission, actor.duties);
}

export function assertPermission(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录。");
  if (!hasPermission(actor.role, permission, actor.duties)) {
    throw new AppError("FORBIDDEN", "您没有执行此操作的权限。", {
      logMessage: `${actor.username} (${actor.role}) lacks ${permission}`,
    });
  }
}
