import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, refuseBodyLength, refuseUrl } from "./request-guard";

describe("refuseUrl: URLs no route could handle", () => {
  it.each([
    "/attachments/%00",
    "/api/open311/v2/requests/%00.json",
    "/complaints/published?categoryId=%00",
    "/trace/%E0%A4%A",
    "/policies/%E0%A4%A",
    "/complaints/filed/%E0%A4%A",
    "/01/06900000000014/10/%E0%A4%A",
    "/search?q=%ED%A0%80", // a lone surrogate, encoded as UTF-8 would (invalid)
    "/search?q=%zz",
    "/trace/%1b%5b31m",
    "/search?q=a%",
    "/guides/a%00b?x=1",
  ])("refuses %s with 400", (url) => {
    expect(refuseUrl(url)).toMatchObject({ status: 400 });
  });

  it.each(["/", "/trace/202611010013", "/policies/%E5%86%9C%E4%B8%9A", "/search?q=%E8%B7%AF%E7%81%AF+%E4%B8%8D%E4%BA%AE&page=2", "/complaints/published?categoryId=", "/x?a&b=&=c", "/search?q=line%0Abreak%09tab"])(
    "lets %s through",
    (url) => {
      expect(refuseUrl(url)).toBeNull();
    },
  );
});

describe("refuseBodyLength", () => {
  it("answers 413 above the limit, before anything reads the body", () => {
    expect(refuseBodyLength(String(MAX_BODY_BYTES + 1))).toMatchObject({ status: 413 });
    expect(refuseBodyLength(String(30 * 1024 * 1024))?.message).toContain("超过16MB");
    expect(refuseBodyLength(String(MAX_BODY_BYTES))).toBeNull();
    expect(refuseBodyLength(null)).toBeNull();
    expect(refuseBodyLength("-1")).toMatchObject({ status: 400 });
    expect(refuseBodyLength("abc")).toMatchObject({ status: 400 });
  });
});
