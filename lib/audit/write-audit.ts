// Appends to the audit log (append-only: a trigger refuses UPDATE and DELETE). Called inside
// the transaction of the change it records, so a change and its record land together.
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "../db";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  details?: Prisma.InputJsonValue;
}

export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      details: entry.details,
    },
  });
}
