import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./site";

describe("safeReturnPath", () => {
  it("keeps a same-site path and query", () => {
    expect(safeReturnPath("http://localhost:3000/guides?page=2")).toBe("/guides?page=2");
  });
  it("never sends people to another site", () => {
    expect(safeReturnPath("//evil.example/x")).toBe("/x");
    expect(safeReturnPath(null)).toBe("/");
    expect(safeReturnPath("http://[bad")).toBe("/");
  });
});
