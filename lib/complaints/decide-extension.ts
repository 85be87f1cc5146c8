// 延期审批: a supervisor approves (the deadline moves, the citizen is told) or refuses a request
// the department head has forwarded (or a head made).
import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { yellowWarningPoint } from "../calendar/work-calendar";
import { ZExtensionDecisionInput } from "./complaint.schema";
import { formatDeadline } from "./complaint-format";
import { officerPhone } from "./notify-recipients";
import { citizenMessage, transitionComplaint } from "./transition-complaint";

export async function decideExtension({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { approve, note } = parseInput(ZExtensionDecisionInput, input);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "supervision.approveExtension",
      allowedFrom: ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"],
      scope: "any",
      verb: "审批延期",
      auditAction: approve === "yes" ? "complaint.extension_approved" : "complaint.extension_refused",
      plan: async (c, tx) => {
        if (!c.extensionRequestedUntil) throw new AppError("CONFLICT", "该案件没有待审批的延期申请。");
        if (!c.extensionForwardedAt) throw new AppError("CONFLICT", "该延期申请尚待部门负责人审核，审核同意后再由督办员审批。");
        const requester = await officerPhone(tx, c.extensionRequestedById);
        const clear = { extensionRequestedUntil: null, extensionReason: null, extensionRequestedById: null, extensionForwardedAt: null };
        if (approve === "no") {
          return {
            data: clear,
            event: { type: "EXTENSION_REFUSED", note: `不同意延期${note ? `：${note}` : ""}`, isPublic: false },
            // The citizen is told either way (the issue: "a supervisor approves or refuses; the citizen is told").
            messages: [
              ...citizenMessage(c, "complaint.extension_refused_citizen", `您的诉求${c.trackingNo}的延期办理申请未获批准，承办部门须在原定期限${formatDeadline(c.deadlineAt)}前办结。`, String(c.version)),
              ...requester.map((r) => ({ recipient: r.phone, officerId: r.id, template: "complaint.extension_refused", body: `案件${c.trackingNo}的延期申请未获同意，请按原期限${formatDeadline(c.deadlineAt)}办结。`, dedupeKey: `extension-refused:${c.id}:${c.version}`, relatedType: "Complaint", relatedId: c.id })),
            ],
          };
        }
        const until = c.extensionRequestedUntil;
        return {
          data: {
            ...clear,
            deadlineAt: until,
            yellowWarnAt: yellowWarningPoint(c.deadlineStartedAt, until),
            // A yellow warning already sent stays sent; the red card is re-armed for the new deadline.
            redCardAt: null,
          },
          event: { type: "EXTENSION_APPROVED", note: `经督办部门批准，办理期限延长至${formatDeadline(until)}。${note ?? ""}`.trim(), data: { from: c.deadlineAt.toISOString(), to: until.toISOString() } },
          messages: [
            ...citizenMessage(c, "complaint.extended", `您的诉求${c.trackingNo}经批准延期办理，新的办理期限为${formatDeadline(until)}。`, String(c.version)),
            ...requester.map((r) => ({ recipient: r.phone, officerId: r.id, template: "complaint.extension_approved", body: `案件${c.trackingNo}延期已批准，新期限${formatDeadline(until)}。`, dedupeKey: `extension-approved:${c.id}:${c.version}`, relatedType: "Complaint", relatedId: c.id })),
          ],
        };
      },
    },
    now,
  );
}
