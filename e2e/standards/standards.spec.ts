// The standards as other systems and scanner apps speak them, against the built app: the GS1
// resolver (seeded batch 清溪脐橙 QX2611A, GTIN 06900000000014, trace code 202611010014), Open311
// GeoReport v2 in XML and JSON, and EPCIS capture.
import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { Utils } from "digital-link.js";
import { signInAndWait } from "../helpers";

const GTIN = "06900000000014";
const DL = `/01/${GTIN}/10/QX2611A`;

test("[consumer] the Digital Link URL redirects to the batch page, passing the query on", async ({ page }) => {
  const response = await page.goto(`${DL}?13=261113&17=270113`);
  expect(response!.status()).toBe(200);
  const redirect = response!.request().redirectedFrom();
  expect(redirect).not.toBeNull();
  expect((await redirect!.response())!.status()).toBe(307);
  await expect(page).toHaveURL(/\/trace\/202611010014\?13=261113&17=270113$/);
  await expect(page.getByRole("heading", { name: "清溪脐橙" })).toBeVisible();
  await expect(page.getByTestId("scan-count")).toContainText("此追溯码已被查询");
});

test("[consumer] an unknown GTIN shows the portal's own 404 page without jargon; a bad path a 400 saying why", async ({ page }) => {
  const unknown = await page.goto("/01/09506000134352/10/ABC");
  expect(unknown!.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "没有找到该追溯码" })).toBeVisible();
  await expect(page.getByRole("link", { name: "重新查询" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText("校验位");

  const bad = await page.goto(`/01/${GTIN}/foo`);
  expect(bad!.status()).toBe(400);
  await expect(page.getByRole("heading", { name: "追溯码格式不对" })).toBeVisible();
  await expect(page.locator("main")).toContainText("二维码网址有误：“foo”后面缺少值");
  const order = await page.goto(`/01/${GTIN}/21/S1/10/QX2611A`);
  expect(order!.status()).toBe(400);
  await expect(page.locator("main")).toContainText("限定符顺序不对");
});

test("[machine] linkset, link types, CORS and the resolver description", async ({ request }) => {
  for (const res of [await request.get(`${DL}?linkType=linkset`), await request.get(DL, { headers: { Accept: "application/linkset+json" } })]) {
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/linkset+json");
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    expect(res.headers()["link"]).toContain('rel="http://www.w3.org/ns/json-ld#context"');
    const body = await res.json();
    expect(body.linkset[0].itemDescription).toContain("清溪脐橙");
    expect(Object.keys(body.linkset[0]["https://ref.gs1.org/voc/defaultLink"][0]).sort()).toEqual(["href", "title"]);
  }
  const context = await request.get("/api/trace/linkset-context.jsonld");
  expect(context.headers()["content-type"]).toBe("application/ld+json");

  const epcis = await request.get(`${DL}/21/SERIAL9?linkType=gs1:epcis`, { maxRedirects: 0 });
  expect(epcis.status()).toBe(307);
  expect(epcis.headers()["location"]).toMatch(/\/api\/trace\/epcis\/202611010014$/);
  expect((await request.get(`${DL}?linkType=gs1:nutritionalInfo`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get(`/01/${GTIN}/21/S1/10/QX2611A`, { maxRedirects: 0, headers: { Accept: "application/json" } })).status()).toBe(400);

  const preflight = await request.fetch(DL, { method: "OPTIONS", headers: { Origin: "https://scanner.example", "Access-Control-Request-Method": "GET" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect((await request.head(`${DL}?linkType=linkset`)).status()).toBe(200);

  const description = await request.get("/.well-known/gs1resolver");
  expect(await description.json()).toMatchObject({ supportedPrimaryKeys: ["01"], jsonLdContextLocation: expect.stringContaining("/api/trace/linkset-context.jsonld") });
});

test("[machine] a compressed Digital Link URI resolves like the uncompressed one", async ({ request, baseURL }) => {
  const compressed = Utils.compressWebUri(`${baseURL}${DL}?17=270113`);
  const path = new URL(compressed).pathname;
  expect(path).not.toContain("/01/");
  const res = await request.get(path, { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()["location"]).toMatch(/\/trace\/202611010014\?17=270113$/);
  expect(res.headers()["link"]).toContain(`${DL}>; rel="owl:sameAs"`);
  // Ordinary pages are not taken for compressed URIs.
  expect((await request.get("/investment/inquiry")).status()).toBe(200);
});

test("[machine] Open311 answers XML, several service codes and a discovery document", async ({ request }) => {
  const parser = new XMLParser({ isArray: (name) => ["service", "request", "error", "endpoint", "format"].includes(name) });
  const servicesXml = await request.get("/api/open311/v2/services.xml");
  expect(servicesXml.headers()["content-type"]).toBe("text/xml; charset=utf-8");
  const xmlText = await servicesXml.text();
  expect(XMLValidator.validate(xmlText)).toBe(true);
  const services = parser.parse(xmlText).services.service;
  const json = await (await request.get("/api/open311/v2/services.json")).json();
  expect(services.map((s: { service_code: string }) => s.service_code)).toEqual(json.map((s: { service_code: string }) => s.service_code));

  const codes = json.slice(0, 2).map((s: { service_code: string }) => s.service_code).join(",");
  const both = await request.get(`/api/open311/v2/requests.json?service_code=${codes}&status=&start_date=2026`);
  expect(both.status()).toBe(200);
  const requestsXml = await request.get(`/api/open311/v2/requests.xml?service_code=${codes}`);
  expect(XMLValidator.validate(await requestsXml.text())).toBe(true);

  const error = await request.get("/api/open311/v2/requests/NOPE.xml");
  expect(error.status()).toBe(404);
  expect(parser.parse(await error.text()).errors.error[0].code).toBe(404);

  const discovery = parser.parse(await (await request.get("/api/open311/discovery.xml")).text()).discovery;
  expect(discovery.endpoints.endpoint[0].formats.format).toEqual(["text/xml", "application/json"]);
  expect((await (await request.get("/api/open311/discovery.json")).json()).endpoints[0].specification).toBe("http://wiki.open311.org/GeoReport_v2");
});

test("[admin] a laboratory system captures an inspection as EPCIS 2.0 with a key; a bad document stores nothing", async ({ page, request }) => {
  await signInAndWait(page, "admin");
  await page.goto("/officer/api-keys");
  await page.getByLabel("使用方名称").fill("县农检中心LIMS");
  await page.getByRole("button", { name: "签发密钥" }).click();
  const key = (await page.getByRole("status").filter({ hasText: "此密钥只显示这一次" }).textContent())!.match(/o311_[A-Za-z0-9_-]+/)![0];
  const event = (over: Record<string, unknown> = {}) => ({
    type: "ObjectEvent",
    eventTime: "2026-11-20T10:00:00+08:00",
    eventTimeZoneOffset: "+08:00",
    action: "OBSERVE",
    bizStep: "receiving",
    quantityList: [{ epcClass: `https://id.gs1.org${DL}` }],
    ...over,
  });
  const doc = (events: unknown[]) => ({ "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], type: "EPCISDocument", schemaVersion: "2.0", creationDate: "2026-11-20T02:00:00Z", epcisBody: { eventList: events } });

  expect((await request.post("/api/trace/epcis/capture", { data: doc([event()]) })).status()).toBe(401);
  const bad = await request.post("/api/trace/epcis/capture", { data: doc([event(), event({ action: "MOVE" })]), headers: { Authorization: `Bearer ${key}` } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors).toEqual([{ pointer: "/epcisBody/eventList/1/action", message: "must be ADD, OBSERVE or DELETE" }]);
  const ok = await request.post("/api/trace/epcis/capture", { data: doc([event()]), headers: { Authorization: `Bearer ${key}` } });
  expect(ok.status()).toBe(201);
  expect(await ok.json()).toEqual({ captured: 1, skippedAsDuplicates: 0 });
});

test("[trace operator] registers a producer with a credit code, corrects a typo and sees the previous value in the history", async ({ page }) => {
  await signInAndWait(page, "trace");
  await page.goto("/officer/trace/producers/new");
  const name = `清溪柑桔合作社${Date.now().toString(36)}`;
  await page.getByLabel("名称").fill(name);
  await page.getByLabel("主体类型").selectOption({ label: "农民专业合作社" });
  await page.getByLabel("统一社会信用代码").fill("91350100M000100Y44");
  await page.getByLabel("所在乡镇").selectOption({ label: "清溪镇" });
  await page.getByLabel("所在村").fill("桃花村");
  await page.getByRole("button", { name: "保存生产主体" }).click();
  await expect(page.getByText("统一社会信用代码有误，请逐位核对营业执照上的代码").first()).toBeVisible();
  await expect(page.getByLabel("所在村")).toHaveValue("桃花村");
  await expect(page.getByLabel("所在乡镇")).toHaveValue("清溪镇");
  await page.getByLabel("统一社会信用代码").fill("91350100M000100Y43");
  await page.getByRole("button", { name: "保存生产主体" }).click();
  await expect(page.getByRole("status").filter({ hasText: `已登记生产主体 ${name}` })).toBeVisible();
  await expect(page.getByText("还没有产品，请在下方“新增产品”中登记。")).toBeVisible();

  const producerUrl = page.url().split("?")[0];
  await page.getByRole("link", { name: "修改生产主体信息" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "修改生产主体信息" })).toBeVisible();
  const fixed = name.replace("柑桔", "柑橘");
  await page.getByLabel("名称", { exact: true }).fill(fixed);
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByRole("status")).toContainText("已保存修改（1项）");
  await page.goto(producerUrl);
  await expect(page.getByRole("heading", { level: 1, name: fixed })).toBeVisible();
  const history = page.getByTestId("record-history");
  await expect(history.locator("li").first()).toContainText("修改");
  await expect(history.locator("del").first()).toHaveText(name);
  await expect(history.locator("ins").first()).toHaveText(fixed);
});

test("[trace operator] a recalled batch offers no labels or event forms; lifting the recall needs a reason", async ({ page }) => {
  await signInAndWait(page, "trace");
  await page.goto("/officer/trace/products/seed-product-orange");
  const lot = `R${Date.now().toString(36).toUpperCase()}`;
  await page.getByLabel("批次号").fill(lot);
  await page.getByLabel("采收日期", { exact: true }).fill("2026-11-10");
  await page.getByLabel("产地").fill("清溪镇桃花村5组果园");
  await page.getByLabel("承诺达标合格证的依据").selectOption({ label: "自我检测" });
  await page.getByRole("button", { name: "保存批次并生成追溯码" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存批次，追溯码" })).toBeVisible();
  const batchUrl = page.url().split("?")[0];

  await page.getByLabel("召回原因").fill("抽检发现农药残留超标");
  await page.getByRole("button", { name: "确认召回" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已召回该批次" })).toBeVisible();
  await expect(page.getByRole("button", { name: "打印标签（A4）" })).toHaveCount(0);
  await expect(page.getByText("该批次已召回，不能再打印标签。")).toBeVisible();
  await expect(page.getByRole("heading", { name: "记录流转环节" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "记录检测结果" })).toHaveCount(0);
  const id = batchUrl.split("/").pop();
  expect((await page.request.get(`/api/trace/batches/${id}/labels?count=1`)).status()).toBe(409);

  await page.getByRole("button", { name: "解除召回" }).click();
  await expect(page.getByText("请填写解除召回的理由，例如 复检合格的报告编号").first()).toBeVisible();
  await page.getByLabel("解除召回的理由").fill("复检合格，报告编号 JC-2611-09");
  await page.getByRole("button", { name: "解除召回" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已解除召回" })).toBeVisible();
  await expect(page.getByRole("button", { name: "打印标签（A4）" })).toBeVisible();
  const history = page.getByTestId("record-history");
  await expect(history).toContainText("解除召回");
  await expect(history).toContainText("理由：复检合格，报告编号 JC-2611-09");
  await expect(history).toContainText("理由：抽检发现农药残留超标");
});

test("[trace operator] corrects a lot typed wrong before any consumer scanned it; the history keeps the old one", async ({ page }) => {
  await signInAndWait(page, "trace");
  await page.goto("/officer/trace/products/seed-product-orange");
  const typo = `T${Date.now().toString(36).toUpperCase()}`;
  await page.getByLabel("批次号").fill(typo);
  await page.getByLabel("采收日期", { exact: true }).fill("2026-11-12");
  await page.getByLabel("产地").fill("清溪镇桃花村2组果园");
  await page.getByLabel("承诺达标合格证的依据").selectOption({ label: "自我检测" });
  await page.getByRole("button", { name: "保存批次并生成追溯码" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存批次，追溯码" })).toBeVisible();

  const fixed = `${typo}X`;
  await page.getByLabel("批次号").fill("批次 一");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText("批次号只能用字母、数字和 - . / 等符号，不能有汉字或空格").first()).toBeVisible();
  await expect(page.getByLabel("批次号")).toHaveValue("批次 一");
  await page.getByLabel("批次号").fill(fixed);
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存修改（1项）" })).toBeVisible();
  await page.reload();
  await expect(page.getByText(`批次 ${fixed}`).first()).toBeVisible();
  const history = page.getByTestId("record-history");
  await expect(history.locator("del").first()).toHaveText(typo);
  await expect(history.locator("ins").first()).toHaveText(fixed);
});
