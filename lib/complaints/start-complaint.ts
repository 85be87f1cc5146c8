// 开始办理: the handler marks the case in progress (and takes it, if nobody had it).
import "server-only";
import type { Actor } from "../auth/actor";
import { transitionComplaint } from "./transition-complaint";

export async function startComplaint({ actor, complaintId, expectedVersion, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; now?: Date }) {
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.handle",
      allowedFrom: ["ACCEPTED", "ASSIGNED", "REOPENED"],
      scope: "department",
      verb: "开始办理",
      auditAction: "complaint.in_progress",
      plan: (c) => ({
        data: { status: "IN_PROGRESS", handlerId: c.handlerId ?? actor.id, acceptedAt: c.acceptedAt ?? now },
        event: { type: "IN_PROGRESS", note: "正在办理。" },
      }),
    },
    now,
  );
}
