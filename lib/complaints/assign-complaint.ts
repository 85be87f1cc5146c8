// 分派: a department head gives the case to a handler of the department. The county government
// office (the fallback owner) dispatches cases it received to the department that should own them.
import "server-only";
import type { Actor } from "../auth/actor";
import { hasPermission } from "../auth/permissions";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZAssignInput } from "./complaint.schema";
import { formatDeadline } from "./complaint-format";
import { departmentContacts } from "./notify-recipients";
import { transitionComplaint } from "./transition-complaint";

export async function assignComplaint({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { departmentId, handlerId } = parseInput(ZAssignInput, input);
  if (!departmentId && !handlerId) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { handlerId: "请选择承办人或承办部门" } });
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.assign",
      allowedFrom: ["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"],
      scope: "department",
      verb: "分派",
      auditAction: "complaint.assigned",
      plan: async (c, tx) => {
        const targetDepartmentId = departmentId ?? c.departmentId;
        if (targetDepartmentId !== c.departmentId && !c.department.isFallbackOwner) {
          throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { departmentId: "交给其他部门请使用“转办”，由对方部门确认接收" } });
        }
        const department = await tx.department.findUnique({ where: { id: targetDepartmentId } });
        if (!department) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { departmentId: "所选部门不存在" } });
        let handlerName: string | null = null;
        const messages = [];
        if (handlerId) {
          const handler = await tx.officer.findUnique({ where: { id: handlerId } });
          if (!handler || !handler.isActive || handler.departmentId !== targetDepartmentId || !hasPermission(handler.role, "complaints.handle")) {
            throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { handlerId: "承办人须为该部门在岗的办理人员" } });
          }
          handlerName = handler.name;
          if (handler.phone) {
            messages.push({ recipient: handler.phone, officerId: handler.id, template: "complaint.assigned", body: `案件${c.trackingNo}已分派给您：${c.title}。办理期限${formatDeadline(c.deadlineAt)}。`, dedupeKey: `assigned:${c.id}:${c.version}:${handler.id}`, relatedType: "Complaint", relatedId: c.id });
          }
        } else {
          for (const h of await departmentContacts(tx, targetDepartmentId)) {
            messages.push({ recipient: h.phone, officerId: h.id, template: "complaint.new", body: `新诉求${c.trackingNo}由县政府办公室交办：${c.title}。办理期限${formatDeadline(c.deadlineAt)}。`, dedupeKey: `dispatched:${c.id}:${c.version}:${h.id}`, relatedType: "Complaint", relatedId: c.id });
          }
        }
        const moved = targetDepartmentId !== c.departmentId;
        return {
          data: {
            status: handlerId ? "ASSIGNED" : c.status === "SUBMITTED" ? "SUBMITTED" : "ACCEPTED",
            departmentId: targetDepartmentId,
            handlerId: handlerId ?? null,
            acceptedAt: c.acceptedAt ?? (handlerId ? now : null),
          },
          event: {
            type: "ASSIGNED",
            note: handlerName ? `已分派给${department.name}${handlerName}办理。` : `已交由${department.name}办理。`,
            data: { departmentId: targetDepartmentId, handlerId: handlerId ?? null, moved },
          },
          messages,
        };
      },
    },
    now,
  );
}
