import { describe, expect, it } from "vitest";
import { publicHolidaysOf } from "./cn-public-holidays";

describe("2026 holiday arrangement", () => {
  const days = publicHolidaysOf(2026);
  const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

  it("puts every make-up working day on a weekend", () => {
    const makeUps = days.filter((d) => d.isWorkingDay);
    expect(makeUps.map((d) => d.date)).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
    for (const d of makeUps) expect([0, 6]).toContain(weekday(d.date));
  });

  it("has the nine-day Spring Festival and the seven-day National Day holidays", () => {
    expect(days.filter((d) => d.holidayName === "春节")).toHaveLength(9);
    expect(days.filter((d) => d.holidayName === "国庆节")).toHaveLength(7);
  });

  it("lists each date once", () => {
    expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
  });

  it("returns nothing for a year whose notice is not in the table", () => {
    expect(publicHolidaysOf(1999)).toEqual([]);
  });
});
