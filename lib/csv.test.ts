import { describe, expect, it } from "vitest";
import { csvCell, csvRow, UTF8_BOM } from "./csv";

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks, and doubles inner quotes", () => {
    expect(csvCell("路面, 坑洼")).toBe('"路面, 坑洼"');
    expect(csvCell('他说"尽快"')).toBe('"他说""尽快"""');
    expect(csvCell("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell("普通文本")).toBe("普通文本");
    expect(csvCell(null)).toBe("");
    expect(csvCell(0)).toBe("0");
  });

  it("keeps cells that look like formulas as text", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+86 138")).toBe("'+86 138");
    expect(csvCell("-1+1")).toBe("'-1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("ends rows with CRLF and names the BOM", () => {
    expect(csvRow(["a", 1, null, "b,c"])).toBe('a,1,,"b,c"\r\n');
    expect(UTF8_BOM.charCodeAt(0)).toBe(0xfeff);
  });
});
