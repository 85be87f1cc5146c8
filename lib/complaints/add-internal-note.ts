// 内部备注: seen by officers only. A note changes no state, so it takes no version and never
// conflicts with an officer acting on the case at the same moment.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZNoteInput } from "./complaint.schema";
import { canSeeComplaint } from "./transition-complaint";

export async function addInternalNote({ actor, complaintId, input }: { actor: Actor; complaintId: string; input: unknown }) {
  assertPermission(actor, "complaints.view");
  const { note } = parseInput(ZNoteInput, input);
  return prisma.$transaction(async (tx) => {
    const c = await tx.complaint.findUnique({ where: { id: complaintId } });
    if (!c) throw new AppError("NOT_FOUND", "没有找到该案件。");
    if (!canSeeComplaint(actor, c)) throw new AppError("FORBIDDEN", "该案件不属于您所在的部门。");
    const event = await tx.complaintEvent.create({ data: { complaintId, type: "NOTE", actorId: actor.id, note, isPublic: false } });
    await writeAudit(tx, { actorId: actor.id, action: "complaint.note", targetType: "Complaint", targetId: complaintId, details: { trackingNo: c.trackingNo } });
    return event;
  });
}
