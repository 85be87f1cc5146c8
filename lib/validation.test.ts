import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { isSafeText, parseInput, UNSAFE_TEXT_MESSAGE, unsafeTextErrors } from "./validation";

describe("text no field can hold", () => {
  it("refuses NUL, other control characters and lone surrogates; keeps tabs, line breaks and emoji", () => {
    for (const bad of ["\u0000", "a\u0000b", "\u001b[31m", "\u007f", "\ud800", "x\udfff"]) expect(isSafeText(bad), JSON.stringify(bad)).toBe(false);
    for (const good of ["", "路灯不亮", "第一行\r\n第二行\t缩进", "🙂", "\u202e"]) expect(isSafeText(good), JSON.stringify(good)).toBe(true);
  });

  it("names the fields in parseInput's VALIDATION error, before the schema runs", () => {
    expect(unsafeTextErrors({ title: "a\u0000", tags: ["ok", "\ud800"], fine: "ok", n: 3 })).toEqual({ title: UNSAFE_TEXT_MESSAGE, tags: UNSAFE_TEXT_MESSAGE });
    expect(unsafeTextErrors({ title: "ok" })).toBeUndefined();
    const err = (() => {
      try {
        parseInput(z.object({ title: z.string() }), { title: "路灯\u0000" });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).fieldErrors).toEqual({ title: UNSAFE_TEXT_MESSAGE });
  });
});
