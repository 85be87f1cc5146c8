// The 待办 centre (ARCHITECTURE.md "Mobile office: roles, duties and the 待办 centre"): asks
// every registered source for this officer's items of one box, in parallel, merges them and marks
// each by its due time. It never names a domain; a domain joins by registering a TodoSource.
import "server-only";
import { prisma, type Tx } from "../db";
import { assertPermission, type Actor } from "../auth/actor";
import { loadCalendarOverrides } from "../calendar/load-calendar";
import type { CalendarOverrides } from "../calendar/work-calendar";
import { addWorkingMinutes, workingMinutesBetween } from "../supervision/working-time";
import type { TodoBox, TodoItem, TodoSource } from "./define-source";
import { TODO_SOURCES } from "./sources";

export const TODO_BOXES: readonly TodoBox[] = ["todo", "toRead", "done"];
export const TODO_BOX_LABELS: Record<TodoBox, string> = { todo: "待办", toRead: "传阅", done: "已办" };
export const TODO_PAGE_SIZE = 50;

/** Yellow when no start is known: due within this many working minutes (half a working day). */
export const NEAR_DUE_WORKING_MINUTES = 4 * 60;
/** The engine's rule: yellow from 80% of the step's time (DESIGN.md "Supervision"). */
const YELLOW_SHARE = 0.8;

export type TodoMark = "red" | "yellow" | null;

export interface TodoEntry extends TodoItem {
  sourceLabel: string;
  mark: TodoMark;
  /** 还剩2小时 / 已超期1天; null without a due time. */
  dueText: string | null;
}

interface Options {
  box: TodoBox;
  /** Only this source's items (a filter chip); unknown keys give an empty list. */
  source?: string;
  now?: Date;
  limit?: number;
  /** Tests register their own sources; the app uses the registry. */
  sources?: readonly TodoSource[];
  db?: Tx;
}

/**
 * Merge order: dated items first, earliest due first; undated items after them, newest `since`
 * first. 已办 is a history, so it is ordered by when the officer acted (newest first).
 */
export function compareTodo(box: TodoBox) {
  return (a: TodoItem, b: TodoItem): number => {
    if (box !== "done") {
      if (a.dueAt && b.dueAt) {
        const d = a.dueAt.getTime() - b.dueAt.getTime();
        if (d !== 0) return d;
      } else if (a.dueAt) return -1;
      else if (b.dueAt) return 1;
    }
    const s = b.since.getTime() - a.since.getTime();
    if (s !== 0) return s;
    return a.source === b.source ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.source < b.source ? -1 : 1;
  };
}

export async function getTodoCentre(actor: Actor, { box, source, now = new Date(), limit = TODO_PAGE_SIZE, sources = TODO_SOURCES, db = prisma }: Options) {
  assertPermission(actor, "dashboard.view");
  const chosen = source ? sources.filter((s) => s.source === source) : sources;
  const lists = await Promise.all(chosen.map((s) => s.list(db, actor, box, now, limit)));
  const labels = new Map(sources.map((s) => [s.source, s.label]));
  const merged = lists.flat().sort(compareTodo(box)).slice(0, limit);
  const marks = box === "done" ? merged.map(() => null) : await todoMarks(db, merged, now);
  const items: TodoEntry[] = merged.map((item, i) => ({
    ...item,
    sourceLabel: labels.get(item.source) ?? item.source,
    mark: marks[i],
    dueText: item.dueAt && box !== "done" ? dueInWords(item.dueAt, now) : null,
  }));
  return { box, source: source ?? null, items, sources: sources.map((s) => ({ source: s.source, label: s.label })) };
}

export interface TodoCounts {
  todo: number;
  toRead: number;
  bySource: { source: string; label: string; todo: number; toRead: number }[];
}

/** The menu's and the tabs' counts: per box and per source (each source counts on its own indexes). */
export async function countTodo(actor: Actor, now = new Date(), { sources = TODO_SOURCES, db = prisma }: { sources?: readonly TodoSource[]; db?: Tx } = {}): Promise<TodoCounts> {
  assertPermission(actor, "dashboard.view");
  const bySource = await Promise.all(
    sources.map(async (s) => {
      const [todo, toRead] = await Promise.all([s.count(db, actor, "todo", now), s.count(db, actor, "toRead", now)]);
      return { source: s.source, label: s.label, todo, toRead };
    }),
  );
  return {
    todo: bySource.reduce((sum, s) => sum + s.todo, 0),
    toRead: bySource.reduce((sum, s) => sum + s.toRead, 0),
    bySource,
  };
}

/**
 * Red past the due time; yellow from the engine's yellow point when the source gives it, else
 * from 80% of the working time since `startAt`, else within 4 working hours of the due time
 * (NEAR_DUE_WORKING_MINUTES: a source that knows no start still warns half a working day ahead).
 * A paused clock has no mark. The work calendar is read only when an item needs it.
 */
export function todoMark(item: TodoItem, now: Date, calendar: CalendarOverrides | null): TodoMark {
  if (item.isPaused || !item.dueAt) return null;
  if (item.dueAt.getTime() < now.getTime()) return "red";
  if (item.yellowAt) return item.yellowAt.getTime() <= now.getTime() ? "yellow" : null;
  const overrides = calendar ?? new Map<string, boolean>();
  if (item.startAt && item.startAt.getTime() < item.dueAt.getTime()) {
    const total = workingMinutesBetween(item.startAt, item.dueAt, overrides);
    // A period with no working time in it (filed and due within one night) is yellow at once.
    const yellowAt = total > 0 ? addWorkingMinutes(item.startAt, Math.floor(total * YELLOW_SHARE), overrides) : item.startAt;
    return yellowAt.getTime() <= now.getTime() ? "yellow" : null;
  }
  return workingMinutesBetween(now, item.dueAt, overrides) <= NEAR_DUE_WORKING_MINUTES ? "yellow" : null;
}

const DAY_MS = 86_400_000;

function needsCalendar(item: TodoItem, now: Date): boolean {
  return !item.isPaused && !!item.dueAt && item.dueAt.getTime() >= now.getTime() && !item.yellowAt;
}

async function todoMarks(db: Tx, items: TodoItem[], now: Date): Promise<TodoMark[]> {
  const needing = items.filter((i) => needsCalendar(i, now));
  let calendar: CalendarOverrides | null = null;
  if (needing.length) {
    const from = Math.min(now.getTime(), ...needing.map((i) => i.startAt?.getTime() ?? now.getTime()));
    const to = Math.max(...needing.map((i) => i.dueAt!.getTime()));
    const days = Math.min(800, Math.ceil((to - from) / DAY_MS) + 2);
    calendar = await loadCalendarOverrides(db, new Date(from), days);
  }
  return items.map((i) => todoMark(i, now, calendar));
}

/** 还剩2小时 / 还剩3天 / 已超期1天 / 已超期15分钟: the largest whole unit, on the wall clock. */
export function dueInWords(dueAt: Date, now: Date): string {
  const ms = dueAt.getTime() - now.getTime();
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const span = minutes >= 1440 ? `${Math.floor(minutes / 1440)}天` : minutes >= 60 ? `${Math.floor(minutes / 60)}小时` : `${Math.max(1, minutes)}分钟`;
  return ms >= 0 ? `还剩${span}` : `已超期${span}`;
}
