// 督办看板 and the due counts, across every registered kind and each stage it sweeps. The board,
// the dashboard and the statistics all count "overdue" and "near due" here, with one definition
// per kind (open, not paused, past the deadline / past 80%), so their figures agree: those figures
// are each kind's main stage (a case's finish-by, an order's answer-by). The board also lists the
// other stages (a case's accept-by), each line naming its stage (受理超期, 办结超期, 反馈超期).
import "server-only";
import { prisma } from "../db";
import { assertPermission, can, type Actor } from "../auth/actor";
import { mainStageOf, STAGE_LABELS, sweptStagesOf, type BoardItem, type DueCount, type Scope, type StageKey } from "./define-kind";
import { supervisionKinds } from "./kinds";
import { ZBoardSort, type TBoardSort } from "./supervision.schema";

export function supervisionScope(actor: Actor): Scope {
  return { departmentId: can(actor, "complaints.viewAll") ? null : actor.departmentId };
}

function sumByDepartment(rows: DueCount[]): DueCount[] {
  const byDepartment = new Map<string, DueCount>();
  for (const r of rows) {
    const row = byDepartment.get(r.departmentId) ?? { departmentId: r.departmentId, overdue: 0, nearDue: 0 };
    row.overdue += r.overdue;
    row.nearDue += r.nearDue;
    byDepartment.set(r.departmentId, row);
  }
  return [...byDepartment.values()];
}

/** Overdue and near-due counts by department, summed over kinds (or the kinds named), each at its main stage. */
export async function countDueByDepartment(scope: Scope, now = new Date(), kinds = supervisionKinds()): Promise<DueCount[]> {
  const all = await Promise.all(kinds.map((k) => k.countDue(prisma, scope, now, mainStageOf(k))));
  return sumByDepartment(all.flat());
}

export async function countDue(scope: Scope, now = new Date(), kinds = supervisionKinds()): Promise<{ overdue: number; nearDue: number }> {
  const rows = await countDueByDepartment(scope, now, kinds);
  return rows.reduce((t, r) => ({ overdue: t.overdue + r.overdue, nearDue: t.nearDue + r.nearDue }), { overdue: 0, nearDue: 0 });
}

/** One line of the board: an item at one stage, overdue or near due. */
export interface BoardRow extends BoardItem {
  stage: StageKey;
  level: "overdue" | "nearDue";
  /** 受理超期, 办结临期, 反馈超期, ... */
  stageLabel: string;
}

export function stageLabel(stage: StageKey, level: "overdue" | "nearDue"): string {
  return `${STAGE_LABELS[stage]}${level === "overdue" ? "超期" : "临期"}`;
}

const collator = new Intl.Collator("zh-CN");
const STAGE_ORDER: Record<StageKey, number> = { accept: 0, answer: 1, finish: 2 };

/**
 * Sorts board lines by one column; ties fall back to the due time, then kind and id, so the order
 * is stable. Text columns sort by Chinese collation; lines without a handler sort last ascending.
 */
export function sortBoardRows(rows: BoardRow[], { sort, dir }: TBoardSort): BoardRow[] {
  const byDue = (a: BoardRow, b: BoardRow) => a.dueAt.getTime() - b.dueAt.getTime() || collator.compare(a.kind, b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const text = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : collator.compare(a, b));
  const primary: Record<TBoardSort["sort"], (a: BoardRow, b: BoardRow) => number> = {
    due: () => 0,
    department: (a, b) => text(a.departmentName, b.departmentName),
    kind: (a, b) => text(a.kindLabel, b.kindLabel),
    // By stage, overdue before near due within a stage.
    stage: (a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || (a.level === b.level ? 0 : a.level === "overdue" ? -1 : 1),
    status: (a, b) => text(a.statusLabel, b.statusLabel),
    handler: (a, b) => text(a.handlerName, b.handlerName),
  };
  const sign = dir === "desc" ? -1 : 1;
  return [...rows].sort((a, b) => sign * (primary[sort](a, b) || byDue(a, b)));
}

export async function getSupervisionBoard({ actor, now = new Date(), limit = 200, sort: sortInput }: { actor: Actor; now?: Date; limit?: number; sort?: unknown }) {
  assertPermission(actor, "supervision.view");
  const sort = ZBoardSort.parse(sortInput ?? {});
  const scope = supervisionScope(actor);
  const kinds = supervisionKinds();
  const stages = kinds.flatMap((k) => sweptStagesOf(k).map((stage) => ({ kind: k, stage })));
  const levels = ["overdue", "nearDue"] as const;
  const [lists, stageCounts, pendingExtensions, openOrders] = await Promise.all([
    Promise.all(stages.flatMap(({ kind, stage }) => levels.map(async (level) => (await kind.listDue(prisma, scope, now, level, limit, stage)).map((item): BoardRow => ({ ...item, stage, level, stageLabel: stageLabel(stage, level) }))))),
    Promise.all(stages.map(async ({ kind, stage }) => ({ stage, isMain: mainStageOf(kind) === stage, counts: await kind.countDue(prisma, scope, now, stage) }))),
    prisma.complaint.findMany({
      where: { ...(scope.departmentId ? { departmentId: scope.departmentId } : {}), status: { in: ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"] }, extensionRequestedUntil: { not: null }, extensionForwardedAt: { not: null } },
      orderBy: { deadlineAt: "asc" },
      take: limit,
      select: { id: true, trackingNo: true, title: true, deadlineAt: true, extensionRequestedUntil: true, extensionReason: true, version: true, department: { select: { name: true } } },
    }),
    prisma.supervisionOrder.findMany({
      where: { ...(scope.departmentId ? { departmentId: scope.departmentId } : {}), status: { in: ["OPEN", "ANSWERED"] } },
      orderBy: { deadlineAt: "asc" },
      take: limit,
      include: { department: { select: { name: true } }, complaint: { select: { id: true, trackingNo: true, title: true } } },
    }),
  ]);
  const counts = sumByDepartment(stageCounts.filter((s) => s.isMain).flatMap((s) => s.counts));
  const names = new Map((await prisma.department.findMany({ where: { id: { in: counts.map((c) => c.departmentId) } }, select: { id: true, name: true } })).map((d) => [d.id, d.name]));
  const totals = counts.reduce((t, r) => ({ overdue: t.overdue + r.overdue, nearDue: t.nearDue + r.nearDue }), { overdue: 0, nearDue: 0 });
  // Lines per stage label (受理超期 3, 办结临期 5, ...), full counts.
  const byStage = new Map<string, { stage: StageKey; level: "overdue" | "nearDue"; label: string; count: number }>();
  for (const s of stageCounts) {
    for (const level of levels) {
      const n = s.counts.reduce((sum, c) => sum + c[level], 0);
      if (n === 0) continue;
      const label = stageLabel(s.stage, level);
      const entry = byStage.get(label) ?? { stage: s.stage, level, label, count: 0 };
      entry.count += n;
      byStage.set(label, entry);
    }
  }
  // The most urgent `limit` lines, then in the order asked for.
  const all = lists.flat().sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const rows = sortBoardRows(all.slice(0, limit), sort);
  return {
    sort,
    /** Every stage's overdue and near-due lines, sorted as asked (at most `limit`). */
    rows,
    /** Whether lines were left out (more than `limit`). */
    truncated: all.length > limit,
    overdue: rows.filter((r) => r.level === "overdue"),
    nearDue: rows.filter((r) => r.level === "nearDue"),
    /** Full counts of the main stages (the dashboard's and the statistics' figures). */
    totals,
    stageTotals: [...byStage.values()].sort((a, b) => (a.level === b.level ? STAGE_ORDER[b.stage] - STAGE_ORDER[a.stage] : a.level === "overdue" ? -1 : 1)),
    pendingExtensions,
    openOrders: openOrders.filter((o) => o.status === "OPEN"),
    answeredOrders: openOrders.filter((o) => o.status === "ANSWERED"),
    departments: counts
      .map((c) => ({ id: c.departmentId, name: names.get(c.departmentId) ?? "", overdue: c.overdue, nearDue: c.nearDue }))
      .sort((a, b) => b.overdue - a.overdue || b.nearDue - a.nearDue || a.name.localeCompare(b.name, "zh")),
  };
}
