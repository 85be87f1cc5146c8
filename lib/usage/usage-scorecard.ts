// 使用情况 (督查 of the system itself): per unit per month, every registered metric
// (metrics/index.ts), a ranking and the paper saved. The ranking is the weighted mean of the
// metrics a unit has, each scaled to 0–1: a rate as it is, a count against the month's highest
// unit; a metric with nothing to divide (no officers, no cases) drops out and the other weights
// count for it, as in the supervision scorecard. Weights and the cost of a printed page are
// set by an admin (UsageSettings).
import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { csvRow, UTF8_BOM } from "../csv";
import { beijingMonth } from "../vehicles/vehicle-stats";
import { formatYuan } from "../vehicles/money";
import type { UsageMetric } from "./define-metric";
import { USAGE_METRICS } from "./metrics";
import { PAPER_PAGES_KEY } from "./metrics/paper-pages";
import { settingsSchema } from "./usage.schema";

export const DEFAULT_PAGE_COST_FEN = 30;

export interface UsageSettingsView {
  weights: Record<string, number>;
  pageCostFen: number;
}

export async function getUsageSettings(metrics: UsageMetric[] = USAGE_METRICS): Promise<UsageSettingsView> {
  const row = await prisma.usageSettings.findUnique({ where: { id: "default" } });
  const stored = (row?.weights ?? {}) as Record<string, unknown>;
  const weights = Object.fromEntries(metrics.map((m) => [m.key, typeof stored[m.key] === "number" ? (stored[m.key] as number) : m.defaultWeight]));
  return { weights, pageCostFen: row?.pageCostFen ?? DEFAULT_PAGE_COST_FEN };
}

export async function saveUsageSettings({ actor, input, metrics = USAGE_METRICS }: { actor: Actor; input: unknown; metrics?: UsageMetric[] }): Promise<UsageSettingsView> {
  assertPermission(actor, "settings.manage");
  const keys = metrics.map((m) => m.key);
  const v = parseInput(settingsSchema(keys), input) as Record<string, number>;
  const weights = Object.fromEntries(keys.map((k) => [k, v[`w_${k}`]]));
  await prisma.$transaction(async (tx) => {
    await tx.usageSettings.upsert({
      where: { id: "default" },
      create: { id: "default", weights, pageCostFen: v.pageCost, updatedById: actor.id },
      update: { weights, pageCostFen: v.pageCost, updatedById: actor.id, updatedAt: new Date() },
    });
    await writeAudit(tx, { actorId: actor.id, action: "usage.settings_saved", targetType: "UsageSettings", targetId: "default", details: { ...weights, pageCostFen: v.pageCost } });
  });
  return { weights, pageCostFen: v.pageCost };
}

export interface UsageCell {
  value: number;
  denominator: number | null;
  /** 0–1 as ranked: the rate, or the count against the month's highest unit; null when it drops out. */
  score: number | null;
}

export interface UsageRow {
  departmentId: string;
  departmentName: string;
  cells: Record<string, UsageCell>;
  score: number | null;
  rank: number | null;
  paperPages: number;
  paperSavedFen: number;
}

export async function getUsageScorecard({ actor, month, now = new Date(), metrics = USAGE_METRICS }: { actor: Actor; month: string; now?: Date; metrics?: UsageMetric[] }) {
  assertPermission(actor, "usage.view");
  const { start, end } = beijingMonth(month);
  const [figures, departments, settings] = await Promise.all([
    Promise.all(metrics.map((m) => m.compute(prisma, { monthStart: start, monthEnd: end, now }))),
    prisma.department.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    getUsageSettings(metrics),
  ]);
  const byMetric = metrics.map((m, i) => ({ metric: m, byUnit: new Map(figures[i].map((f) => [f.departmentId, f])), max: Math.max(0, ...figures[i].map((f) => f.value)) }));

  const rows: UsageRow[] = departments.map((d) => {
    const cells: Record<string, UsageCell> = {};
    for (const { metric, byUnit, max } of byMetric) {
      const f = byUnit.get(d.id);
      const value = f?.value ?? 0;
      const denominator = metric.kind === "rate" ? (f?.denominator ?? 0) : null;
      const score = metric.kind === "rate" ? (denominator ? value / denominator : null) : max > 0 ? value / max : null;
      cells[metric.key] = { value, denominator, score };
    }
    const paperPages = cells[PAPER_PAGES_KEY]?.value ?? 0;
    return { departmentId: d.id, departmentName: d.name, cells, score: weightedUsageScore(cells, settings.weights), rank: null, paperPages, paperSavedFen: paperPages * settings.pageCostFen };
  });
  rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  let rank = 0;
  rows.forEach((r, i) => {
    if (r.score === null) return;
    rank = i > 0 && rows[i - 1].score === r.score ? rank : i + 1;
    r.rank = rank;
  });
  const paperPages = rows.reduce((n, r) => n + r.paperPages, 0);
  return {
    month,
    metrics: metrics.map((m) => ({ key: m.key, label: m.label, kind: m.kind, unit: m.unit ?? null, note: m.note ?? null, weight: settings.weights[m.key] ?? 0 })),
    rows,
    settings,
    paper: { pages: paperPages, savedFen: paperPages * settings.pageCostFen },
  };
}

/** The weighted mean (0–100, one decimal) of the scores a unit has; null when none counts. */
export function weightedUsageScore(cells: Record<string, Pick<UsageCell, "score">>, weights: Record<string, number>): number | null {
  let sum = 0;
  let total = 0;
  for (const [key, cell] of Object.entries(cells)) {
    const w = weights[key] ?? 0;
    if (cell.score === null || w <= 0) continue;
    sum += cell.score * w;
    total += w;
  }
  return total === 0 ? null : Math.round((sum / total) * 1000) / 10;
}

export const formatUsageCell = (cell: UsageCell, kind: "rate" | "count") =>
  kind === "rate" ? (cell.denominator ? `${Math.round((cell.value / cell.denominator) * 1000) / 10}%（${cell.value}/${cell.denominator}）` : "—") : String(cell.value);

export async function exportUsageCsv({ actor, month }: { actor: Actor; month: string }) {
  const card = await getUsageScorecard({ actor, month });
  const header = ["月份", "名次", "单位", "得分", ...card.metrics.map((m) => m.label), "节约纸张费用（元）"];
  const body =
    UTF8_BOM +
    csvRow(header) +
    card.rows.map((r) => csvRow([month, r.rank, r.departmentName, r.score, ...card.metrics.map((m) => formatUsageCell(r.cells[m.key], m.kind)), formatYuan(r.paperSavedFen)])).join("");
  await prisma.$transaction((tx) => writeAudit(tx, { actorId: actor.id, action: "usage.exported", targetType: "UsageSettings", details: { date: month } }));
  return { body, filename: `usage-${month}.csv` };
}
