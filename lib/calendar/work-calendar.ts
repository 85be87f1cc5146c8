// Deadline arithmetic on the working-day calendar (DESIGN.md "Complaints with time-limited
// supervision"). Days are Beijing days (UTC+8, no daylight saving). A day is a working day when
// the work calendar says so (public holidays off, make-up days 调休上班 on); otherwise Monday to
// Friday are working days. Counting follows the usual administrative rule: the day of receipt
// does not count, the period starts on the next day, and it ends at the close of the last day.
import type { SlaUnit } from "@/generated/prisma/enums";

const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** Working-day overrides by Beijing date (YYYY-MM-DD): true = working, false = day off. */
export type CalendarOverrides = ReadonlyMap<string, boolean>;

export function beijingDate(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

export function nextDate(date: string, days = 1): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The last second of a Beijing day: the moment a "by the end of the day" deadline falls. */
export function endOfBeijingDay(date: string): Date {
  return new Date(`${date}T23:59:59.000+08:00`);
}

export function isWorkingDay(date: string, overrides: CalendarOverrides): boolean {
  const override = overrides.get(date);
  if (override !== undefined) return override;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The end of the n-th working day after the day of `start`. */
export function addWorkingDays(start: Date, days: number, overrides: CalendarOverrides): Date {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`working days must be a positive integer, got ${days}`);
  let date = beijingDate(start);
  let counted = 0;
  while (counted < days) {
    date = nextDate(date);
    if (isWorkingDay(date, overrides)) counted++;
  }
  return endOfBeijingDay(date);
}

export interface SlaRule {
  unit: SlaUnit;
  amount: number;
}

/**
 * The deadline of a period starting at `start`. Hour classes (emergencies, utilities) run on the
 * clock, holidays included, because the danger does not wait for Monday; day classes run on
 * working days.
 */
export function computeDeadline(start: Date, rule: SlaRule, overrides: CalendarOverrides): Date {
  if (rule.unit === "HOURS") return new Date(start.getTime() + rule.amount * 3_600_000);
  return addWorkingDays(start, rule.amount, overrides);
}

/** The moment 80% of the time between start and deadline is used: the yellow warning point. */
export function yellowWarningPoint(start: Date, deadline: Date): Date {
  return new Date(start.getTime() + Math.floor((deadline.getTime() - start.getTime()) * 0.8));
}

/** Working days the calendar loads ahead of a start; comfortably more than any class needs. */
export const CALENDAR_WINDOW_DAYS = 120;
