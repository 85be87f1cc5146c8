import { describe, expect, it } from "vitest";
import { formatTraceCode, parseScannedCode } from "./parse-scanned-code";
import { withCheckDigit } from "./trace-code";

describe("reading a scanned or typed code", () => {
  const code = withCheckDigit("20261101001");

  it("accepts a trace code, also typed in groups", () => {
    expect(parseScannedCode(code)).toEqual({ kind: "traceCode", code });
    expect(parseScannedCode(` ${formatTraceCode(code)} `)).toEqual({ kind: "traceCode", code });
  });

  it("says what is wrong with a bad trace code", () => {
    const wrong = code.slice(0, -1) + ((Number(code.at(-1)) + 1) % 10);
    expect(parseScannedCode(wrong)).toMatchObject({ kind: "invalid", message: expect.stringContaining("校验位") });
    expect(parseScannedCode("12345")).toMatchObject({ kind: "invalid", message: expect.stringContaining("12位") });
    expect(parseScannedCode("12AB")).toMatchObject({ kind: "invalid", message: expect.stringContaining("数字") });
    expect(parseScannedCode("")).toMatchObject({ kind: "invalid" });
  });

  it("accepts Digital Link URLs and GS1 element strings", () => {
    expect(parseScannedCode("https://x.cn/01/09506000134352/10/ABC")).toEqual({ kind: "digitalLink", link: { gtin: "09506000134352", lot: "ABC" } });
    expect(parseScannedCode("]C10109506000134352" + "10ABC")).toEqual({ kind: "digitalLink", link: { gtin: "09506000134352", lot: "ABC" } });
    expect(parseScannedCode("https://x.cn/01/09506000134353")).toMatchObject({ kind: "invalid", message: expect.stringContaining("校验位") });
  });
});
