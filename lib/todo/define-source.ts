// The contract of the 待办 centre (ARCHITECTURE.md "待办"): every domain that puts work in front
// of an officer (cases, documents to review/sign/seal/sign for, tasks, reports, meeting replies,
// trips) registers one source in `sources/index.ts`. The centre asks each source for this
// officer's items, merges them by due time and never names a domain.
import type { Tx } from "../db";
import type { Actor } from "../auth/actor";

/** Which list of the centre an item belongs to. */
export type TodoBox = "todo" | "toRead" | "done";

export interface TodoItem {
  /** The source's key ("complaint", "document", "task", …) and the item's own id. */
  source: string;
  id: string;
  /** What is asked of the officer, short: 签发, 核稿, 签收, 办理, 回复参会, … */
  action: string;
  title: string;
  /** Where the officer acts on it. */
  href: string;
  /** The deadline of this step, or null when it has none (sorted after the dated ones). */
  dueAt: Date | null;
  /** The moment the item reached the officer (for 已办: when they acted). */
  since: Date;
  /** A short extra shown under the title: the sender, the unit, the urgency. */
  detail: string | null;
  /** 特急/加急 and the like, shown as a mark; null for ordinary items. */
  urgency: string | null;
  /**
   * Optional, for the yellow mark (todo-centre.ts `todoMark`): the engine's own yellow point of
   * this step (80% of its working time) when the kind stores one; else `startAt`, the start of
   * the step's period, from which the centre computes the 80% point on the work calendar. With
   * neither, the centre marks yellow when the due time is within 4 working hours.
   */
  yellowAt?: Date | null;
  startAt?: Date | null;
  /** The step's clock is stopped (waiting for the citizen): neither yellow nor red. */
  isPaused?: boolean;
}

export interface TodoSource {
  source: string;
  /** The group label in the centre's filters (案件, 公文, 任务, 信息, 会议, 用车). */
  label: string;
  /**
   * Up to `limit` items of one box for this officer, earliest due first (items without a due
   * time last, newest first). Must use the source's own indexes: the centre's p95 counts.
   */
  list(db: Tx, actor: Actor, box: TodoBox, now: Date, limit: number): Promise<TodoItem[]>;
  /** How many items the officer has in a box (the menu's counts). */
  count(db: Tx, actor: Actor, box: Exclude<TodoBox, "done">, now: Date): Promise<number>;
}

export function defineTodoSource(source: TodoSource): TodoSource {
  return source;
}
