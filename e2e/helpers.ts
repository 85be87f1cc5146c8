import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo2026";

/** The administrator playwright.config.ts makes with `npm run officer:create-admin` before the server starts. */
export const FIRST_ADMIN = "firstadmin";
export const FIRST_ADMIN_PASSWORD = "Slate-Harbor-2931!";

/** A password the strength rule accepts, for officers the tests add. */
export const STRONG_PASSWORD = "Quiet-Ferry-4827";

export const uniqueName = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/officer/login");
  await page.getByLabel("登录名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

export async function signInAndWait(page: Page, username: string, password = DEMO_PASSWORD) {
  await signIn(page, username, password);
  await expect(page).toHaveURL(/\/officer$/);
}

/** Adds an officer through the admin page, as an admin would; returns the login name. */
export async function addOfficerAsAdmin(page: Page, options: { password: string; role?: string }) {
  const username = uniqueName("e2e");
  await page.goto("/officer/officers/new");
  await page.getByLabel("登录名").fill(username);
  await page.getByLabel("姓名").fill("测试人员");
  await page.getByLabel("所属部门").selectOption({ label: "县交通运输局" });
  await page.getByLabel("角色").selectOption({ label: options.role ?? "承办人" });
  await page.getByLabel("初始密码").fill(options.password);
  await page.getByRole("button", { name: "加入授权名单" }).click();
  await expect(page.getByText("已将 测试人员 加入授权名单。")).toBeVisible();
  return username;
}

/** Changes the signed-in officer's own password at /officer/password. */
export async function changeOwnPassword(page: Page, current: string, next: string) {
  await page.goto("/officer/password");
  await page.getByLabel("当前密码").fill(current);
  await page.getByLabel("新密码", { exact: true }).fill(next);
  await page.getByLabel("再次填写新密码").fill(next);
  await page.getByRole("button", { name: "修改密码" }).click();
}

/** The form's own alert (Next adds an empty route-announcer alert to every page). */
export function formAlert(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__)');
}

/**
 * The SMS code last sent to `phone` (subscriptions are confirmed with one), read from the delivery
 * log as the supervisor sees it: the test's stand-in for the citizen's phone.
 */
export async function lastSmsCode(browser: Browser, phone: string): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await signInAndWait(page, "supervisor");
  await page.goto(`/officer/outbox?recipient=${phone}&template=warning.code`);
  const text = await page.getByRole("table", { name: "短信发送记录" }).innerText();
  await context.close();
  const code = /验证码(\d{6})/.exec(text)?.[1];
  if (!code) throw new Error(`no SMS code for ${phone} in the delivery log`);
  return code;
}

/** Fills in the SMS code form of /warnings/subscribe with the code just sent to `phone`. */
export async function confirmSmsCode(page: Page, phone: string) {
  await expect(page.getByRole("heading", { name: "填写短信验证码" })).toBeVisible();
  const code = await lastSmsCode(page.context().browser()!, phone);
  await page.getByRole("textbox", { name: "验证码", exact: true }).fill(code);
  await page.getByRole("button", { name: "确认", exact: true }).click();
}
