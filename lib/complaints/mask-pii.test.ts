import { describe, expect, it } from "vitest";
import { maskPhone } from "@/lib/notify/mask-phone";
import { maskAddress, maskName, maskPii } from "./mask-pii";

describe("PII masking for published cases", () => {
  it("masks mobile numbers however they are written", () => {
    expect(maskPii("请联系我13812345678，或者138 1234 5678，或139-8765-4321。")).toBe(
      "请联系我138****5678，或者138****5678，或139****4321。",
    );
  });

  it("masks 18-character ID numbers, including the X check character, but not order numbers", () => {
    expect(maskPii("身份证号330127198805061234，她的是33012719900101002X。")).toBe(
      "身份证号330127********1234，她的是330127********002X。",
    );
    // A 20-digit order number is not an ID number; a mobile inside it is not a mobile.
    expect(maskPii("订单号12345678901234567890")).toBe("订单号12345678901234567890");
  });

  it("masks the citizen's own name wherever it appears and names introduced in speech", () => {
    expect(maskPii("我叫王建国，住在城关镇。王建国的邻居也反映过。", { names: ["王建国"] })).toBe(
      "我叫王**，住在城关镇。王**的邻居也反映过。",
    );
    expect(maskPii("联系人：李秀英，电话见上")).toBe("联系人：李**，电话见上");
    expect(maskPii("村里的张师傅和刘女士都看见了")).toBe("村里的张*师傅和刘*女士都看见了");
  });

  it("keeps the place but masks house numbers, buildings, rooms and village groups", () => {
    expect(maskPii("桐川县城关镇解放路18号幸福小区3栋2单元501室门口")).toBe("桐川县城关镇解放路**号幸福小区**栋**单元**室门口");
    expect(maskPii("青石镇柳溪村5组12户旁边的水渠")).toBe("青石镇柳溪村**组**户旁边的水渠");
    expect(maskAddress("解放路18号")).toBe("解放路**号");
  });

  it("leaves ordinary text, dates and amounts readable", () => {
    const text = "2026年11月20日上午，道路上有一个约2米宽的坑，已经三天没人处理。";
    expect(maskPii(text)).toBe(text);
  });

  it("masks names and phones for lists", () => {
    expect(maskName("欧阳娜娜")).toBe("欧***");
    expect(maskPhone("13812345678")).toBe("138****5678");
  });
});
