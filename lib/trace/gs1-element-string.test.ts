import { describe, expect, it } from "vitest";
import { buildElementString, centuryYear, GS, Gs1Error, parseElementString, parseGs1Date } from "./gs1-element-string";

describe("GS1-128 element strings", () => {
  it("puts FNC1 (GS) only after variable-length fields that are not last", () => {
    const s = buildElementString([
      { ai: "10", value: "ABC123" },
      { ai: "01", value: "09506000134352" },
      { ai: "7007", value: "261110" },
      { ai: "17", value: "270113" },
    ]);
    // Predefined-length fields first, then the variable ones (General Specifications 5.4.7.5).
    expect(s.hri).toBe("(01)09506000134352(17)270113(10)ABC123(7007)261110");
    expect(s.transmitted).toBe(`]C10109506000134352172701131" + "0ABC123${GS}7007261110`.replace('" + "', ""));
  });

  it("needs no separator when the only variable field is last", () => {
    expect(buildElementString([{ ai: "01", value: "09506000134352" }, { ai: "10", value: "L1" }]).transmitted).toBe("]C10109506000134352" + "10L1");
  });

  it("parses both the bracketed form and scanner output back to the same fields", () => {
    const fields = [
      { ai: "01", value: "09506000134352" },
      { ai: "11", value: "261110" },
      { ai: "10", value: "QX2611A" },
      { ai: "7007", value: "261110261112" },
    ] as const;
    const s = buildElementString([...fields]);
    expect(parseElementString(s.hri)).toEqual(parseElementString(s.transmitted));
    expect(parseElementString(s.transmitted)).toEqual([fields[0], fields[1], fields[2], fields[3]]);
  });

  it.each([
    ["(01)09506000134353", "BAD_CHECK_DIGIT"],
    ["(01)0950600013435", "BAD_LENGTH"],
    ["(10)ABCDEFGHIJKLMNOPQRSTU", "BAD_LENGTH"],
    ["(10)批次", "BAD_CHARACTERS"],
    ["(17)261341", "BAD_DATE"],
    ["(7007)2611", "BAD_LENGTH"],
    ["(99)123", "UNKNOWN_AI"],
    ["9912345", "UNKNOWN_AI"],
  ])("refuses %s (%s)", (input, code) => {
    expect(() => parseElementString(input)).toThrow(Gs1Error);
    try {
      parseElementString(input);
    } catch (err) {
      expect((err as Gs1Error).code).toBe(code);
    }
  });
});

describe("GS1 dates", () => {
  it("applies the sliding century window (General Specifications 7.12)", () => {
    const today = new Date("2026-11-23T00:00:00Z");
    expect(centuryYear(26, today)).toBe(2026);
    expect(centuryYear(76, today)).toBe(2076);
    expect(centuryYear(77, today)).toBe(1977);
    expect(centuryYear(0, today)).toBe(2000);
  });

  it("reads DD=00 as the last day of the month where allowed", () => {
    expect(parseGs1Date("270200", { allowDay00: true }).toISOString().slice(0, 10)).toBe("2027-02-28");
    expect(() => parseGs1Date("270200")).toThrow(Gs1Error);
    expect(() => parseGs1Date("270230", { allowDay00: true })).toThrow(Gs1Error);
  });
});
