import { describe, expect, it } from "vitest";
import { publicHolidaysOf } from "./cn-public-holidays";
import { addWorkingDays, beijingDate, computeDeadline, isWorkingDay, yellowWarningPoint } from "./work-calendar";

// The official 2026 table: National Day and Mid-Autumn 2026-10-01..07 off, Saturday 2026-10-10 a
// make-up working day; Spring Festival 2026-02-15..23 off, Saturdays 02-14 and 02-28 worked.
const calendar2026 = new Map(publicHolidaysOf(2026).map((d) => [d.date, d.isWorkingDay]));
const bj = (local: string) => new Date(`${local}+08:00`);

describe("working days", () => {
  it("knows weekends, holidays and make-up working days", () => {
    expect(isWorkingDay("2026-11-23", calendar2026)).toBe(true); // Monday
    expect(isWorkingDay("2026-11-22", calendar2026)).toBe(false); // Sunday
    expect(isWorkingDay("2026-10-05", calendar2026)).toBe(false); // National Day, a Monday
    expect(isWorkingDay("2026-10-10", calendar2026)).toBe(true); // make-up Saturday
  });

  it("counts 7 working days across the National Day week and its make-up Saturday", () => {
    // Filed Tuesday 2026-09-29: Sep 30 (1), Oct 1-7 off, Oct 8 (2), Oct 9 (3), Sat Oct 10 make-up (4),
    // Oct 11 Sunday off, Oct 12 (5), 13 (6), 14 (7).
    const deadline = addWorkingDays(bj("2026-09-29T10:00:00"), 7, calendar2026);
    expect(deadline.toISOString()).toBe(bj("2026-10-14T23:59:59").toISOString());
  });

  it("counts across the Spring Festival with two make-up Saturdays", () => {
    // Filed Thu 2026-02-12: Fri 13 (1), Sat 14 make-up (2), 15-23 off, Tue 24 (3), 25 (4), 26 (5), 27 (6), Sat 28 make-up (7).
    expect(addWorkingDays(bj("2026-02-12T09:00:00"), 7, calendar2026).toISOString()).toBe(bj("2026-02-28T23:59:59").toISOString());
  });

  it("takes the Beijing day of the filing, not the UTC day, across midnight", () => {
    // 23:59 Friday and 00:01 Saturday Beijing time are different filing days; 00:01 Saturday is
    // still Friday in UTC.
    const fridayNight = bj("2026-11-20T23:59:00");
    const saturdayMorning = bj("2026-11-21T00:01:00");
    expect(beijingDate(saturdayMorning)).toBe("2026-11-21");
    expect(addWorkingDays(fridayNight, 1, calendar2026).toISOString()).toBe(bj("2026-11-23T23:59:59").toISOString());
    expect(addWorkingDays(saturdayMorning, 1, calendar2026).toISOString()).toBe(bj("2026-11-23T23:59:59").toISOString());
    // Filed Sunday 23:30 vs Monday 00:30: one working day ends Monday vs Tuesday night.
    expect(addWorkingDays(bj("2026-11-22T23:30:00"), 1, calendar2026).toISOString()).toBe(bj("2026-11-23T23:59:59").toISOString());
    expect(addWorkingDays(bj("2026-11-23T00:30:00"), 1, calendar2026).toISOString()).toBe(bj("2026-11-24T23:59:59").toISOString());
  });

  it("runs hour classes on the clock, holidays included", () => {
    const start = bj("2026-10-01T23:00:00");
    expect(computeDeadline(start, { unit: "HOURS", amount: 2 }, calendar2026).toISOString()).toBe(bj("2026-10-02T01:00:00").toISOString());
    expect(computeDeadline(start, { unit: "HOURS", amount: 24 }, calendar2026).toISOString()).toBe(bj("2026-10-02T23:00:00").toISOString());
  });

  it("puts the yellow warning at 80% of the window", () => {
    const start = bj("2026-11-23T10:00:00");
    expect(yellowWarningPoint(start, bj("2026-11-23T20:00:00")).toISOString()).toBe(bj("2026-11-23T18:00:00").toISOString());
  });

  it("refuses a non-positive number of days", () => {
    expect(() => addWorkingDays(new Date(), 0, calendar2026)).toThrow(RangeError);
  });
});
