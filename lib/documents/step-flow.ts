// Moving a document along its route, inside the caller's transaction: opening the next group of
// steps (same seq = in parallel), their deadlines on working time, the SMS to each officer.
import "server-only";
import type { DocumentStepKind, DocumentUrgency } from "@/generated/prisma/enums";
import { loadCalendarOverrides } from "../calendar/load-calendar";
import { formatDeadline } from "../complaints/complaint-format";
import type { Tx } from "../db";
import { enqueueMessages } from "../notify/enqueue-message";
import { addWorkingMinutes } from "../supervision/working-time";
import { STEP_KIND_LABELS, URGENCY_LABELS } from "./labels";

/** Working minutes a step may take (ARCHITECTURE.md "Official documents": choices). */
export function stepLimitMinutes(kind: DocumentStepKind, urgency: DocumentUrgency): number {
  const base = urgency === "EXTRA_URGENT" ? 120 : urgency === "URGENT" ? 240 : 390;
  if (kind === "COSIGN" && urgency === "NORMAL") return 2 * base;
  if (kind === "SEAL") return base / 2;
  return base;
}

export async function stepDeadline(tx: Tx, kind: DocumentStepKind, urgency: DocumentUrgency, now: Date) {
  const overrides = await loadCalendarOverrides(tx, now);
  const limit = stepLimitMinutes(kind, urgency);
  return { dueAt: addWorkingMinutes(now, limit, overrides), yellowAt: addWorkingMinutes(now, Math.round(limit * 0.8), overrides) };
}

/**
 * Active officers of the units holding a duty (the seal keepers, the document clerks), with a
 * phone. Raw SQL: Prisma's `has` on an enum array is sent as a bare string, which PGlite's
 * adapter refuses ("malformed array literal").
 */
export async function dutyContacts(tx: Tx, departmentIds: string[], duty: "SEAL_KEEPER" | "DOCUMENT_CLERK"): Promise<{ id: string; phone: string; departmentId: string }[]> {
  if (departmentIds.length === 0) return [];
  return tx.$queryRaw<{ id: string; phone: string; departmentId: string }[]>`
    SELECT "id", "phone", "departmentId" FROM "Officer"
    WHERE "departmentId" = ANY(${departmentIds}::text[]) AND "isActive" AND "phone" IS NOT NULL AND ${duty}::"OfficerDuty" = ANY("duties")`;
}

/**
 * Opens the steps of (round, seq) that are waiting, with their deadline, and tells each officer.
 * Returns how many opened.
 */
export async function openStepGroup(tx: Tx, doc: { id: string; title: string; urgency: DocumentUrgency }, round: number, seq: number, now: Date): Promise<number> {
  const steps = await tx.documentStep.findMany({ where: { documentId: doc.id, round, seq, status: "WAITING" }, select: { id: true, kind: true, assigneeId: true, departmentId: true } });
  if (steps.length === 0) return 0;
  const { dueAt, yellowAt } = await stepDeadline(tx, steps[0].kind, doc.urgency, now);
  await tx.documentStep.updateMany({ where: { id: { in: steps.map((s) => s.id) } }, data: { status: "OPEN", openedAt: now, dueAt, yellowAt } });
  const assignees = await tx.officer.findMany({ where: { id: { in: steps.flatMap((s) => (s.assigneeId ? [s.assigneeId] : [])) }, isActive: true }, select: { id: true, phone: true } });
  const pools = await dutyContacts(tx, steps.filter((s) => !s.assigneeId && s.kind === "SEAL").map((s) => s.departmentId), "SEAL_KEEPER");
  const mark = doc.urgency === "NORMAL" ? "" : `【${URGENCY_LABELS[doc.urgency]}】`;
  await enqueueMessages(
    tx,
    steps.flatMap((s) => {
      const to = s.assigneeId ? assignees.filter((a) => a.id === s.assigneeId) : pools.filter((p) => p.departmentId === s.departmentId);
      return to.flatMap((o) =>
        o.phone
          ? [{ recipient: o.phone, template: "document.step", body: `${mark}公文《${doc.title}》待您${STEP_KIND_LABELS[s.kind]}，请于${formatDeadline(dueAt)}前办理。`, dedupeKey: `document.step:${s.id}:${o.id}`, officerId: o.id, relatedType: "document_step", relatedId: s.id }]
          : [],
      );
    }),
  );
  return steps.length;
}
