// Officers active: the unit's officers who signed in at least once in the month (the audit log's
// `officer.signed_in` rows, which hold for every month, unlike lastSignInAt), over the unit's
// officers on the authorized list and active at the month's end.
import { Prisma } from "@/generated/prisma/client";
import { defineUsageMetric } from "../define-metric";

export const officersActiveMetric = defineUsageMetric({
  key: "officers_active",
  label: "人员登录率",
  kind: "rate",
  defaultWeight: 40,
  async compute(db, { departmentId, monthStart, monthEnd }) {
    const rows = await db.$queryRaw<{ departmentId: string; active: number; total: number }[]>`
      SELECT o."departmentId", count(*) FILTER (WHERE s."actorId" IS NOT NULL)::int AS "active", count(*)::int AS "total"
      FROM "Officer" o
      LEFT JOIN (SELECT DISTINCT "actorId" FROM "AuditLog" WHERE "action" = 'officer.signed_in' AND "createdAt" >= ${monthStart} AND "createdAt" < ${monthEnd}) s
        ON s."actorId" = o."id"
      WHERE (o."isActive" OR s."actorId" IS NOT NULL) AND o."createdAt" < ${monthEnd}
      ${departmentId ? Prisma.sql`AND o."departmentId" = ${departmentId}` : Prisma.empty}
      GROUP BY 1`;
    return rows.map((r) => ({ departmentId: r.departmentId, value: Number(r.active), denominator: Number(r.total) }));
  },
});
