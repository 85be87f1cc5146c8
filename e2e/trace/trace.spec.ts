import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAndWait, uniqueName } from "../helpers";

// The seeded product with a GTIN (清溪脐橙); every test makes its own batch with a unique lot.
const PRODUCT_URL = "/officer/trace/products/seed-product-orange";

async function createBatch(page: Page) {
  const lot = uniqueName("E").toUpperCase().slice(0, 20);
  await page.goto(PRODUCT_URL);
  await page.getByLabel("批次号").fill(lot);
  await page.getByLabel("采收日期", { exact: true }).fill("2026-11-10");
  await page.getByLabel("包装日期").fill("2026-11-13");
  await page.getByLabel("保质期至").fill("2027-01-13");
  await page.getByLabel("数量").fill("800");
  await page.getByLabel("单位").fill("千克");
  await page.getByLabel("产地").fill("清溪镇桃花村5组果园");
  await page.getByLabel("承诺达标合格证的依据").selectOption({ label: "自我检测" });
  await page.getByRole("button", { name: "保存批次并生成追溯码" }).click();
  const saved = page.getByRole("status").filter({ hasText: "已保存批次，追溯码" });
  await expect(saved).toBeVisible();
  const traceCode = (await saved.textContent())!.match(/\d{12}/)![0];
  const digitalLink = (await page.getByTestId("digital-link").textContent())!;
  return { lot, traceCode, digitalLink, batchUrl: page.url().split("?")[0] };
}

async function operatorBatch(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAndWait(page, "trace");
  const batch = await createBatch(page);
  return { ...batch, page, close: () => context.close() };
}

test("[trace operator] creates a batch, records an inspection, prints a label sheet", async ({ page }) => {
  await signInAndWait(page, "trace");
  await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "农产品追溯" }).click();
  await expect(page.getByRole("heading", { name: "农产品追溯" })).toBeVisible();

  // A wrong form keeps the answers and says what to fix.
  await page.goto(PRODUCT_URL);
  await page.getByLabel("批次号").fill("批次一");
  await page.getByRole("button", { name: "保存批次并生成追溯码" }).click();
  await expect(page.getByRole("heading", { name: "提交失败，请检查以下问题" })).toBeVisible();
  await expect(page.getByRole("link", { name: "请填写采收日期" })).toBeVisible();
  await expect(page.getByLabel("批次号")).toHaveValue("批次一");

  const { traceCode } = await createBatch(page);
  await expect(page.getByText(traceCode).first()).toBeVisible();

  await page.getByLabel("检测项目").fill("农药残留");
  await page.getByLabel("结论").selectOption({ label: "合格" });
  await page.getByLabel("检测值").fill("抑制率 < 50%");
  await page.getByLabel("检测机构").fill("清溪镇农产品质量安全监管站");
  await page.getByLabel("检测时间").fill("2026-11-13T09:30");
  await page.getByRole("button", { name: "保存检测结果" }).click();
  await expect(page.getByText("已记录检测结果")).toBeVisible();
  await expect(page.getByText(/农药残留：合格/)).toBeVisible();

  await page.getByLabel("张数").fill("30");
  await page.getByLabel("标签尺寸").selectOption("70x37");
  await page.getByRole("button", { name: "打印标签（A4）" }).click();
  await expect(page.getByRole("heading", { name: /标签打印：清溪脐橙，30 枚.*共 2 页/ })).toBeVisible();
  await expect(page.getByTestId("label-page")).toHaveCount(2);
  await expect(page.getByTestId("label-page").first().locator("use")).toHaveCount(24);

  const svg = await page.request.get(await page.getByRole("link", { name: "下载 SVG" }).getAttribute("href") as string);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(await svg.text()).toContain(traceCode.replace(/(\d{4})(?=\d)/g, "$1 "));

  const pdfLink = page.getByRole("link", { name: "下载 PDF" });
  expect(await pdfLink.getAttribute("href")).toContain("format=pdf");
  const [download] = await Promise.all([page.waitForEvent("download"), pdfLink.click()]);
  expect(download.suggestedFilename()).toBe(`labels-${traceCode}-30.pdf`);
  const pdf = await page.request.get((await pdfLink.getAttribute("href")) as string);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = await pdf.body();
  expect(bytes.length).toBeGreaterThan(10_000);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.toString("latin1").match(/\/Type \/Page\n/g)).toHaveLength(2);
});

// The label's QR code as a PNG from the barcode API is the "photo". This once failed now and then
// in the full suite and passed alone: the lot is random, and zxing's QR detector misses about one
// Digital Link symbol in sixteen at first sight (a false finder pattern in the data,
// zxing/zxing#1763), whatever the load. The scanner now looks again at other sizes and as a pure
// code image (components/trace/code-scanner.tsx; lib/trace/decode-barcode.test.ts has such codes).
test("[consumer] uploads a photo of that label and lands on its page", async ({ browser, page }) => {
  const batch = await operatorBatch(browser);
  // The "photo": the label's QR code as a PNG from the barcode API.
  const png = await page.request.get(`/api/barcodes/qrcode?format=png&scale=6&text=${encodeURIComponent(batch.digitalLink)}`);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(png.headers()["cache-control"]).toContain("max-age=31536000");
  await page.goto("/trace");
  await page.getByTestId("photo-js").setInputFiles({ name: "label.png", mimeType: "image/png", buffer: await png.body() });
  await expect(page).toHaveURL(new RegExp(`/trace/${batch.traceCode}$`));
  await expect(page.getByRole("heading", { name: "清溪脐橙" })).toBeVisible();
  await expect(page.getByText("清溪镇桃花村5组果园", { exact: true })).toBeVisible();
  await expect(page.getByTestId("scan-count")).toContainText("此追溯码已被查询 1 次");
  await batch.close();

  // A code the detector misses at first sight (one of lib/trace/decode-barcode.test.ts's)
  // is read too: the page goes on to look it up.
  const hard = "http://127.0.0.1:3180/01/06900000000014/10/EMJ89YLSO15?11=261110&13=261113&17=270113";
  const hardPng = await page.request.get(`/api/barcodes/qrcode?format=png&scale=6&text=${encodeURIComponent(hard)}`);
  await page.goto("/trace");
  expect(hardPng.headers()["content-type"]).toBe("image/png");
  await page.getByTestId("photo-js").setInputFiles({ name: "label.png", mimeType: "image/png", buffer: await hardPng.body() });
  // Read: the page leaves /trace to look the code up (a product without this GTIN says so there).
  await expect(page).not.toHaveURL(/\/trace$/);
  await expect(page.getByRole("alert").filter({ hasText: "照片中没有识别到" })).toHaveCount(0);
});

test("[consumer] types the code with JavaScript off", async ({ browser }) => {
  const batch = await operatorBatch(browser);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/trace");
  const wrong = batch.traceCode.slice(0, 11) + ((Number(batch.traceCode[11]) + 1) % 10);
  await page.getByRole("textbox", { name: "追溯码" }).fill(wrong);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByRole("heading", { name: "没有查到该追溯码" })).toBeVisible();
  await expect(page.getByText("追溯码的最后一位校验位不对").first()).toBeVisible();
  await expect(page.getByRole("textbox", { name: "追溯码" })).toHaveValue(wrong);

  await page.getByRole("textbox", { name: "追溯码" }).fill(batch.traceCode.replace(/(\d{4})(?=\d)/g, "$1 "));
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(new RegExp(`/trace/${batch.traceCode}$`));
  await expect(page.getByRole("heading", { name: "清溪脐橙" })).toBeVisible();
  await expect(page.getByText("暂无检测记录。")).toBeVisible();
  await expect(page.getByText("承诺达标合格证")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
  await batch.close();
});

test("[consumer] sees the recall banner after a recall", async ({ browser, page }) => {
  const batch = await operatorBatch(browser);
  await page.goto(`/trace/${batch.traceCode}`);
  await expect(page.getByRole("heading", { name: "清溪脐橙" })).toBeVisible();
  await expect(page.getByText("该批次已召回")).toHaveCount(0);

  await batch.page.getByLabel("召回原因").fill("抽检发现农药残留超标");
  await batch.page.getByRole("button", { name: "确认召回" }).click();
  await expect(batch.page.getByText("已召回该批次")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "该批次已召回，请勿食用" })).toBeVisible();
  await expect(page.getByText("召回原因：抽检发现农药残留超标")).toBeVisible();
  await batch.close();
});

test("[consumer] opens the Digital Link URL from the QR code", async ({ browser, page }) => {
  const batch = await operatorBatch(browser);
  expect(batch.digitalLink).toMatch(/\/01\/06900000000014\/10\/[A-Z0-9]+\?13=261113&17=270113$/);
  // The resolver redirects people to the default link (GS1-Conformant Resolver: SHALL), the batch
  // page, passing the query on. The page comes from the rendered-page cache with the count filled
  // in: hydration must keep it.
  const pageErrors: string[] = [];
  page.on("pageerror", (err) => pageErrors.push(err.message));
  // (A 404 for a prefetched link elsewhere in the site header is not this page's concern.)
  page.on("console", (msg) => msg.type() === "error" && !msg.text().startsWith("Failed to load resource") && pageErrors.push(msg.text()));
  const response = await page.goto(batch.digitalLink);
  expect(response!.status()).toBe(200);
  expect(response!.request().redirectedFrom()).not.toBeNull();
  await expect(page).toHaveURL(new RegExp(`/trace/${batch.traceCode}\\?13=261113&17=270113$`));
  await expect(page.getByRole("heading", { name: "清溪脐橙" })).toBeVisible();
  await expect(page.getByTestId("scan-count")).toContainText("此追溯码已被查询 1 次");
  // After Next's client has started and React has hydrated, the filled-in count is still there.
  await page.waitForFunction(() => "next" in window);
  await page.waitForTimeout(500);
  await expect(page.getByTestId("scan-count")).toContainText("此追溯码已被查询 1 次");
  await page.goto(`/trace/${batch.traceCode}`);
  await expect(page.getByTestId("scan-count")).toContainText("此追溯码已被查询 2 次");
  expect(pageErrors).toEqual([]);

  const linkset = await page.request.get(batch.digitalLink, { headers: { Accept: "application/linkset+json" } });
  expect(linkset.headers()["content-type"]).toContain("application/linkset+json");
  expect((await linkset.json()).linkset[0]["https://ref.gs1.org/voc/defaultLink"][0].href).toMatch(new RegExp(`/trace/${batch.traceCode}$`));

  // An unknown lot of a known product falls back to the product page.
  await page.goto(batch.digitalLink.replace(/\/10\/[^?]+/, "/10/NOSUCHLOT"));
  await expect(page.getByText("没有找到批次 NOSUCHLOT 的记录")).toBeVisible();
  await batch.close();
});
