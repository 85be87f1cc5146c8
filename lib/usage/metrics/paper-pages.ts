// Pages circulated electronically: every sealed document's pages times the copies it went out in
// (one per recipient unit or officer), counted for the sending unit in the month of distribution.
// The paper-saving estimate multiplies it by the admin's per-page cost.
import { Prisma } from "@/generated/prisma/client";
import { defineUsageMetric } from "../define-metric";

export const PAPER_PAGES_KEY = "paper_pages";

export const paperPagesMetric = defineUsageMetric({
  key: PAPER_PAGES_KEY,
  label: "电子流转页数",
  kind: "count",
  unit: "页",
  defaultWeight: 0,
  async compute(db, { departmentId, monthStart, monthEnd }) {
    const rows = await db.$queryRaw<{ departmentId: string; n: number }[]>`
      SELECT d."departmentId", sum(coalesce(d."pageCount", 1))::int AS "n"
        FROM "DocumentReceipt" r JOIN "OfficialDocument" d ON d."id" = r."documentId"
       WHERE r."createdAt" >= ${monthStart} AND r."createdAt" < ${monthEnd}
       ${departmentId ? Prisma.sql`AND d."departmentId" = ${departmentId}` : Prisma.empty}
       GROUP BY 1`;
    return rows.map((r) => ({ departmentId: r.departmentId, value: Number(r.n) }));
  },
});
