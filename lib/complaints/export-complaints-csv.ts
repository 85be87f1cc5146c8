// The CSV export of the cases filed in a date range (statistics page). Streams the rows in
// keyset-paginated pages of (createdAt, id), so a range of a million cases never sits in memory,
// and writes who exported which range to the audit log before the first byte.
import "server-only";
import type { ComplaintStatus } from "@/generated/prisma/enums";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { csvRow, UTF8_BOM } from "../csv";
import { statsDepartmentScope } from "./complaint-stats";
import type { StatsRange } from "./complaint-stats.schema";

const PAGE_SIZE = 1000;

export const CSV_HEADER = ["受理编号", "提交时间", "诉求类别", "承办部门", "状态", "办理期限", "办结时间", "是否按时办结", "满意度", "重办次数"];

const STATUS_LABELS: Record<ComplaintStatus, string> = {
  SUBMITTED: "待签收",
  ACCEPTED: "已签收",
  ASSIGNED: "已分派",
  IN_PROGRESS: "办理中",
  RESOLVED: "已办结",
  CLOSED: "已结案",
  REJECTED: "不予受理",
  REOPENED: "重办中",
};

const OPEN: ComplaintStatus[] = ["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"];

/** "2026-03-03 10:00" in Beijing time (UTC+8, no daylight saving). */
function beijingDateTime(at: Date | null): string {
  if (!at) return "";
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}

/** 是 / 否 as the statistics count it; empty while a case is not yet due or was rejected. */
function onTimeLabel(c: { status: ComplaintStatus; deadlineAt: Date; resolvedAt: Date | null; closedAt: Date | null }, now: Date): string {
  if (c.status === "RESOLVED" || c.status === "CLOSED") {
    const done = c.resolvedAt ?? c.closedAt;
    return done && done <= c.deadlineAt ? "是" : "否";
  }
  if (OPEN.includes(c.status) && c.deadlineAt < now) return "否";
  return "";
}

export async function exportComplaintsCsv({ actor, range, now = new Date() }: { actor: Actor | null; range: StatsRange; now?: Date }) {
  assertPermission(actor, "stats.view");
  const departmentId = statsDepartmentScope(actor);
  await prisma.$transaction((tx) =>
    writeAudit(tx, {
      actorId: actor.id,
      action: "complaints.exported",
      targetType: "Complaint",
      details: { from: range.from, to: range.to, departmentId },
    }),
  );

  const encoder = new TextEncoder();
  let cursor: { createdAt: Date; id: string } | null = null;
  let isDone = false;

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvRow(CSV_HEADER)));
    },
    async pull(controller) {
      if (isDone) return;
      const after = cursor;
      const page = await prisma.complaint.findMany({
        where: {
          createdAt: { gte: range.start, lt: range.end },
          ...(departmentId ? { departmentId } : {}),
          ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}),
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: PAGE_SIZE,
        select: {
          id: true,
          trackingNo: true,
          createdAt: true,
          status: true,
          deadlineAt: true,
          resolvedAt: true,
          closedAt: true,
          satisfaction: true,
          reopenCount: true,
          category: { select: { name: true } },
          department: { select: { name: true } },
        },
      });
      let chunk = "";
      for (const c of page) {
        chunk += csvRow([
          c.trackingNo,
          beijingDateTime(c.createdAt),
          c.category.name,
          c.department.name,
          STATUS_LABELS[c.status],
          beijingDateTime(c.deadlineAt),
          beijingDateTime(c.resolvedAt),
          onTimeLabel(c, now),
          c.satisfaction,
          c.reopenCount,
        ]);
      }
      if (chunk) controller.enqueue(encoder.encode(chunk));
      if (page.length < PAGE_SIZE) {
        isDone = true;
        controller.close();
      } else {
        const last = page[page.length - 1];
        cursor = { createdAt: last.createdAt, id: last.id };
      }
    },
  });

  const scope = departmentId ? "department" : "all";
  return { stream, filename: `complaints-${scope}-${range.from}-${range.to}.csv` };
}
