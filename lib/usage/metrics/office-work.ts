// The mobile office's use per unit and month (issue: documents sent and signed for and how fast,
// tasks on time, meeting replies on time, information reports adopted). Each reads its own
// domain's table with one grouped query.
import { Prisma } from "@/generated/prisma/client";
import { defineUsageMetric, type UsageContext } from "../define-metric";

const unit = (column: string, departmentId: UsageContext["departmentId"]) =>
  departmentId ? Prisma.sql`AND ${Prisma.raw(column)} = ${departmentId}` : Prisma.empty;

type Row = { departmentId: string; n: number; d?: number };
const figures = (rows: Row[], rate: boolean) =>
  rows.map((r) => (rate ? { departmentId: r.departmentId, value: Number(r.n), denominator: Number(r.d) } : { departmentId: r.departmentId, value: Number(r.n) }));

/** Documents the unit distributed (发文) in the month. */
export const documentsSentMetric = defineUsageMetric({
  key: "documents_sent",
  label: "网上发文件数",
  kind: "count",
  unit: "件",
  defaultWeight: 0,
  async compute(db, { departmentId, monthStart, monthEnd }) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT "departmentId", count(*)::int AS "n" FROM "OfficialDocument"
       WHERE "distributedAt" >= ${monthStart} AND "distributedAt" < ${monthEnd} ${unit(`"departmentId"`, departmentId)}
       GROUP BY 1`;
    return figures(rows, false);
  },
});

/** Of the documents sent to the unit in the month, the share its clerks signed for within 24 hours. */
export const documentsSignedFastMetric = defineUsageMetric({
  key: "documents_signed_24h",
  label: "收文24小时内签收率",
  kind: "rate",
  defaultWeight: 10,
  async compute(db, { departmentId, monthStart, monthEnd }) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT "departmentId", count(*) FILTER (WHERE "signedAt" <= "createdAt" + interval '24 hours')::int AS "n", count(*)::int AS "d"
        FROM "DocumentReceipt"
       WHERE "departmentId" IS NOT NULL AND "createdAt" >= ${monthStart} AND "createdAt" < ${monthEnd} ${unit(`"departmentId"`, departmentId)}
       GROUP BY 1`;
    return figures(rows, true);
  },
});

/** Of the unit's assigned tasks due in the month, the share it finished (办结 proposed) by the deadline. */
export const tasksOnTimeMetric = defineUsageMetric({
  key: "tasks_on_time",
  label: "交办任务按时办结率",
  kind: "rate",
  defaultWeight: 15,
  async compute(db, { departmentId, monthStart, monthEnd }) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT "departmentId", count(*) FILTER (WHERE "finishedAt" IS NOT NULL AND "finishedAt" <= "dueAt")::int AS "n", count(*)::int AS "d"
        FROM "TaskAssignment"
       WHERE "dueAt" >= ${monthStart} AND "dueAt" < ${monthEnd} ${unit(`"departmentId"`, departmentId)}
       GROUP BY 1`;
    return figures(rows, true);
  },
});

/** Of the meeting invitations to the unit whose reply was due in the month, the share answered in time. */
export const meetingRepliesOnTimeMetric = defineUsageMetric({
  key: "meeting_replies_on_time",
  label: "会议按时回复率",
  kind: "rate",
  defaultWeight: 5,
  async compute(db, { departmentId, monthStart, monthEnd }) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT "departmentId", count(*) FILTER (WHERE "repliedAt" IS NOT NULL AND "repliedAt" <= "replyDueAt")::int AS "n", count(*)::int AS "d"
        FROM "MeetingInvitation"
       WHERE "replyDueAt" >= ${monthStart} AND "replyDueAt" < ${monthEnd} ${unit(`"departmentId"`, departmentId)}
       GROUP BY 1`;
    return figures(rows, true);
  },
});

/** Information reports of the unit adopted (采用) by the county office in the month. */
export const reportsAdoptedMetric = defineUsageMetric({
  key: "reports_adopted",
  label: "信息采用条数",
  kind: "count",
  unit: "条",
  defaultWeight: 0,
  async compute(db, { departmentId, monthStart, monthEnd }) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT "departmentId", count(*)::int AS "n" FROM "InfoReport"
       WHERE "adoptedAt" >= ${monthStart} AND "adoptedAt" < ${monthEnd} ${unit(`"departmentId"`, departmentId)}
       GROUP BY 1`;
    return figures(rows, false);
  },
});
