// 不予受理: refused with a reason the citizen reads.
import "server-only";
import type { Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZRejectInput } from "./complaint.schema";
import { citizenMessage, transitionComplaint } from "./transition-complaint";

export async function rejectComplaint({ actor, complaintId, expectedVersion, input, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { reason } = parseInput(ZRejectInput, input);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.handle",
      allowedFrom: ["SUBMITTED"],
      scope: "department",
      verb: "不予受理",
      auditAction: "complaint.rejected",
      plan: (c) => ({
        data: { status: "REJECTED", closedAt: now },
        event: { type: "REJECTED", note: `不予受理：${reason}` },
        messages: citizenMessage(c, "complaint.rejected", `您的诉求${c.trackingNo}不予受理，理由：${reason}`, "1"),
      }),
    },
    now,
  );
}
