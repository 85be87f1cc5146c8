// The 12345 dispatch queue: open cases the county government office received because their
// category has no fixed department (the fallback owner, DESIGN.md) and nobody there handles them
// yet, and cases a department sent back (退回) as not its own.
import type { Prisma } from "@/generated/prisma/client";
import type { ComplaintStatus } from "@/generated/prisma/enums";
import { OPEN_STATUSES } from "./complaint-format";

export function dispatchQueueWhere(): Prisma.ComplaintWhereInput {
  return {
    status: { in: OPEN_STATUSES },
    mergedIntoId: null,
    OR: [{ sentBackAt: { not: null } }, { department: { isFallbackOwner: true }, handlerId: null, status: "SUBMITTED" }],
  };
}

export function isInDispatchQueue(c: { status: ComplaintStatus; sentBackAt: Date | null; handlerId: string | null; department: { isFallbackOwner: boolean } }): boolean {
  if (!OPEN_STATUSES.includes(c.status)) return false;
  return !!c.sentBackAt || (c.department.isFallbackOwner && !c.handlerId && c.status === "SUBMITTED");
}
