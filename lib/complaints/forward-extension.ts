// 延期初审: a handler's extension request passes the department head before the supervisor. The
// head forwards it (the supervisors are told and decide, decide-extension.ts) or refuses it with
// a reason (the request is cleared and the handler told). Only before the deadline: a request the
// head sits on past the deadline can no longer move the deadline.
import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZForwardExtensionInput } from "./case-handling.schema";
import { formatDeadline } from "./complaint-format";
import { officerPhone, supervisionContacts } from "./notify-recipients";
import { transitionComplaint } from "./transition-complaint";

export async function forwardExtension({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { forward, note } = parseInput(ZForwardExtensionInput, input);
  const isForwarded = forward === "yes";
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.review",
      allowedFrom: ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"],
      scope: "department",
      verb: isForwarded ? "报送延期申请" : "不同意延期申请",
      auditAction: isForwarded ? "complaint.extension_forwarded" : "complaint.extension_refused_by_head",
      plan: async (c, tx) => {
        if (!c.extensionRequestedUntil) throw new AppError("CONFLICT", "该案件没有待审核的延期申请，请刷新页面查看。");
        if (c.extensionForwardedAt) throw new AppError("CONFLICT", "该延期申请已报督办员审批。");
        if (isForwarded && c.deadlineAt.getTime() <= now.getTime()) throw new AppError("CONFLICT", "已超过办理期限，延期申请不能再报送，请尽快办结。");
        if (isForwarded) {
          const supervisors = await supervisionContacts(tx);
          return {
            data: { extensionForwardedAt: now },
            event: { type: "EXTENSION_FORWARDED", note: `部门负责人${actor.name}同意延期申请，报督办员审批${note ? `：${note}` : "。"}`, isPublic: false, data: { note: note ?? null } },
            messages: supervisors.map((s) => ({ recipient: s.phone, officerId: s.id, template: "complaint.extension_requested", body: `${c.department.name}申请将案件${c.trackingNo}延期至${formatDeadline(c.extensionRequestedUntil!)}，请审批。`, dedupeKey: `extension-forwarded:${c.id}:${c.version}:${s.id}`, relatedType: "Complaint", relatedId: c.id })),
          };
        }
        const requester = await officerPhone(tx, c.extensionRequestedById);
        return {
          data: { extensionRequestedUntil: null, extensionReason: null, extensionRequestedById: null, extensionForwardedAt: null },
          event: { type: "EXTENSION_REFUSED", note: `部门负责人不同意延期：${note}`, isPublic: false, data: { note: note ?? null, byHead: true } },
          messages: requester.map((r) => ({ recipient: r.phone, officerId: r.id, template: "complaint.extension_refused", body: `案件${c.trackingNo}的延期申请未获部门负责人同意：${note}`, dedupeKey: `extension-refused-head:${c.id}:${c.version}`, relatedType: "Complaint", relatedId: c.id })),
        };
      },
    },
    now,
  );
}
