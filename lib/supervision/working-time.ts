// Working-hour arithmetic on the work calendar, for short limits ("accept within 2 working hours").
// The county's office hours are 08:30–12:00 and 14:30–17:30 Beijing time on working days; a
// working day is what the calendar says (holidays off, 调休 make-up days on; lib/calendar).
// Beijing has no daylight saving, so a Beijing day is a fixed UTC+8 offset.
import { beijingDate, endOfBeijingDay, isWorkingDay, nextDate, type CalendarOverrides } from "../calendar/work-calendar";

const BEIJING_OFFSET_MS = 8 * 3_600_000;
const MINUTE_MS = 60_000;

/** Office hours as [start, end) minutes after Beijing midnight. */
export const WORKING_PERIODS: readonly (readonly [number, number])[] = [
  [8 * 60 + 30, 12 * 60],
  [14 * 60 + 30, 17 * 60 + 30],
];

/** Working minutes in one full working day (390). */
export const WORKING_DAY_MINUTES = WORKING_PERIODS.reduce((sum, [a, b]) => sum + b - a, 0);

/** UTC instant of a Beijing date at `minutes` after midnight. */
function at(date: string, minutes: number): number {
  return Date.parse(`${date}T00:00:00Z`) - BEIJING_OFFSET_MS + minutes * MINUTE_MS;
}

/** Guards against a calendar that has no working day at all (a year is plenty). */
const MAX_DAYS = 400;

/**
 * The moment `minutes` working minutes after `start`. A start outside office hours counts from the
 * next opening: Sunday 22:00 + 120 min = Monday 10:30 (or later when Monday is a holiday).
 */
export function addWorkingMinutes(start: Date, minutes: number, overrides: CalendarOverrides): Date {
  if (!(minutes >= 0)) throw new RangeError(`working minutes must not be negative, got ${minutes}`);
  let remaining = minutes * MINUTE_MS;
  let date = beijingDate(start);
  let cursor = start.getTime();
  for (let day = 0; day < MAX_DAYS; day++, date = nextDate(date)) {
    if (!isWorkingDay(date, overrides)) continue;
    for (const [a, b] of WORKING_PERIODS) {
      const from = Math.max(at(date, a), cursor);
      const to = at(date, b);
      if (from >= to) continue;
      if (remaining <= to - from) return new Date(from + remaining);
      remaining -= to - from;
    }
  }
  throw new RangeError("the work calendar has no working time in the next year");
}

/** Working minutes between two moments (0 when `to` is not after `from`). */
export function workingMinutesBetween(from: Date, to: Date, overrides: CalendarOverrides): number {
  if (to.getTime() <= from.getTime()) return 0;
  let total = 0;
  let date = beijingDate(from);
  const last = beijingDate(to);
  for (let day = 0; day < MAX_DAYS * 10 && date <= last; day++, date = nextDate(date)) {
    if (!isWorkingDay(date, overrides)) continue;
    for (const [a, b] of WORKING_PERIODS) {
      const s = Math.max(at(date, a), from.getTime());
      const e = Math.min(at(date, b), to.getTime());
      if (e > s) total += e - s;
    }
  }
  return total / MINUTE_MS;
}

/**
 * A deadline moved later by `minutes` of working time (a pause's length). An end-of-day deadline
 * (working-day limits end at 23:59:59) stays end-of-day: it is counted from that day's close of
 * office and lands at the end of the day the time runs out on.
 */
export function shiftDeadline(deadline: Date, minutes: number, overrides: CalendarOverrides): Date {
  if (minutes <= 0) return deadline;
  const date = beijingDate(deadline);
  if (deadline.getTime() === endOfBeijingDay(date).getTime()) {
    const closing = WORKING_PERIODS[WORKING_PERIODS.length - 1][1];
    const moved = addWorkingMinutes(new Date(at(date, closing)), minutes, overrides);
    return endOfBeijingDay(beijingDate(moved));
  }
  return addWorkingMinutes(deadline, minutes, overrides);
}
