// 合并重复件: an officer merges a duplicate case into a master case that reports the same problem.
// The duplicate closes with a link to the master; its citizen and its followers become followers
// of the master (ComplaintFollower), so they are told of the master's result by the same SMS
// (resolve-complaint.ts), and the duplicate's tracking page shows the master's result.
import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZMergeInput } from "./case-handling.schema";
import { OPEN_STATUSES } from "./complaint-format";
import { citizenMessage, transitionComplaint } from "./transition-complaint";

const invalid = (message: string) => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { masterTrackingNo: message } });

export async function mergeComplaints({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { masterTrackingNo, note } = parseInput(ZMergeInput, input);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.merge",
      allowedFrom: OPEN_STATUSES,
      scope: "any",
      verb: "合并",
      auditAction: "complaint.merged",
      plan: async (c, tx) => {
        const master = await tx.complaint.findUnique({ where: { trackingNo: masterTrackingNo } });
        if (!master) throw invalid("没有找到该受理编号的案件");
        if (master.id === c.id) throw invalid("不能与本案件自身合并，请填写另一件的受理编号");
        if (master.mergedIntoId) throw invalid(`该案件已并入其他案件，请填写主案件的受理编号`);
        if (master.status === "REJECTED" || master.status === "CLOSED") throw invalid("主案件已关闭或不予受理，不能作为合并目标");
        // Followers of the duplicate follow the master now; the duplicate's own citizen too.
        const moved = await tx.complaintFollower.updateMany({ where: { complaintId: c.id }, data: { complaintId: master.id } });
        let added = 0;
        if (c.citizenPhone && c.citizenPhone !== master.citizenPhone) {
          await tx.complaintFollower.create({ data: { complaintId: master.id, phone: c.citizenPhone, createdAt: now } });
          added = 1;
        }
        await tx.complaint.update({ where: { id: master.id }, data: { followerCount: { increment: moved.count + added } } });
        await tx.complaintEvent.create({
          data: { complaintId: master.id, type: "MERGED", actorId: actor.id, fromStatus: master.status, toStatus: master.status, note: `重复件${c.trackingNo}已并入本案件办理${note ? `：${note}` : "。"}`, isPublic: false, data: { duplicate: c.id }, createdAt: now },
        });
        return {
          data: {
            status: "CLOSED",
            closedAt: now,
            mergedIntoId: master.id,
            followerCount: 0,
            pendingTransferDepartmentId: null,
            sentBackAt: null,
            sentBackReason: null,
            sentBackById: null,
            closeProposedAt: null,
            closeProposedById: null,
            proposedReply: null,
            extensionRequestedUntil: null,
            extensionReason: null,
            extensionRequestedById: null,
            extensionForwardedAt: null,
          },
          event: { type: "MERGED", note: `与${master.trackingNo}反映同一问题，已合并办理，办理结果以${master.trackingNo}为准${note ? `（${note}）` : ""}。`, data: { master: master.id, masterTrackingNo: master.trackingNo } },
          messages: citizenMessage(c, "complaint.merged", `您的诉求${c.trackingNo}与${master.trackingNo}反映同一问题，已合并办理；办结后将短信告知您结果。`, master.id),
        };
      },
    },
    now,
  );
}
