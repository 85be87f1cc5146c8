// Shared steps of the case-handling specs: each test files its own cases through the citizen's
// pages (or uses its own demo case), so the tests run in any order.
import { expect, type Browser, type Page, type TestInfo } from "@playwright/test";
import { signIn, uniqueName } from "../helpers";

/** Signs in and waits for the dashboard; bcrypt on a busy 2-core machine can take a while. */
export async function signInAs(page: Page, username: string) {
  await signIn(page, username);
  await expect(page).toHaveURL(/\/officer$/, { timeout: 20_000 });
}

export const ROADS = "道路交通（县交通运输局，7个工作日）";
export const uniquePhone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
// A 1×1 PNG: an evidence photo.
export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

export interface Filed {
  trackingNo: string;
  accessCode: string;
  title: string;
}

export async function fileCase(browser: Browser, title = uniqueName("路面坑洼")): Promise<Filed> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/complaints/new");
  await page.getByLabel("反映什么方面的问题", { exact: true }).selectOption({ label: ROADS });
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("发生了什么", { exact: true }).fill("解放路中段有一排深坑，下雨后积水，电动车经过很危险。");
  await page.getByLabel("发生地点", { exact: true }).fill("城关镇解放路中段");
  await page.getByLabel("姓名", { exact: true }).fill("李四");
  await page.getByLabel("手机号码", { exact: true }).fill(uniquePhone());
  await page.getByLabel("同意公开", { exact: true }).check();
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await page.getByRole("button", { name: "确认提交" }).click();
  await expect(page).toHaveURL(/\/complaints\/filed\/TC\d{12}$/);
  const trackingNo = (await page.getByTestId("tracking-no").textContent())!.trim();
  const accessCode = (await page.getByTestId("access-code").textContent())!.trim();
  await context.close();
  return { trackingNo, accessCode, title };
}

export async function openCase(page: Page, trackingNo: string) {
  await page.goto(`/officer/complaints?state=all&q=${trackingNo}`);
  await page.getByRole("link", { name: trackingNo }).first().click();
  await expect(page).toHaveURL(/\/officer\/complaints\/(?!\?)[^/?]+$/);
  await expect(page.locator("main header")).toContainText(trackingNo);
}

export function timelineOf(page: Page) {
  return page.locator("section", { has: page.getByRole("heading", { name: "办理过程" }) });
}

/** A 390 px phone: no sideways scrolling, and a screenshot to look at. */
export async function checkPhone(page: Page, testInfo: TestInfo, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath(`${name}-390.png`), fullPage: true });
}
