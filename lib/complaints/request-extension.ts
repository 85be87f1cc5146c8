// 申请延期: only before the deadline, one request at a time. A handler's request goes to the
// department head, who forwards or refuses it (forward-extension.ts); a head's own request goes
// straight to the supervisor, who decides (decide-extension.ts).
import "server-only";
import { can, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { beijingDate, endOfBeijingDay, nextDate } from "../calendar/work-calendar";
import { ZExtensionInput } from "./complaint.schema";
import { formatDeadline } from "./complaint-format";
import { departmentContacts, supervisionContacts } from "./notify-recipients";
import { transitionComplaint } from "./transition-complaint";

export const MAX_EXTENSION_DAYS = 30;

/** The latest date an extension may reach: the deadline's (Beijing) date plus 30 days. */
export function latestExtensionDate(deadlineAt: Date): string {
  return nextDate(beijingDate(deadlineAt), MAX_EXTENSION_DAYS);
}

/** Whether the actor's own request skips the department head (a head, or anyone who reviews). */
export function extensionGoesStraightToSupervisor(actor: Actor): boolean {
  return can(actor, "complaints.review");
}

export async function requestExtension({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { until, reason } = parseInput(ZExtensionInput, input);
  const newDeadline = endOfBeijingDay(until);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.handle",
      allowedFrom: ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"],
      scope: "department",
      verb: "申请延期",
      auditAction: "complaint.extension_requested",
      plan: async (c, tx) => {
        if (c.deadlineAt.getTime() <= now.getTime()) throw new AppError("CONFLICT", "已超过办理期限，不能再申请延期，请尽快办结。");
        if (c.extensionRequestedUntil) throw new AppError("CONFLICT", c.extensionForwardedAt ? "已有一项延期申请等待督办员审批。" : "已有一项延期申请等待部门负责人审核。");
        if (newDeadline.getTime() <= c.deadlineAt.getTime()) {
          throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { until: `延期后的日期应晚于现在的期限（${formatDeadline(c.deadlineAt)}）` } });
        }
        // Dates, not instants: the 30th calendar day after the deadline's date is allowed.
        const latest = latestExtensionDate(c.deadlineAt);
        if (until > latest) {
          throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { until: `一次最多延期${MAX_EXTENSION_DAYS}天，最晚可延至${latest}` } });
        }
        const straight = extensionGoesStraightToSupervisor(actor);
        const recipients = straight ? await supervisionContacts(tx) : (await departmentContacts(tx, c.departmentId)).filter((h) => h.id !== actor.id);
        return {
          data: { extensionRequestedUntil: newDeadline, extensionReason: reason, extensionRequestedById: actor.id, extensionForwardedAt: straight ? now : null },
          event: { type: "EXTENSION_REQUESTED", note: `申请延期至${formatDeadline(newDeadline)}：${reason}${straight ? "" : "（待部门负责人审核）"}`, isPublic: false, data: { until: newDeadline.toISOString(), reason, toHead: !straight } },
          messages: recipients.map((s) => ({
            recipient: s.phone,
            officerId: s.id,
            template: straight ? "complaint.extension_requested" : "complaint.extension_to_head",
            body: straight ? `${c.department.name}申请将案件${c.trackingNo}延期至${formatDeadline(newDeadline)}，请审批。` : `${actor.name}申请将案件${c.trackingNo}延期至${formatDeadline(newDeadline)}，请审核后报督办员。`,
            dedupeKey: `extension-requested:${c.id}:${c.version}:${s.id}`,
            relatedType: "Complaint",
            relatedId: c.id,
          })),
        };
      },
    },
    now,
  );
}
