// The one way a case changes state (DESIGN.md: every transition checks the actor's permission and
// the current state, writes an event row, and uses optimistic locking on `version`). The update
// carries the expected version in its WHERE, so of two officers acting at once one wins and the
// other gets CONFLICT with nothing written.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ComplaintEventType, ComplaintStatus } from "@/generated/prisma/enums";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { MOBILE_PATTERN } from "../normalize-input";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, can, type Actor } from "../auth/actor";
import type { Permission } from "../auth/permissions";
import { enqueueMessages, type OutboxInput } from "../notify/enqueue-message";
import { enqueueSearchSync } from "../search/enqueue-search-sync";
import { formatTime, STATUS_LABELS } from "./complaint-format";

export type LoadedComplaint = Prisma.ComplaintGetPayload<{
  include: { category: { include: { slaClass: true } }; department: true };
}>;

export interface TransitionPlan {
  data: Omit<Prisma.ComplaintUpdateManyMutationInput, "version"> & { departmentId?: string; handlerId?: string | null; pendingTransferDepartmentId?: string | null; mergedIntoId?: string | null };
  event: { type: ComplaintEventType; note?: string | null; isPublic?: boolean; data?: Prisma.InputJsonValue };
  messages?: OutboxInput[];
}

export interface TransitionSpec {
  actor: Actor | null;
  complaintId: string;
  expectedVersion: number;
  /** Checked before anything is read; null for the citizen's own acts (checked by access code). */
  permission: Permission | null;
  allowedFrom: readonly ComplaintStatus[];
  /** Whose case it is: the owning department's, the department a transfer is offered to, or anyone's. */
  scope: "department" | "transferTarget" | "any";
  /** What the act is called in refusals: 受理, 办结, ... */
  verb: string;
  auditAction: string;
  plan: (complaint: LoadedComplaint, tx: Tx) => Promise<TransitionPlan> | TransitionPlan;
}

async function conflictError(tx: Tx, complaintId: string): Promise<AppError> {
  const last = await tx.complaintEvent.findFirst({
    where: { complaintId },
    orderBy: { createdAt: "desc" },
    include: { actor: { select: { name: true } } },
  });
  const who = last?.actor?.name ?? (last ? "群众或系统" : "他人");
  const when = last ? formatTime(last.createdAt) : "";
  return new AppError("CONFLICT", `该案件已被${who}于${when}修改，请刷新页面查看最新情况后再操作。`);
}

function assertScope(actor: Actor | null, complaint: LoadedComplaint, scope: TransitionSpec["scope"]) {
  if (scope === "any" || !actor) return;
  const departmentId = scope === "transferTarget" ? complaint.pendingTransferDepartmentId : complaint.departmentId;
  if (actor.departmentId !== departmentId) {
    throw new AppError("FORBIDDEN", scope === "transferTarget" ? "只有接收部门可以处理这项转办。" : "该案件不属于您所在的部门。");
  }
}

export async function transitionComplaint(spec: TransitionSpec, now = new Date()) {
  if (spec.permission) assertPermission(spec.actor, spec.permission);
  return prisma.$transaction(async (tx) => {
    const complaint = await tx.complaint.findUnique({
      where: { id: spec.complaintId },
      include: { category: { include: { slaClass: true } }, department: true },
    });
    if (!complaint) throw new AppError("NOT_FOUND", "没有找到该案件。");
    assertScope(spec.actor, complaint, spec.scope);
    if (complaint.version !== spec.expectedVersion) throw await conflictError(tx, complaint.id);
    if (!spec.allowedFrom.includes(complaint.status)) {
      throw new AppError("CONFLICT", `该案件当前状态为“${STATUS_LABELS[complaint.status]}”，不能${spec.verb}。`);
    }
    const plan = await spec.plan(complaint, tx);
    const { count } = await tx.complaint.updateMany({
      where: { id: complaint.id, version: spec.expectedVersion },
      data: { ...plan.data, version: { increment: 1 } },
    });
    if (count === 0) throw await conflictError(tx, complaint.id);
    const toStatus = (plan.data.status as ComplaintStatus | undefined) ?? complaint.status;
    await tx.complaintEvent.create({
      data: {
        complaintId: complaint.id,
        type: plan.event.type,
        actorId: spec.actor?.id ?? null,
        fromStatus: complaint.status,
        toStatus,
        note: plan.event.note ?? null,
        isPublic: plan.event.isPublic ?? true,
        data: plan.event.data,
        createdAt: now,
      },
    });
    if (plan.messages?.length) await enqueueMessages(tx, plan.messages);
    // A published case is in the public search: approval adds it, and any later change (a redo
    // reopens it, which takes it out of the public list) must reach the index too.
    if (complaint.publicationApprovedAt || plan.data.publicationApprovedAt) {
      await enqueueSearchSync(tx, [{ type: "complaint", id: complaint.id }]);
    }
    if (spec.actor) {
      await writeAudit(tx, {
        actorId: spec.actor.id,
        action: spec.auditAction,
        targetType: "Complaint",
        targetId: complaint.id,
        details: { trackingNo: complaint.trackingNo, from: complaint.status, to: toStatus, note: plan.event.note ?? null },
      });
    }
    return tx.complaint.findUniqueOrThrow({ where: { id: complaint.id } });
  });
}

/** Whether the actor may see a case at all (lists and the case page). */
export function canSeeComplaint(actor: Actor, c: { departmentId: string; pendingTransferDepartmentId: string | null }): boolean {
  if (can(actor, "complaints.viewAll")) return true;
  if (!can(actor, "complaints.view")) return false;
  return c.departmentId === actor.departmentId || c.pendingTransferDepartmentId === actor.departmentId;
}

export function citizenMessage(complaint: { citizenPhone: string | null; id: string }, template: string, body: string, dedupe: string): OutboxInput[] {
  // SMS reach mobile numbers only (an investor may have given a landline).
  if (!complaint.citizenPhone || !MOBILE_PATTERN.test(complaint.citizenPhone)) return [];
  return [{ recipient: complaint.citizenPhone, template, body, dedupeKey: `${template}:${complaint.id}:${dedupe}`, relatedType: "Complaint", relatedId: complaint.id }];
}
