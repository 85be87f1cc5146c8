// Reads whatever a consumer scanned or typed: the 12-digit trace code (Code 128), a Digital Link
// URL (QR), a GS1 element string from a GS1-128 scanner, or a bare GTIN. Pure; used by the
// lookup page, the photo decoder and the camera scanner's landing URL.
import { DigitalLinkError, parseDigitalLink, type DigitalLink } from "./digital-link";
import { Gs1Error, parseElementString } from "./gs1-element-string";
import { isValidGtin } from "./gtin";
import { isValidTraceCode, TRACE_CODE_LENGTH } from "./trace-code";
import { toHalfWidth } from "../normalize-input";

export type ScannedCode =
  | { kind: "traceCode"; code: string }
  | { kind: "digitalLink"; link: DigitalLink }
  | { kind: "invalid"; message: string };

export function parseScannedCode(input: string): ScannedCode {
  // Full-width digits (２０２６…) come from a Chinese input method.
  const text = toHalfWidth(input).trim();
  if (!text) return { kind: "invalid", message: "请输入标签上的12位追溯码" };
  if (/^https?:\/\//i.test(text) || text.startsWith("/01/")) {
    try {
      return { kind: "digitalLink", link: parseDigitalLink(text) };
    } catch (err) {
      if (err instanceof DigitalLinkError) return { kind: "invalid", message: `二维码网址有误：${err.userMessage}` };
      throw err;
    }
  }
  if (text.startsWith("(") || text.startsWith("]")) {
    try {
      const fields = parseElementString(text);
      const gtin = fields.find((f) => f.ai === "01")?.value;
      if (!gtin) return { kind: "invalid", message: "条码中没有商品条码（01）" };
      const lot = fields.find((f) => f.ai === "10")?.value;
      return { kind: "digitalLink", link: lot ? { gtin, lot } : { gtin } };
    } catch (err) {
      if (err instanceof Gs1Error) return { kind: "invalid", message: `条码内容有误：${err.userMessage}` };
      throw err;
    }
  }
  // People type codes with spaces or dashes in groups, as printed.
  const digits = text.replace(/[\s-]/g, "");
  if (!/^\d+$/.test(digits)) return { kind: "invalid", message: "追溯码只包含数字，请检查是否输错了字母或符号" };
  if (digits.length === TRACE_CODE_LENGTH) {
    if (isValidTraceCode(digits)) return { kind: "traceCode", code: digits };
    return { kind: "invalid", message: "追溯码的最后一位校验位不对，请逐位核对标签上的数字" };
  }
  if ([8, 13, 14].includes(digits.length) && isValidGtin(digits)) {
    return { kind: "digitalLink", link: { gtin: digits.padStart(14, "0") } };
  }
  return { kind: "invalid", message: `追溯码应为${TRACE_CODE_LENGTH}位数字，您输入了${digits.length}位` };
}

/** Groups a trace code for printing and reading aloud: 4-4-4. */
export function formatTraceCode(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, "$1 ");
}
