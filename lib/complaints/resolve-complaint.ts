// 办结: the case is handled; the citizen is asked whether it is solved and how satisfied they are.
import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZResolveInput } from "./complaint.schema";
import { citizenMessage, transitionComplaint } from "./transition-complaint";

export async function resolveComplaint({ actor, complaintId, expectedVersion, input = {}, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input?: unknown; now?: Date }) {
  const { reply } = parseInput(ZResolveInput, input);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.handle",
      allowedFrom: ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"],
      scope: "department",
      verb: "办结",
      auditAction: "complaint.resolved",
      plan: async (c, tx) => {
        const finalReply = reply ?? c.reply;
        if (!finalReply || finalReply.length < 10) {
          throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { reply: "办结前请先答复群众（至少10个字）" } });
        }
        const followers = await tx.complaintFollower.findMany({ where: { complaintId: c.id, phone: { not: null } }, select: { id: true, phone: true } });
        return {
          data: { status: "RESOLVED", resolvedAt: now, reply: finalReply, repliedAt: reply ? now : c.repliedAt, handlerId: c.handlerId ?? actor.id, pendingTransferDepartmentId: null, extensionRequestedUntil: null, extensionReason: null, extensionRequestedById: null },
          event: { type: "RESOLVED", note: reply ? `已办结。答复：${reply}` : "已办结。" },
          messages: [
            ...citizenMessage(c, "complaint.resolved", `您的诉求${c.trackingNo}已办结。请在7日内凭受理编号和查询码评价：问题是否解决、是否满意；未解决可申请重新办理。`, String(c.reopenCount)),
            ...followers.map((f) => ({ recipient: f.phone!, template: "complaint.follower_resolved", body: `您关注的诉求${c.trackingNo}已办结，可在政府网站“办理结果”中查看。`, dedupeKey: `follower-resolved:${c.id}:${c.reopenCount}:${f.id}`, relatedType: "Complaint", relatedId: c.id })),
          ],
        };
      },
    },
    now,
  );
}
