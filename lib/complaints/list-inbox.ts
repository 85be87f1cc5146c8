// The officer's inbox: cases of the officer's department (or all, with complaints.viewAll),
// counts by state, sorted by deadline, with filters and keyset pagination on (deadlineAt, id) so
// a deep page costs the same as the first (index Complaint(departmentId, deadlineAt, id)).
import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { ComplaintStatus } from "@/generated/prisma/enums";
import { prisma } from "../db";
import { assertPermission, can, type Actor } from "../auth/actor";
import { isOverdue, OPEN_STATUSES } from "./complaint-format";

export const INBOX_PAGE_SIZE = 20;
const NEAR_DUE_HOURS = 24;

export const ZInboxFilters = z.object({
  state: z.enum(["open", "SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED", "RESOLVED", "CLOSED", "REJECTED", "all", "transfers"]).catch("open"),
  categoryId: z.string().max(40).optional().catch(undefined),
  due: z.enum(["any", "overdue", "near"]).catch("any"),
  q: z.string().trim().max(50).optional().catch(undefined),
  after: z.string().max(100).optional().catch(undefined),
  departmentId: z.string().max(40).optional().catch(undefined),
});
export type TInboxFilters = z.infer<typeof ZInboxFilters>;

function encodeCursor(c: { deadlineAt: Date; id: string }) {
  return Buffer.from(`${c.deadlineAt.toISOString()}|${c.id}`).toString("base64url");
}

function decodeCursor(cursor: string | undefined): { deadlineAt: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const deadlineAt = new Date(at);
  return id && !Number.isNaN(deadlineAt.getTime()) ? { deadlineAt, id } : null;
}

export async function listInbox({ actor, filters: raw, now = new Date() }: { actor: Actor; filters: Record<string, unknown>; now?: Date }) {
  assertPermission(actor, "complaints.view");
  const filters = ZInboxFilters.parse(raw);
  const seesAll = can(actor, "complaints.viewAll");
  const scope: Prisma.ComplaintWhereInput =
    filters.state === "transfers"
      ? { pendingTransferDepartmentId: seesAll && filters.departmentId ? filters.departmentId : actor.departmentId }
      : seesAll
        ? filters.departmentId
          ? { departmentId: filters.departmentId }
          : {}
        : { departmentId: actor.departmentId };

  const where: Prisma.ComplaintWhereInput = { ...scope };
  if (filters.state === "open") where.status = { in: OPEN_STATUSES };
  else if (filters.state !== "all" && filters.state !== "transfers") where.status = filters.state as ComplaintStatus;
  if (filters.categoryId) where.categoryId = filters.categoryId;
  if (filters.due === "overdue") {
    where.status = { in: OPEN_STATUSES };
    where.deadlineAt = { lt: now };
  } else if (filters.due === "near") {
    where.status = { in: OPEN_STATUSES };
    where.deadlineAt = { gte: now, lt: new Date(now.getTime() + NEAR_DUE_HOURS * 3_600_000) };
  }
  if (filters.q) {
    const q = filters.q.toUpperCase();
    where.OR = /^TC\d{4,12}$/.test(q) ? [{ trackingNo: { startsWith: q } }] : [{ title: { contains: filters.q } }, { description: { contains: filters.q } }];
  }
  const cursor = decodeCursor(filters.after);
  const page = await prisma.complaint.findMany({
    where: cursor ? { AND: [where, { OR: [{ deadlineAt: { gt: cursor.deadlineAt } }, { deadlineAt: cursor.deadlineAt, id: { gt: cursor.id } }] }] } : where,
    orderBy: [{ deadlineAt: "asc" }, { id: "asc" }],
    take: INBOX_PAGE_SIZE + 1,
    select: {
      id: true,
      trackingNo: true,
      title: true,
      status: true,
      deadlineAt: true,
      createdAt: true,
      yellowWarnAt: true,
      pendingTransferDepartmentId: true,
      extensionRequestedUntil: true,
      reopenCount: true,
      category: { select: { name: true } },
      department: { select: { name: true } },
      handler: { select: { name: true } },
    },
  });
  const hasMore = page.length > INBOX_PAGE_SIZE;
  const items = page.slice(0, INBOX_PAGE_SIZE).map((c) => ({
    ...c,
    isOverdue: isOverdue(c, now),
    isNearDue: !isOverdue(c, now) && OPEN_STATUSES.includes(c.status) && (c.yellowWarnAt ? c.yellowWarnAt <= now : false),
  }));
  const grouped = await prisma.complaint.groupBy({ by: ["status"], where: scope, _count: { _all: true } });
  const counts = Object.fromEntries(grouped.map((g) => [g.status, g._count._all])) as Partial<Record<ComplaintStatus, number>>;
  const overdue = await prisma.complaint.count({ where: { ...scope, status: { in: OPEN_STATUSES }, deadlineAt: { lt: now } } });
  return { items, nextCursor: hasMore ? encodeCursor(items[items.length - 1]) : null, counts, overdue, filters };
}
export type TInboxItem = Awaited<ReturnType<typeof listInbox>>["items"][number];
