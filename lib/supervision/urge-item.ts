// 催办: a supervisor reminds the owner of any supervised item (any registered kind) or of an open
// supervision order. Logged (SupervisionUrge and the item's own history), SMS to the handler and
// the department's heads, audited; all in one transaction.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { enqueueMessages } from "../notify/enqueue-message";
import { formatDeadline } from "../complaints/complaint-format";
import { recipientsFor } from "./recipients";
import { supervisionKind } from "./kinds";
import { ZUrgeInput } from "./supervision.schema";

export async function urgeItem({ actor, kind, itemId, input, now = new Date() }: { actor: Actor; kind: string; itemId: string; input: unknown; now?: Date }) {
  assertPermission(actor, "supervision.urge");
  const { note } = parseInput(ZUrgeInput, input);
  return prisma.$transaction(async (tx) => {
    let target: { id: string; ref: string; title: string; departmentId: string; handlerId: string | null; dueAt: Date | null };
    let orderComplaintId: string | null = null;
    if (kind === "order") {
      const o = await tx.supervisionOrder.findUnique({ where: { id: itemId }, include: { complaint: { select: { id: true, handlerId: true, title: true } } } });
      if (!o) throw new AppError("NOT_FOUND", "没有找到该督办单。");
      if (o.status !== "OPEN") throw new AppError("CONFLICT", "该督办单已反馈，无需催办。");
      target = { id: o.id, ref: o.number ?? "督办单", title: o.complaint?.title ?? o.instruction.slice(0, 30), departmentId: o.departmentId, handlerId: o.complaint?.handlerId ?? null, dueAt: o.deadlineAt };
      orderComplaintId = o.complaint?.id ?? null;
    } else {
      const k = supervisionKind(kind);
      if (!k) throw new AppError("NOT_FOUND", "没有这种督办事项。");
      const owner = await k.findOwner(tx, itemId);
      if (!owner) throw new AppError("NOT_FOUND", "没有找到该事项。");
      if (!owner.open) throw new AppError("CONFLICT", "该事项已办结，无需催办。");
      target = owner;
    }
    const urge = await tx.supervisionUrge.create({ data: { kind, itemId, departmentId: target.departmentId, actorId: actor.id, note, createdAt: now } });
    const historyNote = `督办员催办：${note}`;
    if (kind === "order") {
      if (orderComplaintId) await supervisionKind("complaint")!.recordEvent(tx, orderComplaintId, { type: "URGED", actorId: actor.id, note: `${historyNote}（${target.ref}）`, now });
    } else {
      await supervisionKind(kind)!.recordEvent(tx, itemId, { type: "URGED", actorId: actor.id, note: historyNote, now });
    }
    const recipientsOf = await recipientsFor(tx, [target], false);
    const due = target.dueAt ? `，期限${formatDeadline(target.dueAt)}` : "";
    await enqueueMessages(
      tx,
      recipientsOf(target).map((r) => ({
        recipient: r.phone,
        officerId: r.id,
        template: "supervision.urge",
        body: `【催办】${target.ref}“${target.title}”${due}。${note}`,
        dedupeKey: `urge:${urge.id}:${r.id}`,
        relatedType: kind === "order" ? "SupervisionOrder" : kind === "complaint" ? "Complaint" : kind,
        relatedId: itemId,
      })),
    );
    await writeAudit(tx, { actorId: actor.id, action: "supervision.urged", targetType: kind === "order" ? "SupervisionOrder" : kind === "complaint" ? "Complaint" : kind, targetId: itemId, details: { ref: target.ref, note } });
    return urge;
  });
}
