// Per-department scorecards (DESIGN.md "Scorecards per department"): response, on-time,
// resolution, satisfaction and redo rates and the overdue count for the cases filed in a date
// range, plus the volume and on-time trend by week or month. Computed with grouped aggregates in
// SQL (count(*) FILTER ...), never by loading cases, so it stays one index range scan at a
// million rows. "Overdue" is derived from deadlineAt at read time, as everywhere.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma, type Tx } from "../db";
import { assertPermission, can, type Actor } from "../auth/actor";
import type { StatsRange } from "./complaint-stats.schema";
import { countDueByDepartment } from "../supervision/supervision-board";

/** States in which a case is still being handled (it can be overdue). */
export const OPEN_STATUSES = ["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"] as const;

export interface Ratio {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when there is nothing to divide by. */
  rate: number | null;
}

export interface DepartmentStats {
  departmentId: string;
  departmentName: string;
  filed: number;
  rejected: number;
  responseRate: Ratio;
  onTimeRate: Ratio;
  resolutionRate: Ratio;
  satisfactionRate: Ratio;
  redoRate: Ratio;
  /**
   * Open items past their deadline now, whenever they were filed: the supervision engine's count,
   * the same figure as the board's (lib/supervision/supervision-board.ts). The on-time rate still
   * counts only the cases filed in the range.
   */
  overdue: number;
}

export interface TrendPoint {
  /** Beijing date (YYYY-MM-DD) on which the week (Monday) or month starts. */
  period: string;
  filed: number;
  onTimeRate: Ratio;
}

export interface ComplaintStats {
  /** "department" when the actor sees only their own department. */
  scope: "all" | "department";
  departments: DepartmentStats[];
  total: DepartmentStats;
  trend: TrendPoint[];
  generatedAt: Date;
}

interface CountRow {
  departmentId: string;
  departmentName: string;
  filed: number;
  rejected: number;
  responseBase: number;
  respondedInTime: number;
  resolved: number;
  resolvedOnTime: number;
  overdue: number;
  rated: number;
  satisfied: number;
  everResolved: number;
  reopened: number;
}

const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  rate: denominator > 0 ? numerator / denominator : null,
});

function toStats(r: CountRow): DepartmentStats {
  return {
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    filed: r.filed,
    rejected: r.rejected,
    responseRate: ratio(r.respondedInTime, r.responseBase),
    onTimeRate: ratio(r.resolvedOnTime, r.resolved + r.overdue),
    resolutionRate: ratio(r.resolved, r.filed - r.rejected),
    satisfactionRate: ratio(r.satisfied, r.rated),
    redoRate: ratio(r.reopened, r.everResolved),
    overdue: r.overdue,
  };
}

const COUNT_KEYS = ["filed", "rejected", "responseBase", "respondedInTime", "resolved", "resolvedOnTime", "overdue", "rated", "satisfied", "everResolved", "reopened"] as const;

/**
 * The counted columns, shared by the department and the trend queries. The definitions shown on
 * the page (components/stats/stats-definitions.tsx) describe exactly these filters.
 */
function countColumns(now: Date) {
  const open = Prisma.join(OPEN_STATUSES.map((s) => Prisma.sql`${s}::"ComplaintStatus"`));
  return Prisma.sql`
    count(*)::int AS "filed",
    count(*) FILTER (WHERE c."status" = 'REJECTED')::int AS "rejected",
    count(*) FILTER (WHERE c."status" <> 'REJECTED' AND (c."acceptedAt" IS NOT NULL OR c."acceptDeadlineAt" < ${now}))::int AS "responseBase",
    count(*) FILTER (WHERE c."status" <> 'REJECTED' AND c."acceptedAt" IS NOT NULL
                     AND (c."acceptDeadlineAt" IS NULL OR c."acceptedAt" <= c."acceptDeadlineAt"))::int AS "respondedInTime",
    count(*) FILTER (WHERE c."status" IN ('RESOLVED', 'CLOSED'))::int AS "resolved",
    count(*) FILTER (WHERE c."status" IN ('RESOLVED', 'CLOSED') AND COALESCE(c."resolvedAt", c."closedAt") <= c."deadlineAt")::int AS "resolvedOnTime",
    count(*) FILTER (WHERE c."status" IN (${open}) AND c."deadlineAt" < ${now})::int AS "overdue",
    count(*) FILTER (WHERE c."satisfaction" IS NOT NULL)::int AS "rated",
    count(*) FILTER (WHERE c."satisfaction" >= 4)::int AS "satisfied",
    count(*) FILTER (WHERE c."resolvedAt" IS NOT NULL OR c."reopenCount" > 0)::int AS "everResolved",
    count(*) FILTER (WHERE c."reopenCount" > 0)::int AS "reopened"`;
}

/** The department an actor is limited to, or null when they see every department. */
export function statsDepartmentScope(actor: Actor): string | null {
  return can(actor, "complaints.viewAll") ? null : actor.departmentId;
}

export async function getComplaintStats({ actor, range, now = new Date() }: { actor: Actor; range: StatsRange; now?: Date }): Promise<ComplaintStats> {
  assertPermission(actor, "stats.view");
  const departmentId = statsDepartmentScope(actor);
  const where = Prisma.sql`c."createdAt" >= ${range.start} AND c."createdAt" < ${range.end}
    ${departmentId ? Prisma.sql`AND c."departmentId" = ${departmentId}` : Prisma.empty}`;

  const [rows, trendRows, due] = await Promise.all([
    departmentCountRows(prisma, { start: range.start, end: range.end, departmentId, now }),
    // Periods in Beijing time: timestamps are stored in UTC and Beijing has no daylight saving.
    prisma.$queryRaw<(CountRow & { period: Date })[]>`
      SELECT date_trunc(${range.by}, c."createdAt" + interval '8 hours') AS "period", ${countColumns(now)}
      FROM "Complaint" c
      WHERE ${where}
      GROUP BY 1
      ORDER BY 1`,
    countDueByDepartment({ departmentId }, now),
  ]);
  const overdueNow = new Map(due.map((d) => [d.departmentId, d.overdue]));

  // Every department in scope gets a row, with zeros when nothing was filed: an empty row is
  // information too (and a department head always sees their own).
  const counted = new Map(rows.map((r) => [r.departmentId, normalise(r)]));
  const inScope = await prisma.department.findMany({
    where: departmentId ? { id: departmentId } : undefined,
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
  const departments = inScope.map((d) => ({
    ...toStats(counted.get(d.id) ?? { ...zeroCounts(), departmentId: d.id, departmentName: d.name }),
    overdue: overdueNow.get(d.id) ?? 0,
  }));

  const totals = zeroCounts();
  for (const r of rows.map(normalise)) for (const k of COUNT_KEYS) totals[k] += r[k];

  const byPeriod = new Map(trendRows.map((r) => [r.period.toISOString().slice(0, 10), normalise(r)]));
  const trend = periodsOf(range).map((period) => {
    const r: Record<(typeof COUNT_KEYS)[number], number> = byPeriod.get(period) ?? zeroCounts();
    return { period, filed: r.filed, onTimeRate: ratio(r.resolvedOnTime, r.resolved + r.overdue) };
  });

  return {
    scope: departmentId ? "department" : "all",
    departments,
    total: { ...toStats({ ...totals, departmentId: "", departmentName: "合计" }), overdue: due.reduce((n, d) => n + d.overdue, 0) },
    trend,
    generatedAt: now,
  };
}

async function departmentCountRows(db: Pick<Tx, "$queryRaw">, { start, end, departmentId, now }: { start: Date; end: Date; departmentId: string | null; now: Date }) {
  return db.$queryRaw<CountRow[]>`
    SELECT c."departmentId" AS "departmentId", d."name" AS "departmentName", ${countColumns(now)}
    FROM "Complaint" c JOIN "Department" d ON d."id" = c."departmentId"
    WHERE c."createdAt" >= ${start} AND c."createdAt" < ${end}
    ${departmentId ? Prisma.sql`AND c."departmentId" = ${departmentId}` : Prisma.empty}
    GROUP BY c."departmentId", d."name"`;
}

/**
 * The rates of the departments that had cases filed in [start, end), with no permission check:
 * the same query as getComplaintStats (and so the supervision scorecard), for other scorecards
 * that read these figures (lib/usage). `overdue` here counts only the cases filed in the range.
 */
export async function departmentCaseStats(db: Pick<Tx, "$queryRaw">, options: { start: Date; end: Date; departmentId?: string | null; now?: Date }): Promise<DepartmentStats[]> {
  const rows = await departmentCountRows(db, { start: options.start, end: options.end, departmentId: options.departmentId ?? null, now: options.now ?? new Date() });
  return rows.map((r) => toStats(normalise(r)));
}

function zeroCounts() {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Record<(typeof COUNT_KEYS)[number], number>;
}

// Drivers may hand back counts as bigint or string; make them plain numbers.
function normalise<T extends CountRow>(row: T): T {
  const out = { ...row };
  for (const k of COUNT_KEYS) out[k] = Number(row[k] ?? 0);
  return out;
}

/** Every week (from Monday) or month that overlaps the range, so empty periods show as zero. */
function periodsOf(range: StatsRange): string[] {
  const periods: string[] = [];
  const first = new Date(`${range.from}T00:00:00Z`);
  let cursor: Date;
  if (range.by === "month") {
    cursor = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
  } else {
    const weekday = (first.getUTCDay() + 6) % 7; // Monday = 0, as date_trunc('week') counts
    cursor = new Date(first.getTime() - weekday * 86_400_000);
  }
  const last = new Date(`${range.to}T00:00:00Z`);
  while (cursor <= last) {
    periods.push(cursor.toISOString().slice(0, 10));
    cursor =
      range.by === "month"
        ? new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1))
        : new Date(cursor.getTime() + 7 * 86_400_000);
  }
  return periods;
}
