// Reads the work-calendar overrides a deadline computation needs (the admin-edited table).
import type { Tx } from "../db";
import { beijingDate, CALENDAR_WINDOW_DAYS, nextDate, type CalendarOverrides } from "./work-calendar";

type Db = Pick<Tx, "workCalendarDay">;

export async function loadCalendarOverrides(db: Db, from: Date, days = CALENDAR_WINDOW_DAYS): Promise<CalendarOverrides> {
  const first = beijingDate(from);
  const rows = await db.workCalendarDay.findMany({
    where: { date: { gte: new Date(`${first}T00:00:00Z`), lte: new Date(`${nextDate(first, days)}T00:00:00Z`) } },
    select: { date: true, isWorkingDay: true },
  });
  return new Map(rows.map((r) => [r.date.toISOString().slice(0, 10), r.isWorkingDay]));
}
