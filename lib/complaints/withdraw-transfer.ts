// 撤回转办: the sending department takes back a transfer the other department has not yet accepted.
import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { transitionComplaint } from "./transition-complaint";
import { OPEN_STATUSES } from "./complaint-format";

export async function withdrawTransfer({ actor, complaintId, expectedVersion, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; now?: Date }) {
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.handle",
      allowedFrom: OPEN_STATUSES,
      scope: "department",
      verb: "撤回转办",
      auditAction: "complaint.transfer_withdrawn",
      plan: async (c, tx) => {
        if (!c.pendingTransferDepartmentId) throw new AppError("CONFLICT", "该案件没有待确认的转办，可能对方已接收或退回，请刷新页面查看。");
        const target = await tx.department.findUnique({ where: { id: c.pendingTransferDepartmentId }, select: { name: true } });
        return {
          data: { pendingTransferDepartmentId: null },
          event: { type: "TRANSFER_WITHDRAWN", note: `已撤回转至${target?.name ?? "其他部门"}的申请。`, isPublic: false },
        };
      },
    },
    now,
  );
}
