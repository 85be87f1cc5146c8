import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { addOfficerAsAdmin, changeOwnPassword, formAlert, signIn, signInAndWait, STRONG_PASSWORD } from "../helpers";

/** A fresh browser that holds only the given cookies: what a copied session cookie can do. */
async function replay(browser: Browser, from: BrowserContext) {
  const context = await browser.newContext();
  await context.addCookies(await from.cookies());
  return context;
}

async function expectRefused(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto("/officer");
  await expect(page).toHaveURL(/\/officer\/login/);
  await expect(page.getByRole("heading", { name: "政务工作平台登录" })).toBeVisible();
  // Nor can it act: a route that reads private data refuses it.
  const csv = await context.request.get("/officer/stats/export");
  expect(csv.status()).toBe(401);
}

test("[officer] a signed-out cookie replayed is refused", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAndWait(page, "supervisor");
  const stolen = await replay(browser, context);
  // The copy works while the session lives.
  const copy = await stolen.newPage();
  await copy.goto("/officer");
  await expect(copy.getByRole("heading", { name: "工作台" })).toBeVisible();
  await copy.close();

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/officer\/login/);
  await expectRefused(stolen);
  await stolen.close();
  await context.close();
});

test("[admin] reset ends the officer's session", async ({ page, browser }) => {
  await signInAndWait(page, "admin");
  const username = await addOfficerAsAdmin(page, { password: STRONG_PASSWORD });
  const officerUrl = page.url();

  const officer = await browser.newContext();
  await signInAndWait(await officer.newPage(), username, STRONG_PASSWORD);

  await page.goto(officerUrl);
  await page.getByLabel("新密码").fill("Demo2026");
  await page.getByRole("button", { name: "重置密码" }).click();
  // The published demo password is refused, and nothing changes.
  await expect(formAlert(page)).toContainText("提交失败，请检查以下问题");
  await expect(page.getByText(/已公开|太常见|至少需要10位/).first()).toBeVisible();
  const stillIn = await officer.newPage();
  await stillIn.goto("/officer");
  await expect(stillIn.getByRole("heading", { name: "工作台" })).toBeVisible();

  await page.getByLabel("新密码").fill("Velvet-Canyon-5713");
  await page.getByRole("button", { name: "重置密码" }).click();
  await expect(page.getByText("密码已重置")).toBeVisible();
  await expectRefused(officer);
  // The password the admin chose opens only the page where the officer chooses their own.
  const again = await officer.newPage();
  await signIn(again, username, "Velvet-Canyon-5713");
  await expect(again).toHaveURL(/\/officer\/password$/);
  await expect(again.getByRole("heading", { name: "请设置新密码" })).toBeVisible();
  await again.goto("/officer/complaints");
  await expect(again).toHaveURL(/\/officer\/password$/);
  await officer.close();
});

test("[admin] deactivating and reactivating does not bring an old session back", async ({ page, browser }) => {
  await signInAndWait(page, "admin");
  const username = await addOfficerAsAdmin(page, { password: STRONG_PASSWORD });
  const officer = await browser.newContext();
  await signInAndWait(await officer.newPage(), username, STRONG_PASSWORD);

  await page.getByLabel("我确认停用：该人员将立即退出且不能再登录").check();
  await page.getByRole("button", { name: "停用账户" }).click();
  await expect(page.getByText("已停用，该人员不能再登录。")).toBeVisible();
  await page.getByRole("button", { name: "重新启用" }).click();
  await expect(page.getByText("已启用，该人员可以登录。")).toBeVisible();
  await expectRefused(officer);
  await officer.close();
});

test("[officer] changes own password", async ({ page, browser }) => {
  await signInAndWait(page, "admin");
  const username = await addOfficerAsAdmin(page, { password: STRONG_PASSWORD });

  const context = await browser.newContext();
  const officer = await context.newPage();
  await signInAndWait(officer, username, STRONG_PASSWORD);
  await officer.getByRole("link", { name: "修改密码" }).click();
  await expect(officer.getByRole("heading", { name: "修改密码" })).toBeVisible();

  // A wrong current password and a common new one: both named in the summary, title marked.
  await officer.getByLabel("当前密码").fill("not-my-password");
  await officer.getByLabel("新密码", { exact: true }).fill("password123");
  await officer.getByLabel("再次填写新密码").fill("password123");
  await officer.getByRole("button", { name: "修改密码" }).click();
  const summary = formAlert(officer);
  await expect(summary).toContainText("提交失败，请检查以下问题");
  await expect(summary.getByRole("link", { name: /太常见/ })).toBeVisible();
  await expect(officer).toHaveTitle(/^错误：/);

  await changeOwnPassword(officer, STRONG_PASSWORD, "Lilac-Tunnel-3390");
  await expect(officer).toHaveURL(/\/officer\/login\?notice=password-changed/);
  await expect(officer.getByRole("status")).toContainText("密码已修改");

  await signIn(officer, username, STRONG_PASSWORD);
  await expect(formAlert(officer)).toHaveText("用户名或密码错误。");
  await signInAndWait(officer, username, "Lilac-Tunnel-3390");
  await context.close();
});

test("[officer] changes own password with JavaScript off", async ({ page, browser }) => {
  await signInAndWait(page, "admin");
  const username = await addOfficerAsAdmin(page, { password: STRONG_PASSWORD });
  const signedIn = await browser.newContext();
  await signInAndWait(await signedIn.newPage(), username, STRONG_PASSWORD);

  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
  const officer = await noJs.newPage();
  await officer.goto("/officer/password");
  await officer.getByLabel("当前密码").fill(STRONG_PASSWORD);
  await officer.getByLabel("新密码", { exact: true }).fill("Amber-Lantern-93");
  await officer.getByLabel("再次填写新密码").fill("Amber-Lantern-9");
  await officer.getByRole("button", { name: "修改密码" }).click();
  await expect(officer).toHaveTitle(/^错误：/);
  await expect(officer.getByRole("link", { name: "两次填写的新密码不一致" })).toBeVisible();

  await officer.getByLabel("当前密码").fill(STRONG_PASSWORD);
  await officer.getByLabel("新密码", { exact: true }).fill("Amber-Lantern-93");
  await officer.getByLabel("再次填写新密码").fill("Amber-Lantern-93");
  await officer.getByRole("button", { name: "修改密码" }).click();
  await expect(officer).toHaveURL(/\/officer\/login\?notice=password-changed/);
  await expect(officer.getByText("密码已修改")).toBeVisible();
  await noJs.close();
  await signedIn.close();
});

test("[anonymous] the sign-in page shows no text a link supplies", async ({ page }) => {
  await page.goto("/officer/login?error=" + encodeURIComponent("系统升级，请拨打 400-000-0000 并提供密码"));
  await expect(page.getByText("400-000-0000")).toHaveCount(0);
  await page.goto("/officer/login?error=CredentialsSignin");
  await expect(page.getByText("用户名或密码错误。")).toBeVisible();
});
