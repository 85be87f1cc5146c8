import { expect, test, type Page } from "@playwright/test";
import { formAlert, uniqueName } from "../helpers";

// A real 1x1 PNG: photos are checked by their content, not by name.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
const ROADS = "道路交通（县交通运输局，7个工作日）";

// Seeded by lib/seed/demo-complaints.ts (documented in the README).
const PUBLISHED = { trackingNo: "TC260301000101", title: "桃花村村道路面塌陷，雨天积水" };
const OVERDUE = { trackingNo: "TC260301000103", accessCode: "26030103" };

async function fillComplaint(page: Page, title: string) {
  await page.getByLabel("反映什么方面的问题", { exact: true }).selectOption({ label: ROADS });
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("发生了什么", { exact: true }).fill("解放路中段十几盏路灯连续一周不亮，晚上行人和电动车都看不清路。");
  await page.getByLabel("发生地点", { exact: true }).fill("城关镇解放路中段");
  await page.getByLabel("姓名", { exact: true }).fill("李四");
  // A number of its own per filing: filings per phone number are limited (file-complaint.ts).
  await page.getByLabel("手机号码", { exact: true }).fill(`138${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`);
  await page.getByLabel("同意公开", { exact: true }).check();
}

/** Files a complaint through the pages and returns what the receipt shows. */
async function fileThroughPages(page: Page, title = uniqueName("路灯不亮")) {
  await page.goto("/complaints/new");
  await fillComplaint(page, title);
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await expect(page).toHaveURL(/\/complaints\/new\/check$/);
  await page.getByRole("button", { name: "确认提交" }).click();
  await expect(page).toHaveURL(/\/complaints\/filed\/TC\d{12}$/);
  const trackingNo = (await page.getByTestId("tracking-no").textContent())!.trim();
  const accessCode = (await page.getByTestId("access-code").textContent())!.trim();
  return { trackingNo, accessCode };
}

async function track(page: Page, trackingNo: string, accessCode: string) {
  await page.goto("/complaints/track");
  await page.getByLabel("受理编号", { exact: true }).fill(trackingNo);
  await page.getByLabel("查询码", { exact: true }).fill(accessCode);
  await page.getByRole("button", { name: "查询" }).click();
}

test.describe("citizen complaints without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("[citizen] files a complaint with a photo with JavaScript disabled and sees the receipt", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const title = uniqueName("路灯不亮");
    await page.goto("/complaints/new");
    await expect(page.getByRole("heading", { level: 1, name: "我要投诉" })).toBeVisible();
    await expect(page.getByText("匿名反映将无法收到短信回复和办理结果通知，也无法评价")).toBeVisible();
    await fillComplaint(page, title);
    await page.locator("#field-photos").setInputFiles({ name: "street.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "下一步：核对信息" }).click();

    await expect(page).toHaveURL(/\/complaints\/new\/check$/);
    await expect(page.getByRole("heading", { name: "核对您的投诉" })).toBeVisible();
    await expect(page.getByText(title)).toBeVisible();
    await expect(page.getByText("县交通运输局", { exact: true })).toBeVisible();
    await expect(page.getByText(/最迟在 .+ 前办结或答复/)).toBeVisible();
    const photo = page.getByRole("img", { name: "照片：street.png" });
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByRole("button", { name: "确认提交" }).click();
    await expect(page).toHaveURL(/\/complaints\/filed\/TC\d{12}$/);
    await expect(page.getByRole("heading", { name: "投诉已提交" })).toBeVisible();
    const trackingNo = (await page.getByTestId("tracking-no").textContent())!.trim();
    expect(page.url()).toContain(trackingNo);
    await expect(page.getByTestId("access-code")).toHaveText(/^\d{8}$/);
    await expect(page.getByTestId("deadline")).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日/);
    await expect(page.getByTestId("department")).toHaveText("县交通运输局");
    await expect(page.getByText(/已向您留下的手机号码发送短信/)).toBeVisible();

    // A reload still shows the whole receipt.
    await page.reload();
    await expect(page.getByTestId("tracking-no")).toHaveText(trackingNo);
    await expect(page.getByTestId("access-code")).toHaveText(/^\d{8}$/);
    await context.close();
  });

  test("[citizen] fixes a validation error without losing answers", async ({ page }) => {
    const title = uniqueName("井盖缺失");
    await page.goto("/complaints/new");
    await page.getByLabel("标题", { exact: true }).fill(title);
    await page.getByLabel("发生了什么", { exact: true }).fill("人民路菜市场门口的井盖不见了，已经有人差点掉进去。");
    await page.getByLabel("发生地点", { exact: true }).fill("城关镇人民路菜市场门口");
    await page.getByLabel("姓名", { exact: true }).fill("王五");
    await page.getByLabel("手机号码", { exact: true }).fill("12345");
    await page.locator("#field-photos").setInputFiles({ name: "manhole.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "下一步：核对信息" }).click();

    const summary = formAlert(page);
    await expect(summary.getByRole("heading", { name: "提交失败，请检查以下问题" })).toBeVisible();
    await expect(summary.getByRole("link", { name: "请选择投诉类别" })).toHaveAttribute("href", "#field-categoryId");
    await expect(summary.getByRole("link", { name: "请选择是否同意公开办理结果" })).toBeVisible();
    // Every problem in the first round, the phone number's too.
    await expect(summary.getByRole("link", { name: "手机号码应为11位手机号，例如 13812345678" })).toHaveAttribute("href", "#field-citizenPhone");
    await expect(page.locator("#error-categoryId")).toContainText("请选择投诉类别");
    await expect(page).toHaveTitle(/^错误：/);
    // The answers and the photo already uploaded are kept.
    await expect(page.getByLabel("标题", { exact: true })).toHaveValue(title);
    await expect(page.getByLabel("发生地点", { exact: true })).toHaveValue("城关镇人民路菜市场门口");
    await expect(page.getByLabel("姓名", { exact: true })).toHaveValue("王五");
    await expect(page.getByRole("checkbox", { name: /删除\s*照片 manhole\.png/ })).toBeVisible();

    // Fixing some answers: the phone number is still wrong, the photo is still there.
    await page.getByLabel("反映什么方面的问题", { exact: true }).selectOption({ label: ROADS });
    await page.getByRole("radio", { name: /^不同意公开/ }).check();
    await page.getByRole("button", { name: "下一步：核对信息" }).click();
    await expect(formAlert(page).getByRole("link", { name: "手机号码应为11位手机号，例如 13812345678" })).toHaveAttribute("href", "#field-citizenPhone");
    await expect(page.locator("#error-citizenPhone")).toContainText("手机号码应为11位手机号，例如 13812345678");
    await expect(page.getByLabel("反映什么方面的问题", { exact: true })).toHaveValue(/.+/);
    await expect(page.getByRole("radio", { name: /^不同意公开/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /删除\s*照片 manhole\.png/ })).toBeVisible();

    await page.getByLabel("手机号码", { exact: true }).fill("13800138000");
    await page.getByRole("button", { name: "下一步：核对信息" }).click();
    await expect(page).toHaveURL(/\/complaints\/new\/check$/);
    await expect(page.getByText(title)).toBeVisible();
    await expect(page.getByRole("img", { name: "照片：manhole.png" })).toBeVisible();

    // "修改" goes back with everything still there.
    await page.getByRole("link", { name: /^修改\s*标题$/ }).click();
    await expect(page.getByLabel("标题", { exact: true })).toHaveValue(title);
    await expect(page.getByRole("checkbox", { name: /删除\s*照片 manhole\.png/ })).toBeVisible();
  });

  test("[citizen] tracks the case and sees the timeline", async ({ page }) => {
    const { trackingNo, accessCode } = await fileThroughPages(page);
    await track(page, trackingNo, accessCode);
    expect(page.url()).not.toContain(accessCode);
    await expect(page.getByTestId("status")).toHaveText("待受理");
    await expect(page.getByTestId("department")).toContainText("县交通运输局");
    await expect(page.getByRole("heading", { name: "办理过程" })).toBeVisible();
    await expect(page.getByText("诉求已提交，由县交通运输局办理。")).toBeVisible();
    await expect(page.getByText("超期")).toHaveCount(0);

    // A case past its deadline says so in red.
    await track(page, OVERDUE.trackingNo, OVERDUE.accessCode);
    await expect(page.getByTestId("status")).toHaveText("办理中");
    await expect(page.getByText("超期", { exact: true })).toBeVisible();
    await expect(page.getByText("已联系客运公司核实班次情况。")).toBeVisible();
  });

  test("[citizen] a wrong access code gets a clear message", async ({ page }) => {
    await track(page, PUBLISHED.trackingNo, "00000000");
    const summary = formAlert(page);
    await expect(summary.getByRole("heading", { name: "提交失败，请检查以下问题" })).toBeVisible();
    await expect(summary.getByRole("link", { name: /受理编号或查询码不正确.*还可尝试\d次/ })).toHaveAttribute("href", "#field-accessCode");
    await expect(page.locator("#error-accessCode")).toContainText(/还可尝试\d次/);
    await expect(page).toHaveTitle(/^错误：查询办理进度/);
    await expect(page.getByLabel("受理编号", { exact: true })).toHaveValue(PUBLISHED.trackingNo);
    await expect(page.getByTestId("status")).toHaveCount(0);
  });

  // "[citizen] reopens" files and resolves its own case: e2e/officer-complaints/workflow.spec.ts.

  test("[citizen] a published case page shows no phone number", async ({ page }) => {
    await page.goto("/complaints/published");
    await page.getByRole("link", { name: PUBLISHED.title }).click();
    await expect(page.getByRole("heading", { level: 1, name: PUBLISHED.title })).toBeVisible();
    await expect(page.getByText(/139\*\*\*\*5678/)).toBeVisible();
    const text = await page.locator("main").innerText();
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    expect(text).not.toContain("刘春燕");
    expect(text).not.toContain("12号");
    expect(text).toContain("刘**");

    await page.goto("/complaints/published/TC000000000000");
    await expect(page.getByRole("heading", { name: "未找到该公开案例" })).toBeVisible();
  });
});

test("[citizen] double submit files only once", async ({ page }) => {
  await page.goto("/complaints/new");
  await fillComplaint(page, uniqueName("公交站牌倒了"));
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await expect(page).toHaveURL(/\/complaints\/new\/check$/);
  const checkUrl = page.url();
  await page.getByRole("button", { name: "确认提交" }).dblclick();
  await expect(page).toHaveURL(/\/complaints\/filed\/TC\d{12}$/);
  const first = (await page.getByTestId("tracking-no").textContent())!.trim();

  // Back to the check page and submit again (a retry, a reload of the POST): the same case.
  await page.goto(checkUrl);
  await expect(page.getByText("这份投诉已经提交过了")).toBeVisible();
  await page.getByRole("button", { name: "查看回执" }).click();
  await expect(page).toHaveURL(new RegExp(`/complaints/filed/${first}$`));
  await expect(page.getByTestId("tracking-no")).toHaveText(first);
});
