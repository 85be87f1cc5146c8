// The contract a deadline-bearing kind fulfils to be supervised (ARCHITECTURE.md "Supervision
// engine"). A kind adapts its own table; the sweeper, the board, the counts and the scorecards
// only ever call these functions.
import type { Tx } from "../db";

export type WarningLevel = "yellow" | "red";

/**
 * A stage deadline of an item: accept by (受理时限), answer by (反馈时限, orders), finish by
 * (办结时限). Each stage the kind sweeps is warned yellow and red on its own, with its own stamps
 * and dedupe keys.
 */
export type StageKey = "accept" | "answer" | "finish";

export const STAGE_LABELS: Record<StageKey, string> = { accept: "受理", answer: "反馈", finish: "办结" };

/** An item whose warning is due, as the sweeper claimed it (row locked until the transaction ends). */
export interface DueItem {
  id: string;
  /** What people call it: a tracking number, an order number. */
  ref: string;
  title: string;
  departmentId: string;
  handlerId: string | null;
  dueAt: Date;
}

/** One line of the board. */
export interface BoardItem extends DueItem {
  kind: string;
  kindLabel: string;
  href: string;
  statusLabel: string;
  departmentName: string;
  handlerName: string | null;
  /** A short extra (the category), shown after the department. */
  detail: string | null;
  extensionPending: boolean;
  /** The stage whose deadline this line is about (finish when absent). */
  stage?: StageKey;
}

/** Limits a query to one department, or none (county-wide). */
export interface Scope {
  departmentId: string | null;
}

export interface DueCount {
  departmentId: string;
  overdue: number;
  nearDue: number;
}

export interface SatisfactionCount {
  departmentId: string;
  rated: number;
  satisfied: number;
}

export interface SupervisionKind {
  /** Stable key stored with urges and used in dedupe keys ("complaint", "task", ...). */
  kind: string;
  label: string;
  /** `relatedType` of its outbox messages (default: the kind key). */
  relatedType?: string;
  /** Stage deadlines this kind has, by label (accept by, answer by, finish by). */
  stages: { accept?: string; answer?: string; finish: string };
  href(id: string): string;
  /**
   * The stages the sweeper warns and the board lists, each on its own (default: finish only).
   * The stage is passed to the functions below; a kind with one stage may ignore it.
   */
  sweptStages?: StageKey[];
  /** Claims up to `limit` items whose warning of this level and stage is due and not yet sent (FOR UPDATE SKIP LOCKED). */
  claimDue(tx: Tx, level: WarningLevel, now: Date, limit: number, stage?: StageKey): Promise<DueItem[]>;
  /** Marks the claimed items warned (the stage's own stamp) and writes the kind's own history rows, in the sweeper's transaction. */
  stampWarned(tx: Tx, items: DueItem[], level: WarningLevel, now: Date, stage?: StageKey): Promise<void>;
  /** The SMS text of a warning. */
  warningText(item: DueItem, level: WarningLevel, stage?: StageKey): string;
  /**
   * Who hears a warning of these items, when not the engine's default (the handler and the
   * department's heads; the supervision office too on red). Meeting replies are the invitee's own
   * business, so that kind names the invitee (or the invited unit's clerks) here.
   */
  recipients?(tx: Tx, items: DueItem[], level: WarningLevel): Promise<(item: DueItem) => { id: string; phone: string }[]>;
  /**
   * Dedupe key of one warning SMS; defaults to `<kind>:<level>:<id>:<dueAt>:<recipient>` for the
   * finish stage and `<kind>:<stage>:<level>:<id>:<dueAt>:<recipient>` for the others.
   */
  dedupeKey?(item: DueItem, level: WarningLevel, recipientId: string, stage?: StageKey): string;
  /**
   * Open items past due / past 80% of the stage by department (paused items are neither). The
   * finish stage (the kind's only stage, or its last) is what the dashboard and the statistics count.
   */
  countDue(db: Tx, scope: Scope, now: Date, stage?: StageKey): Promise<DueCount[]>;
  listDue(db: Tx, scope: Scope, now: Date, level: "overdue" | "nearDue", limit: number, stage?: StageKey): Promise<BoardItem[]>;
  /** Who owns an item (for 催办), or null when it does not exist. */
  findOwner(db: Tx, id: string): Promise<Omit<DueItem, "dueAt"> & { dueAt: Date | null; open: boolean } | null>;
  /** Writes one entry of the item's own event history. */
  recordEvent(tx: Tx, id: string, event: { type: "URGED" | "PAUSED" | "RESUMED"; actorId: string; note: string; now: Date }): Promise<void>;
  /** Satisfaction answers by department for items created in [start, end): the scorecards read it. */
  satisfaction?(db: Tx, scope: Scope, start: Date, end: Date): Promise<SatisfactionCount[]>;
}

/** The stages a kind sweeps, in order; its last is the one the dashboard and statistics count. */
export function sweptStagesOf(kind: Pick<SupervisionKind, "sweptStages">): StageKey[] {
  return kind.sweptStages?.length ? kind.sweptStages : ["finish"];
}

export function mainStageOf(kind: Pick<SupervisionKind, "sweptStages">): StageKey {
  const stages = sweptStagesOf(kind);
  return stages[stages.length - 1];
}

export function defineSupervisionKind(kind: SupervisionKind): SupervisionKind {
  return kind;
}
