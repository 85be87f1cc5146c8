import { describe, expect, it } from "vitest";
import { assessScans } from "./scan-warning";

const thresholds = { windowHours: 24, maxLookups: 100, maxPlaces: 10 };
const stats = (recent: number, recentPlaces: number) => ({ total: recent, firstAt: new Date(), recent, recentPlaces });

describe("counterfeit warning thresholds", () => {
  it("stays quiet at and below the thresholds", () => {
    expect(assessScans(stats(0, 0), thresholds)).toEqual({ isSuspicious: false });
    expect(assessScans(stats(100, 10), thresholds)).toEqual({ isSuspicious: false });
  });

  it("warns when a code is looked up too often", () => {
    expect(assessScans(stats(101, 3), thresholds)).toEqual({ isSuspicious: true, reasons: ["OFTEN"] });
  });

  it("warns when a code is looked up from too many places", () => {
    expect(assessScans(stats(20, 11), thresholds)).toEqual({ isSuspicious: true, reasons: ["MANY_PLACES"] });
    expect(assessScans(stats(500, 50), thresholds)).toEqual({ isSuspicious: true, reasons: ["OFTEN", "MANY_PLACES"] });
  });

  it("follows configured thresholds", () => {
    expect(assessScans(stats(6, 1), { ...thresholds, maxLookups: 5 }).isSuspicious).toBe(true);
  });
});
