import { describe, expect, it } from "vitest";
import { BodyError, readBoundedFields, readBoundedJson, readBoundedText } from "./read-bounded-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://x/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

function stream(totalBytes: number, onPull: () => void) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull();
      if (sent >= totalBytes) return controller.close();
      controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
      sent += 64 * 1024;
    },
  });
}

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

describe("reading a bounded body", () => {
  it("refuses a declared length over the limit without reading", async () => {
    let pulls = 0;
    const req = post(stream(1 << 20, () => pulls++), { "content-length": String(1 << 20) });
    expect(await failure(readBoundedText(req, 1000))).toMatchObject({ status: 413 });
    expect(pulls).toBeLessThanOrEqual(1);
  });

  it("stops reading a body without a length once it passes the limit", async () => {
    let pulls = 0;
    const err = await failure(readBoundedText(post(stream(30 << 20, () => pulls++)), 256 * 1024));
    expect(err).toBeInstanceOf(BodyError);
    expect(err).toMatchObject({ status: 413 });
    expect(pulls).toBeLessThan(10); // 30 MB would be 480 pulls
  });

  it("parses JSON, urlencoded and multipart fields, and says what is wrong otherwise", async () => {
    expect(await readBoundedJson(post('{"a":1}'), 100)).toEqual({ a: 1 });
    expect(await failure(readBoundedJson(post("{nope"), 100))).toMatchObject({ status: 400 });
    expect(await failure(readBoundedText(post(new Uint8Array([0xe0, 0xa4])), 100))).toMatchObject({ status: 400 });
    expect(await readBoundedFields(post("a=1&b=%E8%B7%AF", { "content-type": "application/x-www-form-urlencoded" }), 100)).toEqual({ a: "1", b: "路" });
    const form = new FormData();
    form.set("service_code", "ROADS");
    expect(await readBoundedFields(post(form), 10_000)).toEqual({ service_code: "ROADS" });
    expect(await readBoundedFields(post('{"lat":30.1,"x":null}', { "content-type": "application/json" }), 100)).toEqual({ lat: "30.1" });
    expect(await failure(readBoundedFields(post("[1]", { "content-type": "application/json" }), 100))).toMatchObject({ status: 400 });
    expect(await failure(readBoundedFields(post("x", { "content-type": "text/xml" }), 100))).toMatchObject({ status: 415 });
    expect(await failure(readBoundedFields(post("garbage", { "content-type": "multipart/form-data; boundary=zz" }), 100))).toMatchObject({ status: 400 });
  });
});
