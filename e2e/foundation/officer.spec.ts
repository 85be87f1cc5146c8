import { expect, test } from "@playwright/test";
import { addOfficerAsAdmin, formAlert, signIn, signInAndWait, STRONG_PASSWORD } from "../helpers";

test("[anonymous] is redirected from /officer to the sign-in page", async ({ page }) => {
  await page.goto("/officer/officers");
  await expect(page).toHaveURL(/\/officer\/login\?from=%2Fofficer%2Fofficers/);
  await expect(page.getByRole("heading", { name: "政务工作平台登录" })).toBeVisible();
});

test("[officer] signs in with a seeded account and reaches the dashboard", async ({ page }) => {
  await signInAndWait(page, "head");
  await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible();
  await expect(page.getByText("李华（部门负责人）")).toBeVisible();
  await expect(page.getByText("在办案件")).toBeVisible();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/officer\/login/);
  await page.goto("/officer");
  await expect(page).toHaveURL(/\/officer\/login/);
});

test("[officer] the dashboard works on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signInAndWait(page, "admin");
  // The menu folds behind a button that says how many items it has; opened, every item shows.
  const menu = page.getByText(/功能菜单（\d+项）/);
  await expect(menu).toBeVisible();
  await menu.click();
  await expect(page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "人员授权" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "系统设置" })).toBeInViewport();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test("[handler] gets a refusal on the officer admin page", async ({ page }) => {
  await signInAndWait(page, "handler");
  await expect(page.getByRole("link", { name: "人员授权" })).toHaveCount(0);
  await page.goto("/officer/officers");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await expect(page.getByText("周敏")).toHaveCount(0);
});

test("[officer] is locked after five wrong passwords", async ({ page, browser }) => {
  await signInAndWait(page, "admin");
  const username = await addOfficerAsAdmin(page, { password: STRONG_PASSWORD });

  const other = await browser.newContext();
  const login = await other.newPage();
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn(login, username, "Wrong2026");
    // The same words an unknown name gets: no countdown that tells a real name from a made-up one.
    await expect(formAlert(login)).toHaveText("用户名或密码错误。");
  }
  await signIn(login, username, "Wrong2026");
  await expect(formAlert(login)).toContainText("登录失败次数过多，该登录名已暂停登录15分钟");
  // Even the right password is refused while locked.
  await signIn(login, username, STRONG_PASSWORD);
  await expect(formAlert(login)).toContainText("已暂停登录");
  await expect(login).toHaveURL(/\/officer\/login/);
  await other.close();

  await page.goto("/officer/officers");
  await expect(page.getByRole("row", { name: new RegExp(username) })).toContainText("已锁定");
});

test("[admin] deactivates an officer, who then cannot sign in", async ({ page, browser }) => {
  await signInAndWait(page, "admin");
  const username = await addOfficerAsAdmin(page, { password: STRONG_PASSWORD });

  const other = await browser.newContext();
  const officerPage = await other.newPage();
  await signInAndWait(officerPage, username, STRONG_PASSWORD);

  // One click does nothing: deactivating asks for the tick first (works without JavaScript).
  await page.getByRole("button", { name: "停用账户" }).click();
  await expect(page.getByText("请先勾选“我确认停用：该人员将立即退出且不能再登录”，再提交。")).toBeVisible();
  await page.getByLabel("我确认停用：该人员将立即退出且不能再登录").check();
  await page.getByRole("button", { name: "停用账户" }).click();
  await expect(page.getByText("已停用，该人员不能再登录。")).toBeVisible();

  // The open session loses its power at once, and a new sign-in is refused.
  await officerPage.goto("/officer");
  await expect(officerPage).toHaveURL(/\/officer\/login/);
  await signIn(officerPage, username, STRONG_PASSWORD);
  await expect(formAlert(officerPage)).toContainText("该账户已停用");
  await other.close();

  await page.goto("/officer/audit");
  const row = page.getByRole("row", { name: new RegExp(username) }).filter({ hasText: "停用账户" }).first();
  await expect(row).toBeVisible();
  await expect(row).toContainText("周敏（admin）");
});

test("[admin] sees field messages and keeps the answers when adding an officer with bad input", async ({ page }) => {
  await signInAndWait(page, "admin");
  await page.goto("/officer/officers/new");
  await page.getByLabel("登录名").fill("Bad Name");
  await page.getByLabel("姓名").fill("钱七");
  await page.getByLabel("初始密码").fill("short");
  await page.getByRole("button", { name: "加入授权名单" }).click();
  const summary = formAlert(page);
  await expect(summary).toContainText("提交失败，请检查以下问题");
  await expect(summary.getByRole("link", { name: "请选择所属部门" })).toBeVisible();
  await expect(page.getByText("密码至少需要10位").nth(1)).toBeVisible();
  await expect(page.getByLabel("姓名")).toHaveValue("钱七");
  await expect(page.getByLabel("登录名")).toHaveValue("Bad Name");
  await expect(page).toHaveTitle(/^错误：/);
});
