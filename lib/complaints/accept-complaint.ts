// 签收: the owning department takes the case on.
import "server-only";
import type { Actor } from "../auth/actor";
import { transitionComplaint } from "./transition-complaint";

export async function acceptComplaint({ actor, complaintId, expectedVersion, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; now?: Date }) {
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.handle",
      allowedFrom: ["SUBMITTED"],
      scope: "department",
      verb: "受理",
      auditAction: "complaint.accepted",
      plan: (c) => ({
        data: { status: "ACCEPTED", acceptedAt: now },
        event: { type: "ACCEPTED", note: `${c.department.name}已受理。` },
      }),
    },
    now,
  );
}
