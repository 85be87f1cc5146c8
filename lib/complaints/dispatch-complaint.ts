// 派单: the 12345 desk's dispatcher gives a case from the dispatch queue (fallback-owned or sent
// back) to the department that should own it. The new department must still accept it (受理).
import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZDispatchInput } from "./case-handling.schema";
import { formatDeadline, OPEN_STATUSES } from "./complaint-format";
import { isInDispatchQueue } from "./dispatch-queue";
import { departmentContacts } from "./notify-recipients";
import { transitionComplaint } from "./transition-complaint";

const invalid = (message: string) => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { departmentId: message } });

export async function dispatchComplaint({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { departmentId, note } = parseInput(ZDispatchInput, input);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.dispatch",
      allowedFrom: OPEN_STATUSES,
      scope: "any",
      verb: "派单",
      auditAction: "complaint.dispatched",
      plan: async (c, tx) => {
        if (!isInDispatchQueue(c)) throw new AppError("CONFLICT", "该案件已不在待派单队列中，请刷新页面查看。");
        const target = await tx.department.findUnique({ where: { id: departmentId } });
        if (!target) throw invalid("所选部门不存在");
        if (target.kind === "SUPERVISION_OFFICE") throw invalid("督查室不承办案件，请选择职能部门");
        if (target.isFallbackOwner) throw invalid("请选择具体的承办部门");
        const heads = await departmentContacts(tx, target.id);
        const sentBack = c.sentBackAt ? `（${c.department.name}退回：${c.sentBackReason ?? ""}）` : "";
        return {
          data: {
            departmentId: target.id,
            handlerId: null,
            pendingTransferDepartmentId: null,
            status: "SUBMITTED",
            acceptedAt: null,
            sentBackAt: null,
            sentBackReason: null,
            sentBackById: null,
          },
          event: {
            type: "DISPATCHED",
            note: `12345派单至${target.name}${note ? `：${note}` : "。"}${sentBack}`,
            data: { from: c.departmentId, to: target.id, note: note ?? null },
          },
          messages: heads.map((h) => ({ recipient: h.phone, officerId: h.id, template: "complaint.new", body: `12345派单：诉求${c.trackingNo}（${c.title}）交由贵部门办理，请及时受理。办理期限${formatDeadline(c.deadlineAt)}。`, dedupeKey: `dispatched:${c.id}:${c.version}:${h.id}`, relatedType: "Complaint", relatedId: c.id })),
        };
      },
    },
    now,
  );
}
