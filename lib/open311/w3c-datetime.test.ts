import { describe, expect, it } from "vitest";
import { formatW3cDateTime, parseW3cDateTime } from "./w3c-datetime";

describe("W3C-DTF dates (GeoReport v2 date-times)", () => {
  it("reads every form, dates without a time in the county's time (+08:00)", () => {
    expect(parseW3cDateTime("2026")?.toISOString()).toBe("2025-12-31T16:00:00.000Z");
    expect(parseW3cDateTime("2026-11")?.toISOString()).toBe("2026-10-31T16:00:00.000Z");
    expect(parseW3cDateTime("2026-11-28")?.toISOString()).toBe("2026-11-27T16:00:00.000Z");
    expect(parseW3cDateTime("2026-11-28T10:20+01:00")?.toISOString()).toBe("2026-11-28T09:20:00.000Z");
    expect(parseW3cDateTime("2026-11-28T10:20:30Z")?.toISOString()).toBe("2026-11-28T10:20:30.000Z");
    expect(parseW3cDateTime("2026-11-28T10:20:30.45-05:00")?.toISOString()).toBe("2026-11-28T15:20:30.450Z");
  });

  it("as an end, covers the whole period named", () => {
    expect(parseW3cDateTime("2026-11-28", { end: true })?.toISOString()).toBe("2026-11-28T15:59:59.999Z");
    expect(parseW3cDateTime("2026-12", { end: true })?.toISOString()).toBe("2026-12-31T15:59:59.999Z");
    expect(parseW3cDateTime("2026", { end: true })?.toISOString()).toBe("2026-12-31T15:59:59.999Z");
    expect(parseW3cDateTime("2026-11-28T10:20Z", { end: true })?.toISOString()).toBe("2026-11-28T10:20:59.999Z");
  });

  it("refuses what is not W3C-DTF or not a real date", () => {
    for (const bad of ["yesterday", "2026-2-3", "2026-02-30", "2026-13", "2026-11-28T10:20", "2026-11-28T25:00Z", "2026-11-28 10:20:30Z", ""]) {
      expect(parseW3cDateTime(bad), bad).toBeNull();
    }
  });

  it("writes seconds without a fraction", () => {
    expect(formatW3cDateTime(new Date("2026-11-28T10:20:30.456Z"))).toBe("2026-11-28T10:20:30Z");
  });
});
