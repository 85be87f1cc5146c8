// 转办: a case goes to another department only when that department accepts it; until then the
// first receiver stays responsible and the clock keeps running (DESIGN.md).
import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZDeclineTransferInput, ZTransferInput } from "./complaint.schema";
import { departmentContacts } from "./notify-recipients";
import { transitionComplaint } from "./transition-complaint";

const TRANSFERABLE = ["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"] as const;

export async function requestTransfer({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { departmentId, reason } = parseInput(ZTransferInput, input);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.handle",
      allowedFrom: TRANSFERABLE,
      scope: "department",
      verb: "转办",
      auditAction: "complaint.transfer_requested",
      plan: async (c, tx) => {
        if (c.pendingTransferDepartmentId) throw new AppError("CONFLICT", "该案件已有一项待对方确认的转办。");
        if (departmentId === c.departmentId) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { departmentId: "请选择其他部门" } });
        const target = await tx.department.findUnique({ where: { id: departmentId } });
        if (!target) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { departmentId: "所选部门不存在" } });
        // The supervision office supervises; it never owns a case.
        if (target.kind === "SUPERVISION_OFFICE") throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { departmentId: "督查室不承办案件，请选择职能部门" } });
        const heads = await departmentContacts(tx, target.id);
        return {
          data: { pendingTransferDepartmentId: target.id },
          event: { type: "TRANSFER_REQUESTED", note: `申请转至${target.name}：${reason}`, isPublic: false, data: { departmentId: target.id, reason } },
          messages: heads.map((h) => ({ recipient: h.phone, officerId: h.id, template: "complaint.transfer", body: `${c.department.name}申请将案件${c.trackingNo}转至贵部门办理，请登录确认接收或退回。`, dedupeKey: `transfer:${c.id}:${c.version}:${h.id}`, relatedType: "Complaint", relatedId: c.id })),
        };
      },
    },
    now,
  );
}

export async function acceptTransfer({ actor, complaintId, expectedVersion, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; now?: Date }) {
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.assign",
      allowedFrom: TRANSFERABLE,
      scope: "transferTarget",
      verb: "接收转办",
      auditAction: "complaint.transfer_accepted",
      plan: async (c, tx) => {
        const target = await tx.department.findUniqueOrThrow({ where: { id: c.pendingTransferDepartmentId! } });
        return {
          data: {
            departmentId: target.id,
            pendingTransferDepartmentId: null,
            handlerId: null,
            status: c.status === "SUBMITTED" ? "SUBMITTED" : "ACCEPTED",
          },
          event: { type: "TRANSFER_ACCEPTED", note: `已转由${target.name}办理。`, data: { from: c.departmentId, to: target.id } },
        };
      },
    },
    now,
  );
}

export async function declineTransfer({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { reason } = parseInput(ZDeclineTransferInput, input);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.assign",
      allowedFrom: TRANSFERABLE,
      scope: "transferTarget",
      verb: "退回转办",
      auditAction: "complaint.transfer_declined",
      plan: async (c, tx) => {
        const heads = await departmentContacts(tx, c.departmentId);
        return {
          data: { pendingTransferDepartmentId: null },
          event: { type: "TRANSFER_DECLINED", note: `对方部门退回转办：${reason}`, isPublic: false },
          messages: heads.map((h) => ({ recipient: h.phone, officerId: h.id, template: "complaint.transfer_declined", body: `案件${c.trackingNo}的转办被退回：${reason}。请继续办理。`, dedupeKey: `transfer-declined:${c.id}:${c.version}:${h.id}`, relatedType: "Complaint", relatedId: c.id })),
        };
      },
    },
    now,
  );
}
