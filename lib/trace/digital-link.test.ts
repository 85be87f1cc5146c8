import { describe, expect, it } from "vitest";
import { buildDigitalLink, DigitalLinkError, encodeSegment, parseDigitalLink } from "./digital-link";

describe("GS1 Digital Link", () => {
  // The GS1 Digital Link standard's own examples use GTIN 09506000134352 with lot ABC123.
  it("parses the standard's example", () => {
    expect(parseDigitalLink("https://id.gs1.org/01/09506000134352/10/ABC123?17=201225")).toEqual({
      gtin: "09506000134352",
      lot: "ABC123",
      expiryDate: "201225",
    });
  });

  it("pads shorter GTINs to 14 digits and accepts a path prefix and short names", () => {
    expect(parseDigitalLink("https://example.com/products/01/4006381333931")).toEqual({ gtin: "04006381333931" });
    expect(parseDigitalLink("https://example.com/gtin/09506000134352/lot/A1")).toEqual({ gtin: "09506000134352", lot: "A1" });
  });

  it.each([
    { gtin: "09506000134352", lot: "ABC123" },
    { gtin: "09506000134352", lot: "A/B%1", productionDate: "261110", packingDate: "261113", expiryDate: "270100" },
    { gtin: "06900000000014", lot: "QX2611A", harvestDate: "261110261112", expiryDate: "270113" },
    { gtin: "09506000134352", cpv: "2A", lot: "L1", serial: "S-1" },
    { gtin: "09506000134352" },
  ])("round-trips %o", (link) => {
    const uri = buildDigitalLink("https://trace.example.gov.cn/", link);
    expect(uri.startsWith("https://trace.example.gov.cn/01/")).toBe(true);
    expect(parseDigitalLink(uri)).toEqual(link);
  });

  it("percent-encodes everything outside the unreserved set", () => {
    expect(encodeSegment("A/B%1 批")).toBe("A%2FB%251%20%E6%89%B9");
    expect(buildDigitalLink("https://x.cn", { gtin: "09506000134352", lot: "AB(1)" })).toBe("https://x.cn/01/09506000134352/10/AB%281%29");
  });

  it("puts qualifiers in the standard order and dates in the query", () => {
    expect(buildDigitalLink("https://x.cn", { gtin: "9506000134352", serial: "9", lot: "L", expiryDate: "271231", productionDate: "261101" })).toBe(
      "https://x.cn/01/09506000134352/10/L/21/9?11=261101&17=271231",
    );
  });

  it.each([
    ["ftp://x.cn/01/09506000134352", "NOT_A_URL"],
    ["https://x.cn/10/ABC", "NO_GTIN"],
    ["https://x.cn/01/0950600013435X", "BAD_GTIN"],
    ["https://x.cn/01/09506000134", "BAD_GTIN"],
    ["https://x.cn/01/09506000134353/10/ABC", "BAD_GTIN_CHECK_DIGIT"],
    ["https://x.cn/01/09506000134352/10", "BAD_QUALIFIER"],
    ["https://x.cn/01/09506000134352/99/ABC", "BAD_QUALIFIER"],
    ["https://x.cn/01/09506000134352/21/S1/10/ABC", "QUALIFIER_ORDER"],
    ["https://x.cn/01/09506000134352/10/A/10/B", "QUALIFIER_ORDER"],
    ["https://x.cn/01/09506000134352/10/ABCDEFGHIJKLMNOPQRSTU", "BAD_LOT"],
    ["https://x.cn/01/09506000134352/10/%E6%89%B9", "BAD_LOT"],
    ["https://x.cn/01/09506000134352/10/%E0%A4%A", "BAD_ENCODING"],
    ["https://x.cn/01/09506000134352/10/ABC?17=201332", "BAD_DATE"],
    ["https://x.cn/01/09506000134352/10/ABC?11=2012", "BAD_DATE"],
    ["https://x.cn/01/09506000134352/10/ABC?7007=261112261110", "BAD_DATE"],
  ])("refuses %s with %s", (uri, code) => {
    let caught: unknown;
    try {
      parseDigitalLink(uri);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DigitalLinkError);
    expect((caught as DigitalLinkError).code).toBe(code);
    expect((caught as DigitalLinkError).userMessage).toMatch(/\S/);
  });

  it("refuses to build a link with a bad lot or date", () => {
    expect(() => buildDigitalLink("https://x.cn", { gtin: "09506000134352", lot: "" })).toThrow(DigitalLinkError);
    expect(() => buildDigitalLink("https://x.cn", { gtin: "09506000134352", expiryDate: "271340" })).toThrow(DigitalLinkError);
  });
});
