// Nasty inputs against every public route and form of the built app: never a 500 (issue 10,
// "Low, and bad input in general"). Each test collects every answer >= 500 and fails listing them.
import { request as httpRequest } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DYNAMIC_ROUTES, FORM_PAGES, NASTY_FIELD_VALUES, NASTY_URL_PARTS, QUERY_NAMES, STATIC_ROUTES } from "./nasty-inputs";
import { bombPng, malformedPng, truncatedPng } from "../../test/image-fixtures";

type Failure = string;

async function check(request: APIRequestContext, failures: Failure[], label: string, send: () => Promise<{ status(): number }>) {
  try {
    const res = await send();
    if (res.status() >= 500) failures.push(`${res.status()} ${label}`);
  } catch (err) {
    failures.push(`ERROR ${label}: ${(err as Error).message.split("\n")[0]}`);
  }
}

test.describe.configure({ mode: "parallel" });

test("[citizen] the URLs from the review answer 400 with a plain page or JSON, never 500", async ({ request }) => {
  for (const url of ["/attachments/%00", "/api/open311/v2/requests/%00.json", "/complaints/published?categoryId=%00", "/trace/%E0%A4%A", "/policies/%E0%A4%A", "/complaints/filed/%E0%A4%A", "/01/06900000000014/10/%E0%A4%A"]) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(400);
    const type = res.headers()["content-type"] ?? "";
    if (url.startsWith("/api/")) expect(await res.json(), url).toEqual([{ code: 400, description: expect.any(String) }]);
    else {
      expect(type, url).toContain("text/html");
      expect(await res.text(), url).toContain("网址中含有无法识别的字符");
    }
  }
});

test("[citizen] nasty path segments on every dynamic route: no 500", async ({ request }) => {
  test.setTimeout(300_000);
  const failures: Failure[] = [];
  for (const route of DYNAMIC_ROUTES) {
    for (const part of NASTY_URL_PARTS) {
      const url = route.replaceAll("{x}", part);
      await check(request, failures, `GET ${url.slice(0, 120)}`, () => request.get(url, { maxRedirects: 0 }));
    }
  }
  expect(failures).toEqual([]);
});

test("[citizen] nasty query values on every page and API: no 500", async ({ request }) => {
  test.setTimeout(300_000);
  const failures: Failure[] = [];
  for (const route of [...STATIC_ROUTES, ...DYNAMIC_ROUTES.map((r) => r.replaceAll("{x}", "202611020020"))]) {
    for (const part of NASTY_URL_PARTS) {
      const query = QUERY_NAMES.map((name) => `${name}=${part}`).join("&");
      await check(request, failures, `GET ${route}?…=${part.slice(0, 40)}`, () => request.get(`${route}?${query}`, { maxRedirects: 0 }));
    }
  }
  expect(failures).toEqual([]);
});

interface FormShape {
  action: string;
  method: string;
  fields: { name: string; type: string; value: string }[];
}

test("[citizen] every public form posted with nasty values and broken images: no 500", async ({ browser, request }) => {
  test.setTimeout(600_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const failures: Failure[] = [];
  const images = [
    { name: "bomb.png", mimeType: "image/png", buffer: await bombPng({ width: 10, height: 10, inflatedBytes: 64 << 20 }) },
    { name: "huge.png", mimeType: "image/png", buffer: await bombPng({ width: 100_000, height: 100_000, inflatedBytes: 1 << 20 }) },
    { name: "bad.png", mimeType: "image/png", buffer: malformedPng() },
    { name: "cut.png", mimeType: "image/png", buffer: await truncatedPng() },
    { name: "x.jpg", mimeType: "image/jpeg", buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]) },
  ];
  for (const path of FORM_PAGES) {
    await page.goto(path);
    const forms: FormShape[] = await page.evaluate(() =>
      [...document.forms].map((form) => ({
        action: form.action,
        method: (form.getAttribute("method") ?? "get").toLowerCase(),
        fields: [...form.querySelectorAll<HTMLInputElement>("input[name], textarea[name], select[name]")].map((el) => ({ name: el.name, type: el.type, value: el.value })),
      })),
    );
    for (const form of forms) {
      for (const [i, nasty] of NASTY_FIELD_VALUES.entries()) {
        const label = `${form.method.toUpperCase()} ${path} form → ${new URL(form.action).pathname} value #${i}`;
        if (form.method === "get") {
          const url = new URL(form.action);
          for (const f of form.fields) url.searchParams.set(f.name, f.type === "hidden" ? f.value : nasty);
          await check(request, failures, label, () => request.get(url.toString(), { maxRedirects: 0 }));
          continue;
        }
        const multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = {};
        for (const f of form.fields) {
          if (f.type === "file") multipart[f.name] = images[i % images.length];
          else if (f.type === "hidden" || f.type === "radio" || f.type === "checkbox") multipart[f.name] = f.name.startsWith("$") ? f.value : i % 2 ? nasty : f.value;
          else multipart[f.name] = nasty;
        }
        await check(request, failures, label, () => request.post(form.action, { multipart, maxRedirects: 0 }));
      }
    }
  }
  await context.close();
  expect(failures).toEqual([]);
});

/** Posts a multipart form of `size` bytes without a Content-Length (chunked), as a streaming client does. */
function postChunked(baseURL: string, path: string, size: number): Promise<number> {
  const boundary = "----chunked";
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseURL), { method: "POST", headers: { "Content-Type": `multipart/form-data; boundary=${boundary}`, "Transfer-Encoding": "chunked" } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.write(head);
    const piece = Buffer.alloc(64 * 1024, 0x61);
    for (let sent = 0; sent < size; sent += piece.length) req.write(piece);
    req.end(tail);
  });
}

test("[citizen] malformed server-action payloads and oversized bodies: 4xx, never 500", async ({ request, page, baseURL }) => {
  const failures: Failure[] = [];
  await page.goto("/trace");
  // A real action id (the trace photo form's), so Next gets as far as decoding the payload.
  const realId = (await page.locator('input[name^="$ACTION_ID_"]').first().getAttribute("name"))!.replace("$ACTION_ID_", "");
  const actionHeader = { "Next-Action": "7f".repeat(21) };
  const real = { "Next-Action": realId, "Content-Type": "text/plain;charset=UTF-8" };
  const sends: [string, () => Promise<{ status(): number }>][] = [
    ["unknown action id", () => request.post("/complaints/track", { headers: { ...actionHeader, "Content-Type": "text/plain;charset=UTF-8" }, data: "[1,2" })],
    ["action id that is not hex", () => request.post("/", { headers: { "Next-Action": "../../x", "Content-Type": "text/plain" }, data: "[]" })],
    ["broken multipart", () => request.post("/complaints/new", { headers: { "Content-Type": "multipart/form-data; boundary=zzz" }, data: "--zzz\r\nContent-Disposition: form-data; name=\"$ACTION_ID_00\"\r\n\r\n" })],
    ["multipart with an unknown action", () => request.post("/complaints/new", { multipart: { $ACTION_ID_0000000000000000000000000000000000000000: "", title: "x" } })],
    ["multipart with a bogus action ref", () => request.post("/complaints/new", { multipart: { $ACTION_REF_1: "", "$ACTION_1:0": "{not json", "$ACTION_1:1": "[" } })],
    ...["[1,2", '{"a":', "garbage", '"$Q1"', '["$@1"]', '["$1"]'].map(
      (body) => [`real action, text payload ${body}`, () => request.post("/trace", { headers: real, data: body })] as [string, () => Promise<{ status(): number }>],
    ),
    ["real action, multipart part 0 not JSON", () => request.post("/trace", { headers: { "Next-Action": realId }, multipart: { "0": "[1," } })],
    ["real action, multipart reference to a missing part", () => request.post("/trace", { headers: { "Next-Action": realId }, multipart: { "0": '["$Q5"]' } })],
    ["urlencoded post to a page", () => request.post("/warnings/subscribe", { form: { phone: "\u0000", $ACTION_ID_x: "" } })],
  ];
  for (const [label, send] of sends) await check(request, failures, label, send);
  expect(failures).toEqual([]);

  // Over 16 MB: 413 before anything reads it, on pages (server actions) and route handlers.
  const big = Buffer.alloc(17 * 1024 * 1024, 0x61);
  for (const url of ["/complaints/new", "/trace", "/api/open311/v2/requests.json", "/api/notify/receipts"]) {
    const res = await request.post(url, { headers: { "Content-Type": "application/octet-stream" }, data: big, maxRedirects: 0 });
    expect(res.status(), url).toBe(413);
  }
  // The same without a Content-Length (chunked): too long, not broken.
  expect(await postChunked(baseURL!, "/complaints/new", 17 * 1024 * 1024)).toBe(413);
  // Route handlers' own smaller limits, and broken bodies, before any api_key check.
  expect((await request.post("/api/open311/v2/requests.json", { headers: { "Content-Type": "application/json" }, data: Buffer.alloc(200 * 1024, 0x20) })).status()).toBe(413);
  expect((await request.post("/api/notify/receipts", { headers: { "Content-Type": "application/json" }, data: Buffer.alloc(64 * 1024, 0x20) })).status()).toBe(413);
  expect((await request.post("/api/notify/receipts", { headers: { "Content-Type": "application/json" }, data: Buffer.from("{nope") })).status()).toBe(400);
  const nul = await request.post("/api/open311/v2/requests.json", { form: { api_key: "x", service_code: "ROADS", description: "a\u0000b" } });
  expect(nul.status()).toBe(400);
  expect(await nul.json()).toEqual([{ code: 400, description: "description contains characters that are not allowed" }]);
});
