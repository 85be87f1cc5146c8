import { describe, expect, it } from "vitest";
import { unique } from "@/test/factories";
import { hitRateLimit, peekRateLimit, undoRateLimitHit } from "./rate-limit";

describe("rate limits", () => {
  it("counts every concurrent hit and refuses past the limit", async () => {
    const key = unique("rl-test:");
    const rule = { limit: 5, windowSeconds: 60 };
    const hits = await Promise.all(Array.from({ length: 8 }, () => hitRateLimit(key, rule)));
    expect(hits.filter((h) => h.allowed)).toHaveLength(5);
    expect(await peekRateLimit(key, rule)).toBe(8);
  });

  it("takes back a counted hit, but never below zero (no extra attempt on an unknown or expired key)", async () => {
    const rule = { limit: 2, windowSeconds: 60 };
    const key = unique("rl-test:");
    await hitRateLimit(key, rule);
    await undoRateLimitHit(key, rule);
    expect(await peekRateLimit(key, rule)).toBe(0);
    await undoRateLimitHit(key, rule);
    expect(await peekRateLimit(key, rule)).toBe(0);

    const fresh = unique("rl-test:");
    await undoRateLimitHit(fresh, rule);
    const after = [await hitRateLimit(fresh, rule), await hitRateLimit(fresh, rule), await hitRateLimit(fresh, rule)];
    expect(after.map((h) => h.allowed)).toEqual([true, true, false]);
  });
});
