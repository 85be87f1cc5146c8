import { describe, expect, it } from "vitest";
import { withoutLeadingTitle } from "./list-published-cases";

describe("withoutLeadingTitle", () => {
  it("drops a first line that repeats the page's heading, and nothing else", () => {
    expect(withoutLeadingTitle("解放路路灯不亮\n\n路灯坏了三天。\n\n办理结果：已修复。", ["解放路路灯不亮"])).toBe("路灯坏了三天。\n\n办理结果：已修复。");
    expect(withoutLeadingTitle("路灯坏了三天。\n办理结果：已修复。", ["解放路路灯不亮"])).toBe("路灯坏了三天。\n办理结果：已修复。");
    expect(withoutLeadingTitle("", ["解放路路灯不亮"])).toBe("");
  });
});
