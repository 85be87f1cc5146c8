// 办结: the case is handled; the citizen is asked whether it is solved and how satisfied they are.
// Closing is the department head's act (complaints.review): a handler proposes it with the reply
// and evidence photos (propose-close-complaint.ts) and the head approves (review-close-proposal.ts),
// which ends here too.
import "server-only";
import type { Actor } from "../auth/actor";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZResolveInput } from "./complaint.schema";
import { citizenMessage, transitionComplaint, type LoadedComplaint, type TransitionPlan } from "./transition-complaint";

export const RESOLVABLE = ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"] as const;

/** The state change of 办结, shared by a head's direct close and an approved proposal. */
export async function resolvePlan(c: LoadedComplaint, tx: Tx, opts: { actor: Actor; reply: string | null | undefined; note?: string; now: Date }): Promise<TransitionPlan> {
  const { actor, reply, now } = opts;
  const finalReply = reply ?? c.reply;
  if (!finalReply || finalReply.length < 10) {
    throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { reply: "办结前请先答复群众（至少10个字）" } });
  }
  const followers = await tx.complaintFollower.findMany({ where: { complaintId: c.id, phone: { not: null } }, select: { id: true, phone: true } });
  return {
    data: {
      status: "RESOLVED",
      resolvedAt: now,
      reply: finalReply,
      repliedAt: reply && reply !== c.reply ? now : c.repliedAt,
      handlerId: c.handlerId ?? c.closeProposedById ?? actor.id,
      pendingTransferDepartmentId: null,
      extensionRequestedUntil: null,
      extensionReason: null,
      extensionRequestedById: null,
      extensionForwardedAt: null,
      closeProposedAt: null,
      closeProposedById: null,
      proposedReply: null,
      sentBackAt: null,
      sentBackReason: null,
      sentBackById: null,
    },
    event: { type: "RESOLVED", note: `${opts.note ?? "已办结。"}${reply ? `答复：${finalReply}` : ""}` },
    messages: [
      ...citizenMessage(c, "complaint.resolved", `您的诉求${c.trackingNo}已办结。请在7日内凭受理编号和查询码评价：问题是否解决、是否满意；未解决可申请重新办理。`, String(c.reopenCount)),
      ...followers.map((f) => ({ recipient: f.phone!, template: "complaint.follower_resolved", body: `您关注的诉求${c.trackingNo}已办结，可在政府网站“办理结果”中查看。`, dedupeKey: `follower-resolved:${c.id}:${c.reopenCount}:${f.id}`, relatedType: "Complaint", relatedId: c.id })),
    ],
  };
}

export async function resolveComplaint({ actor, complaintId, expectedVersion, input = {}, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input?: unknown; now?: Date }) {
  const { reply } = parseInput(ZResolveInput, input);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.review",
      allowedFrom: RESOLVABLE,
      scope: "department",
      verb: "办结",
      auditAction: "complaint.resolved",
      plan: (c, tx) => resolvePlan(c, tx, { actor, reply, now }),
    },
    now,
  );
}
