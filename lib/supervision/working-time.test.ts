import { describe, expect, it } from "vitest";
import { publicHolidaysOf } from "../calendar/cn-public-holidays";
import { addWorkingMinutes, shiftDeadline, workingMinutesBetween, WORKING_DAY_MINUTES } from "./working-time";

const calendar2026 = new Map(publicHolidaysOf(2026).map((d) => [d.date, d.isWorkingDay]));
const bj = (local: string) => new Date(`${local}+08:00`);

describe("working-hour limits", () => {
  it("counts a 2-hour limit from Monday's opening when filed on Sunday evening", () => {
    expect(addWorkingMinutes(bj("2026-11-22T22:00:00"), 120, calendar2026)).toEqual(bj("2026-11-23T10:30:00"));
  });

  it("skips the lunch break and the evening", () => {
    expect(addWorkingMinutes(bj("2026-11-23T11:00:00"), 120, calendar2026)).toEqual(bj("2026-11-23T15:30:00"));
    expect(addWorkingMinutes(bj("2026-11-23T17:00:00"), 120, calendar2026)).toEqual(bj("2026-11-24T10:00:00"));
  });

  it("crosses a Friday evening, the weekend and lands on Monday", () => {
    expect(addWorkingMinutes(bj("2026-11-20T16:30:00"), 120, calendar2026)).toEqual(bj("2026-11-23T09:30:00"));
  });

  it("skips the National Day holiday and works the 调休 make-up Saturday", () => {
    // Wednesday 2026-09-30 17:00: 30 minutes that day, Oct 1-7 off, Thursday Oct 8 08:30 + 90 min.
    expect(addWorkingMinutes(bj("2026-09-30T17:00:00"), 120, calendar2026)).toEqual(bj("2026-10-08T10:00:00"));
    // Friday Oct 9 17:00 + 2 h: the make-up Saturday Oct 10 is a working day.
    expect(addWorkingMinutes(bj("2026-10-09T17:00:00"), 120, calendar2026)).toEqual(bj("2026-10-10T10:00:00"));
  });

  it("measures working time between two moments", () => {
    expect(workingMinutesBetween(bj("2026-11-20T16:30:00"), bj("2026-11-23T09:30:00"), calendar2026)).toBe(120);
    expect(workingMinutesBetween(bj("2026-11-21T00:00:00"), bj("2026-11-22T23:00:00"), calendar2026)).toBe(0);
    expect(workingMinutesBetween(bj("2026-11-23T00:00:00"), bj("2026-11-24T00:00:00"), calendar2026)).toBe(WORKING_DAY_MINUTES); // 3.5 h + 3 h
  });

  it("moves a deadline by paused working time, keeping end-of-day deadlines at the end of a day", () => {
    // One full working day paused: Friday's end-of-day deadline becomes Monday's.
    expect(shiftDeadline(bj("2026-11-20T23:59:59"), WORKING_DAY_MINUTES, calendar2026)).toEqual(bj("2026-11-23T23:59:59"));
    // An hour-precise deadline moves by working minutes.
    expect(shiftDeadline(bj("2026-11-23T10:30:00"), 60, calendar2026)).toEqual(bj("2026-11-23T11:30:00"));
    expect(shiftDeadline(bj("2026-11-23T10:30:00"), 0, calendar2026)).toEqual(bj("2026-11-23T10:30:00"));
  });
});
