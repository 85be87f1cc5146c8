import { describe, expect, it } from "vitest";
import { gs1CheckDigit, isValidGtin, toGtin14 } from "./gtin";
import { generateTraceCode, isValidTraceCode } from "./trace-code";

describe("GS1 check digits", () => {
  // Published examples: GS1 Digital Link standard (09506000134352), EAN-13 and UPC-A samples.
  it.each(["09506000134352", "4006381333931", "036000291452", "96385074"])("accepts %s", (gtin) => {
    expect(isValidGtin(gtin)).toBe(true);
  });

  it.each(["09506000134353", "4006381333932", "036000291453", "123", "abcdefghijklm"])("refuses %s", (gtin) => {
    expect(isValidGtin(gtin)).toBe(false);
  });

  it("computes the check digit", () => {
    expect(gs1CheckDigit("400638133393")).toBe(1);
    expect(gs1CheckDigit("0950600013435")).toBe(2);
  });

  it("normalises to GTIN-14", () => {
    expect(toGtin14("4006381333931")).toBe("04006381333931");
    expect(() => toGtin14("4006381333932")).toThrow(/Not a valid GTIN/);
  });
});

describe("trace codes", () => {
  it("generates twelve digits that pass their own check and differ each time", () => {
    const codes = Array.from({ length: 50 }, generateTraceCode);
    for (const code of codes) expect(isValidTraceCode(code)).toBe(true);
    expect(new Set(codes).size).toBe(50);
  });

  it("catches a mistyped digit", () => {
    const code = generateTraceCode();
    const wrong = code.slice(0, 3) + ((Number(code[3]) + 1) % 10) + code.slice(4);
    expect(isValidTraceCode(wrong)).toBe(false);
  });
});
