// Official public holidays and make-up working days (调休上班) of mainland China, from the
// State Council General Office's yearly notice on holiday arrangements. Only years whose notice
// has been published are listed; admins enter later years in the work calendar.
export interface CalendarDayRule {
  date: string; // YYYY-MM-DD, Beijing time
  isWorkingDay: boolean;
  holidayName: string | null;
}

function range(from: string, to: string, holidayName: string): CalendarDayRule[] {
  const days: CalendarDayRule[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000)) {
    days.push({ date: d.toISOString().slice(0, 10), isWorkingDay: false, holidayName });
  }
  return days;
}

function makeUp(date: string, holidayName: string): CalendarDayRule {
  return { date, isWorkingDay: true, holidayName: `${holidayName}调休上班` };
}

export const CN_PUBLIC_HOLIDAYS: Record<number, CalendarDayRule[]> = {
  // 国务院办公厅关于2026年部分节假日安排的通知
  2026: [
    ...range("2026-01-01", "2026-01-03", "元旦"),
    makeUp("2026-01-04", "元旦"),
    makeUp("2026-02-14", "春节"),
    ...range("2026-02-15", "2026-02-23", "春节"),
    makeUp("2026-02-28", "春节"),
    ...range("2026-04-04", "2026-04-06", "清明节"),
    ...range("2026-05-01", "2026-05-05", "劳动节"),
    makeUp("2026-05-09", "劳动节"),
    ...range("2026-06-19", "2026-06-21", "端午节"),
    makeUp("2026-09-20", "国庆节"),
    ...range("2026-09-25", "2026-09-27", "中秋节"),
    ...range("2026-10-01", "2026-10-07", "国庆节"),
    makeUp("2026-10-10", "国庆节"),
  ],
};

/** The listed rules for a year; an empty list when the year's notice is not in the table. */
export function publicHolidaysOf(year: number): CalendarDayRule[] {
  return CN_PUBLIC_HOLIDAYS[year] ?? [];
}
