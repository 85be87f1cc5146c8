// 申请延期: only before the deadline, one request at a time; a supervisor decides.
import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { endOfBeijingDay } from "../calendar/work-calendar";
import { ZExtensionInput } from "./complaint.schema";
import { formatDeadline } from "./complaint-format";
import { supervisionContacts } from "./notify-recipients";
import { transitionComplaint } from "./transition-complaint";

const MAX_EXTENSION_DAYS = 30;

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
        if (c.extensionRequestedUntil) throw new AppError("CONFLICT", "已有一项延期申请等待督办员审批。");
        if (newDeadline.getTime() <= c.deadlineAt.getTime()) {
          throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { until: `延期后的日期应晚于现在的期限（${formatDeadline(c.deadlineAt)}）` } });
        }
        if (newDeadline.getTime() - c.deadlineAt.getTime() > MAX_EXTENSION_DAYS * 86_400_000) {
          throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { until: `一次最多延期${MAX_EXTENSION_DAYS}天` } });
        }
        const supervisors = await supervisionContacts(tx);
        return {
          data: { extensionRequestedUntil: newDeadline, extensionReason: reason, extensionRequestedById: actor.id },
          event: { type: "EXTENSION_REQUESTED", note: `申请延期至${formatDeadline(newDeadline)}：${reason}`, isPublic: false, data: { until: newDeadline.toISOString(), reason } },
          messages: supervisors.map((s) => ({ recipient: s.phone, template: "complaint.extension_requested", body: `${c.department.name}申请将案件${c.trackingNo}延期至${formatDeadline(newDeadline)}，请审批。`, dedupeKey: `extension-requested:${c.id}:${c.version}:${s.id}`, relatedType: "Complaint", relatedId: c.id })),
        };
      },
    },
    now,
  );
}
