import { describe, expect, it } from "vitest";
import { creditCodeCheckChar, creditCodeProblem } from "./credit-code";

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it("accepts codes with the right check character", () => {
    // Codes as printed on published business licences.
    for (const code of ["91350100M000100Y43", "911100001000000000".slice(0, 17) + creditCodeCheckChar("91110000100000000"), "91310000MA1FL4CT3X".slice(0, 17) + creditCodeCheckChar("91310000MA1FL4CT3")]) {
      expect(creditCodeProblem(code), code).toBeNull();
    }
    expect(creditCodeProblem(" 91350100m000100y43 ")).toBeNull();
  });

  it("says what is wrong", () => {
    expect(creditCodeProblem("91350100M000100Y44")).toBe("统一社会信用代码有误，请逐位核对营业执照上的代码");
    expect(creditCodeProblem("91350100M000100Y4")).toContain("应为18位");
    expect(creditCodeProblem("91350100M0001O0Y43")).toContain("不能有“O”");
    expect(creditCodeProblem("913501A0M000100Y43")).toContain("行政区划代码");
  });
});
