// Call-back satisfaction per department, for the scorecards (考核: satisfaction counts online
// ratings and call-backs). Only call-backs that reached the citizen count; the last call-back of a
// case counts once.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";

export interface CallbackSatisfaction {
  departmentId: string;
  /** Cases with a call-back that reached the citizen in the range. */
  reached: number;
  satisfied: number;
  solved: number;
  /** Call-backs that did not reach the citizen (the last attempt of a case). */
  notReached: number;
}

/** Call-backs recorded in [from, to), grouped by the department responsible at the call. */
export async function getCallbackSatisfaction({ from, to, departmentIds }: { from: Date; to: Date; departmentIds?: string[] }): Promise<CallbackSatisfaction[]> {
  const filter = departmentIds?.length ? Prisma.sql`AND "departmentId" IN (${Prisma.join(departmentIds)})` : Prisma.empty;
  return prisma.$queryRaw<CallbackSatisfaction[]>`
    WITH last AS (
      SELECT DISTINCT ON ("complaintId") "complaintId", "departmentId", "isReached", "isSolved", "isSatisfied"
      FROM "ComplaintCallback"
      WHERE "createdAt" >= ${from} AND "createdAt" < ${to} ${filter}
      ORDER BY "complaintId", "createdAt" DESC
    )
    SELECT "departmentId",
      count(*) FILTER (WHERE "isReached")::int AS "reached",
      count(*) FILTER (WHERE "isReached" AND "isSatisfied")::int AS "satisfied",
      count(*) FILTER (WHERE "isReached" AND "isSolved")::int AS "solved",
      count(*) FILTER (WHERE NOT "isReached")::int AS "notReached"
    FROM last GROUP BY "departmentId" ORDER BY "departmentId"`;
}
