import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation";
import { ZSubscribeInput } from "./broadcast/subscription.schema";
import { ZComplaintAnswers, ZTrackInput } from "./complaints/complaint.schema";
import { ZInvestmentInquiryInput } from "./investment/investment-inquiry.schema";
import { compactCode, normalizePhone, toHalfWidth } from "./normalize-input";
import { parseScannedCode } from "./trace/parse-scanned-code";
import { withCheckDigit } from "./trace/trace-code";

// Input people actually type (issue 15): normalised, not refused.
describe("normalize-input", () => {
  it("turns full-width digits, letters and the ideographic space into ASCII", () => {
    expect(toHalfWidth("ＴＣ２６０３　０１")).toBe("TC2603 01");
    expect(compactCode("ＴＣ 2603-0100 0101")).toBe("TC260301000101");
  });

  it("keeps only the digits of a phone number and drops a mobile's country code", () => {
    expect(normalizePhone("138 1234 5678")).toBe("13812345678");
    expect(normalizePhone("１３８-１２３４-５６７８")).toBe("13812345678");
    expect(normalizePhone("+86 138 1234 5678")).toBe("13812345678");
    expect(normalizePhone("0086 13812345678")).toBe("13812345678");
    expect(normalizePhone("(0571) 8765-4321")).toBe("057187654321");
  });
});

describe("schemas accept what people type", () => {
  it("tracking number and access code with spaces, dashes and full-width digits", () => {
    expect(ZTrackInput.parse({ trackingNo: "tc 2603 0100 0101", accessCode: "1234 5678" })).toEqual({ trackingNo: "TC260301000101", accessCode: "12345678" });
    expect(ZTrackInput.parse({ trackingNo: "ＴＣ２６０３０１０００１０１", accessCode: "１２３４-５６７８" })).toEqual({ trackingNo: "TC260301000101", accessCode: "12345678" });
    const bad = ZTrackInput.safeParse({ trackingNo: "TC 2603", accessCode: "1234" });
    expect(bad.success ? {} : fieldErrorsOf(bad.error)).toEqual({ trackingNo: "受理编号为TC加12位数字，例如 TC261123123456", accessCode: "查询码为8位数字" });
  });

  it("a complaint's mobile number typed in groups or full-width", () => {
    const answers = {
      categoryId: "c1",
      title: "解放路路面塌陷",
      description: "解放路与人民路交叉口东侧路面塌陷，约两米宽，夜间很危险。",
      address: "城关镇解放路18号",
      citizenName: "王建国",
      consentToPublish: "yes",
    };
    expect(ZComplaintAnswers.parse({ ...answers, citizenPhone: "１３８ １２３４ ５６７８" }).citizenPhone).toBe("13812345678");
    const landline = ZComplaintAnswers.safeParse({ ...answers, citizenPhone: "0571-87654321" });
    expect(landline.success ? {} : fieldErrorsOf(landline.error)).toEqual({ citizenPhone: "手机号码应为11位手机号，例如 13812345678" });
  });

  it("an investor's landline with its area code, or a mobile with +86", () => {
    const inquiry = { contactName: "林先生", organisation: "闽南果业集团", question: "请问园区标准厂房的租金是多少？", consent: "yes" };
    expect(ZInvestmentInquiryInput.parse({ ...inquiry, phone: "0571-8765 4321" }).phone).toBe("057187654321");
    expect(ZInvestmentInquiryInput.parse({ ...inquiry, phone: "010-12345678转123" }).phone).toBe("01012345678转123");
    expect(ZInvestmentInquiryInput.parse({ ...inquiry, phone: "+86 136 5555 0123" }).phone).toBe("13655550123");
    const bad = ZInvestmentInquiryInput.safeParse({ ...inquiry, phone: "87654321" });
    expect(bad.success ? {} : fieldErrorsOf(bad.error)).toEqual({ phone: "联系电话应为11位手机号，或带区号的固定电话，例如 0571-87654321" });
  });

  it("a subscriber's number in full-width digits", () => {
    expect(ZSubscribeInput.parse({ phone: "１３８１２３４５６７８", town: "chengguan", kinds: "warnings" }).phone).toBe("13812345678");
  });

  it("a trace code in full-width digits with spaces", () => {
    const code = withCheckDigit("20261101001");
    const fullWidth = toHalfWidth(code).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(parseScannedCode(`${fullWidth.slice(0, 4)}　${fullWidth.slice(4, 8)} ${fullWidth.slice(8)}`)).toEqual({ kind: "traceCode", code });
  });
});
