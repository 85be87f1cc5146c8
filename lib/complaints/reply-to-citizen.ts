// 答复: the answer the citizen reads on the tracking page (and by SMS when a phone was given).
import "server-only";
import type { Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZReplyInput } from "./complaint.schema";
import { citizenMessage, transitionComplaint } from "./transition-complaint";

export async function replyToCitizen({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { reply } = parseInput(ZReplyInput, input);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.handle",
      allowedFrom: ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"],
      scope: "department",
      verb: "答复",
      auditAction: "complaint.replied",
      plan: (c) => ({
        data: { reply, repliedAt: now, handlerId: c.handlerId ?? actor.id },
        event: { type: "REPLIED", note: reply },
        messages: citizenMessage(c, "complaint.replied", `您的诉求${c.trackingNo}已有答复，请凭受理编号和查询码查看。`, String(c.version)),
      }),
    },
    now,
  );
}
