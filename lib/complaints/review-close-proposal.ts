// 办结审核: the department head approves a handler's proposal (the case resolves as a direct 办结
// does, with the proposed reply) or sends it back to the handler with a note.
import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZReviewCloseInput } from "./case-handling.schema";
import { officerPhone } from "./notify-recipients";
import { RESOLVABLE, resolvePlan } from "./resolve-complaint";
import { transitionComplaint } from "./transition-complaint";

export async function reviewCloseProposal({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { approve, note } = parseInput(ZReviewCloseInput, input);
  const isApproved = approve === "yes";
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.review",
      allowedFrom: RESOLVABLE,
      scope: "department",
      verb: isApproved ? "审核办结" : "退回办结申请",
      auditAction: isApproved ? "complaint.close_approved" : "complaint.close_returned",
      plan: async (c, tx) => {
        if (!c.closeProposedAt) throw new AppError("CONFLICT", "该案件没有待审核的办结申请，请刷新页面查看。");
        if (isApproved) {
          return resolvePlan(c, tx, { actor, reply: c.proposedReply, now, note: `部门负责人${actor.name}审核同意办结${note ? `（${note}）` : ""}。` });
        }
        const proposer = await officerPhone(tx, c.closeProposedById);
        return {
          data: { closeProposedAt: null, closeProposedById: null },
          event: { type: "CLOSE_RETURNED", note: `部门负责人退回办结申请：${note}`, isPublic: false, data: { note: note ?? null } },
          messages: proposer.map((p) => ({ recipient: p.phone, officerId: p.id, template: "complaint.close_returned", body: `案件${c.trackingNo}的办结申请被退回：${note}`, dedupeKey: `close-returned:${c.id}:${c.version}:${p.id}`, relatedType: "Complaint", relatedId: c.id })),
        };
      },
    },
    now,
  );
}
