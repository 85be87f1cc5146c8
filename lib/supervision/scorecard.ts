// 考核: per department per month. Acceptance within limit, on-time finish and redo rate use the
// statistics' definitions (lib/complaints/complaint-stats.ts, same SQL); satisfaction is summed
// over every kind's `satisfaction` feed (complaints: online ratings plus call-backs that reached
// the citizen, lib/complaints/callback-satisfaction.ts); orders answered on time are read from SupervisionOrder. The score is
// the weighted mean of the rates a department has (weights set by an admin; a rate with nothing
// to divide drops out and the other weights are rescaled). Departments with no case in the month
// are left out. Late orders raise 通报 (one) or 约谈 (two or more) markers.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { getComplaintStats, statsDepartmentScope, type Ratio } from "../complaints/complaint-stats";
import { toStatsRange } from "../complaints/complaint-stats.schema";
import { COUNTY_TOWNS } from "../broadcast/county-towns";
import { supervisionKinds } from "./kinds";
import { ZScorecardWeights } from "./supervision.schema";

export type ScorecardWeights = { acceptance: number; onTime: number; redo: number; satisfaction: number; orders: number };
export const DEFAULT_WEIGHTS: ScorecardWeights = { acceptance: 20, onTime: 30, redo: 15, satisfaction: 25, orders: 10 };
export const WEIGHT_LABELS: Record<keyof ScorecardWeights, string> = { acceptance: "按时签收率", onTime: "按时办结率", redo: "未重办率", satisfaction: "满意率", orders: "督办单按时反馈率" };

const ratio = (n: number, d: number): Ratio => ({ numerator: n, denominator: d, rate: d > 0 ? n / d : null });

export async function getScorecardWeights(): Promise<ScorecardWeights> {
  const row = await prisma.scorecardSettings.findUnique({ where: { id: "default" } });
  const parsed = ZScorecardWeights.safeParse(row?.weights ?? {});
  return parsed.success ? parsed.data : DEFAULT_WEIGHTS;
}

export async function saveScorecardWeights({ actor, input }: { actor: Actor; input: unknown }): Promise<ScorecardWeights> {
  assertPermission(actor, "supervision.scorecard.configure");
  const weights = parseInput(ZScorecardWeights, input);
  await prisma.$transaction(async (tx) => {
    await tx.scorecardSettings.upsert({ where: { id: "default" }, create: { id: "default", weights, updatedById: actor.id }, update: { weights, updatedById: actor.id, updatedAt: new Date() } });
    await writeAudit(tx, { actorId: actor.id, action: "supervision.scorecard_weights", targetType: "ScorecardSettings", targetId: "default", details: weights });
  });
  return weights;
}

export interface ScorecardRow {
  departmentId: string;
  departmentName: string;
  filed: number;
  acceptance: Ratio;
  onTime: Ratio;
  redo: Ratio;
  satisfaction: Ratio;
  orders: Ratio;
  lateOrders: number;
  marker: "约谈" | "通报" | null;
  score: number | null;
  rank: number | null;
}

/** The month as a stats range: "2026-11" → 2026-11-01..2026-11-30. */
export function monthRange(month: string) {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { month: "请按“2026-11”的格式选择月份" } });
  const [y, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return toStatsRange({ from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}`, by: "month" });
}

export async function getScorecards({ actor, month, now = new Date() }: { actor: Actor; month: string; now?: Date }) {
  assertPermission(actor, "stats.view");
  const range = monthRange(month);
  const departmentId = statsDepartmentScope(actor);
  const scope = { departmentId };
  const [stats, weights, satisfaction, orders, byCategory, byTown] = await Promise.all([
    getComplaintStats({ actor, range, now }),
    getScorecardWeights(),
    Promise.all(supervisionKinds().map((k) => (k.satisfaction ? k.satisfaction(prisma, scope, range.start, range.end) : Promise.resolve([])))),
    prisma.$queryRaw<{ departmentId: string; due: number; onTime: number; late: number }[]>`
      SELECT "departmentId", count(*)::int AS "due",
        count(*) FILTER (WHERE "answeredAt" IS NOT NULL AND "answeredAt" <= "deadlineAt")::int AS "onTime",
        count(*) FILTER (WHERE ("answeredAt" IS NULL AND "deadlineAt" < ${now}) OR "answeredAt" > "deadlineAt")::int AS "late"
      FROM "SupervisionOrder"
      WHERE "deadlineAt" >= ${range.start} AND "deadlineAt" < ${range.end} AND ("answeredAt" IS NOT NULL OR "deadlineAt" < ${now})
      ${departmentId ? Prisma.sql`AND "departmentId" = ${departmentId}` : Prisma.empty}
      GROUP BY 1`,
    prisma.$queryRaw<{ name: string; n: number }[]>`
      SELECT cat."name", count(*)::int AS "n" FROM "Complaint" c JOIN "ComplaintCategory" cat ON cat."id" = c."categoryId"
      WHERE c."createdAt" >= ${range.start} AND c."createdAt" < ${range.end}
      ${departmentId ? Prisma.sql`AND c."departmentId" = ${departmentId}` : Prisma.empty}
      GROUP BY 1 ORDER BY 2 DESC`,
    prisma.$queryRaw<{ town: string; n: number }[]>`
      SELECT t."name" AS "town", count(*)::int AS "n"
      FROM "Complaint" c JOIN (VALUES ${Prisma.join(COUNTY_TOWNS.map((t) => Prisma.sql`(${t.name})`))}) AS t("name") ON c."address" LIKE '%' || t."name" || '%'
      WHERE c."createdAt" >= ${range.start} AND c."createdAt" < ${range.end}
      ${departmentId ? Prisma.sql`AND c."departmentId" = ${departmentId}` : Prisma.empty}
      GROUP BY 1 ORDER BY 2 DESC`,
  ]);
  const sat = new Map<string, { rated: number; satisfied: number }>();
  for (const r of satisfaction.flat()) {
    const s = sat.get(r.departmentId) ?? { rated: 0, satisfied: 0 };
    s.rated += r.rated;
    s.satisfied += r.satisfied;
    sat.set(r.departmentId, s);
  }
  const orderBy = new Map(orders.map((o) => [o.departmentId, { due: Number(o.due), onTime: Number(o.onTime), late: Number(o.late) }]));

  const rows: ScorecardRow[] = stats.departments
    .filter((d) => d.filed > 0)
    .map((d) => {
      const s = sat.get(d.departmentId) ?? { rated: 0, satisfied: 0 };
      const o = orderBy.get(d.departmentId) ?? { due: 0, onTime: 0, late: 0 };
      const row = {
        departmentId: d.departmentId,
        departmentName: d.departmentName,
        filed: d.filed,
        acceptance: d.responseRate,
        onTime: d.onTimeRate,
        redo: d.redoRate,
        satisfaction: ratio(s.satisfied, s.rated),
        orders: ratio(o.onTime, o.due),
        lateOrders: o.late,
        marker: o.late >= 2 ? ("约谈" as const) : o.late === 1 ? ("通报" as const) : null,
        score: null as number | null,
        rank: null as number | null,
      };
      row.score = weightedScore(row, weights);
      return row;
    })
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.departmentName.localeCompare(b.departmentName, "zh"));
  let rank = 0;
  rows.forEach((r, i) => {
    if (r.score === null) return;
    rank = i > 0 && rows[i - 1].score === r.score ? rank : i + 1;
    r.rank = rank;
  });
  return {
    month,
    scope: stats.scope,
    weights,
    rows,
    byCategory: byCategory.map((r) => ({ name: r.name, count: Number(r.n) })),
    byTown: byTown.map((r) => ({ name: r.town, count: Number(r.n) })),
  };
}

/** The weighted mean (0–100) of the rates that exist; the redo rate counts as 1 − redo. */
export function weightedScore(row: Pick<ScorecardRow, "acceptance" | "onTime" | "redo" | "satisfaction" | "orders">, weights: ScorecardWeights): number | null {
  const parts: [number | null, number][] = [
    [row.acceptance.rate, weights.acceptance],
    [row.onTime.rate, weights.onTime],
    [row.redo.rate === null ? null : 1 - row.redo.rate, weights.redo],
    [row.satisfaction.rate, weights.satisfaction],
    [row.orders.rate, weights.orders],
  ];
  const present = parts.filter(([rate, w]) => rate !== null && w > 0) as [number, number][];
  const total = present.reduce((n, [, w]) => n + w, 0);
  if (total === 0) return null;
  return Math.round((present.reduce((n, [rate, w]) => n + rate * w, 0) / total) * 1000) / 10;
}
