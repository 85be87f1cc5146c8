// 退回: a department that is not responsible returns a new case to the 12345 dispatch queue with a
// reason, within its acceptance limit (before it accepts, and before the limit passes). It stays
// responsible, and its clock keeps running, until the dispatcher acts (DESIGN.md).
import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZSendBackInput } from "./case-handling.schema";
import { formatDeadline } from "./complaint-format";
import { dispatcherContacts } from "./notify-recipients";
import { transitionComplaint } from "./transition-complaint";

export async function sendBackComplaint({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { reason } = parseInput(ZSendBackInput, input);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.handle",
      allowedFrom: ["SUBMITTED"],
      scope: "department",
      verb: "退回",
      auditAction: "complaint.sent_back",
      plan: async (c, tx) => {
        if (c.department.isFallbackOwner) throw new AppError("CONFLICT", "县政府办公室是兜底承办单位，不能退回；请派单或分派办理。");
        if (c.sentBackAt) throw new AppError("CONFLICT", "该案件已退回12345，等待重新派单。");
        if (c.pendingTransferDepartmentId) throw new AppError("CONFLICT", "该案件有一项待对方确认的转办，请先撤回转办。");
        if (c.acceptDeadlineAt && now > c.acceptDeadlineAt) {
          throw new AppError("CONFLICT", `已超过受理时限（${formatDeadline(c.acceptDeadlineAt)}），不能退回；如确非本部门职责，请受理后申请转办。`);
        }
        const dispatchers = await dispatcherContacts(tx);
        return {
          data: { sentBackAt: now, sentBackReason: reason, sentBackById: actor.id },
          event: { type: "SENT_BACK", note: `${c.department.name}退回12345：${reason}`, isPublic: false, data: { reason } },
          messages: dispatchers.map((d) => ({ recipient: d.phone, officerId: d.id, template: "complaint.sent_back", body: `${c.department.name}退回诉求${c.trackingNo}：${reason}。请重新派单。`, dedupeKey: `sent-back:${c.id}:${c.version}:${d.id}`, relatedType: "Complaint", relatedId: c.id })),
        };
      },
    },
    now,
  );
}
