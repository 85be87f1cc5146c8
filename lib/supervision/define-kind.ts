// The contract a deadline-bearing kind fulfils to be supervised (ARCHITECTURE.md "Supervision
// engine"). A kind adapts its own table; the sweeper, the board, the counts and the scorecards
// only ever call these functions.
import type { Tx } from "../db";

export type WarningLevel = "yellow" | "red";

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
  /** Stage deadlines this kind has, by label (accept by, answer by, finish by). */
  stages: { accept?: string; answer?: string; finish: string };
  href(id: string): string;
  /** Claims up to `limit` items whose warning of this level is due and not yet sent (FOR UPDATE SKIP LOCKED). */
  claimDue(tx: Tx, level: WarningLevel, now: Date, limit: number): Promise<DueItem[]>;
  /** Marks the claimed items warned and writes the kind's own history rows, in the sweeper's transaction. */
  stampWarned(tx: Tx, items: DueItem[], level: WarningLevel, now: Date): Promise<void>;
  /** The SMS text of a warning. */
  warningText(item: DueItem, level: WarningLevel): string;
  /**
   * Who hears a warning of these items, when not the engine's default (the handler and the
   * department's heads; the supervision office too on red). Meeting replies are the invitee's own
   * business, so that kind names the invitee (or the invited unit's clerks) here.
   */
  recipients?(tx: Tx, items: DueItem[], level: WarningLevel): Promise<(item: DueItem) => { id: string; phone: string }[]>;
  /** Dedupe key of one warning SMS; defaults to `<kind>:<level>:<id>:<dueAt>:<recipient>`. */
  dedupeKey?(item: DueItem, level: WarningLevel, recipientId: string): string;
  /** Open items past due / past 80% by department (paused items are neither). */
  countDue(db: Tx, scope: Scope, now: Date): Promise<DueCount[]>;
  listDue(db: Tx, scope: Scope, now: Date, level: "overdue" | "nearDue", limit: number): Promise<BoardItem[]>;
  /** Who owns an item (for 催办), or null when it does not exist. */
  findOwner(db: Tx, id: string): Promise<Omit<DueItem, "dueAt"> & { dueAt: Date | null; open: boolean } | null>;
  /** Writes one entry of the item's own event history. */
  recordEvent(tx: Tx, id: string, event: { type: "URGED" | "PAUSED" | "RESUMED"; actorId: string; note: string; now: Date }): Promise<void>;
  /** Satisfaction answers by department for items created in [start, end): the scorecards read it. */
  satisfaction?(db: Tx, scope: Scope, start: Date, end: Date): Promise<SatisfactionCount[]>;
}

export function defineSupervisionKind(kind: SupervisionKind): SupervisionKind {
  return kind;
}
