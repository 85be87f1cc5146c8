import { afterAll, describe, expect, it } from "vitest";
import { cachedTrace, resetTraceCache } from "./trace-cache";

afterAll(() => resetTraceCache());

describe("trace cache", () => {
  it("loads a key once for concurrent misses (no stampede when a page is first asked for)", async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 50));
      return { page: "rendered" };
    };
    const values = await Promise.all(Array.from({ length: 20 }, () => cachedTrace("stampede:1", load)));
    expect(loads).toBe(1);
    expect(new Set(values).size).toBe(1);
    expect(await cachedTrace("stampede:1", load)).toEqual({ page: "rendered" });
    expect(loads).toBe(1);
  });

  it("does not keep a failed load: the next request tries again", async () => {
    let loads = 0;
    const failing = async () => {
      loads++;
      throw new Error("render failed");
    };
    await expect(Promise.all([cachedTrace("failing:1", failing), cachedTrace("failing:1", failing)])).rejects.toThrow("render failed");
    expect(loads).toBe(1);
    await expect(cachedTrace("failing:1", failing)).rejects.toThrow("render failed");
    expect(loads).toBe(2);
  });
});
