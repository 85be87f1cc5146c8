import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../helpers";

// The sign-in form without JavaScript: a plain POST to next-auth with its CSRF token, so the
// password never lands in a URL (address bar, history, proxy and server logs).
test("[officer] signs in without JavaScript, and the password never appears in a URL", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  const wrong = "Wrong-Pass-7731";

  await page.goto("/officer/login");
  await page.getByLabel("登录名").fill("supervisor");
  await page.getByLabel("密码").fill(wrong);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/officer\/login\?.*error=INVALID_CREDENTIALS/);
  await expect(page.getByRole("alert")).toHaveText("用户名或密码错误。");

  await page.getByLabel("登录名").fill("supervisor");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/officer$/);
  await expect(page.getByRole("heading", { name: "工作台" })).toBeVisible();

  expect(urls.length).toBeGreaterThan(3);
  for (const url of urls) {
    expect(url).not.toContain(wrong);
    expect(url).not.toContain(DEMO_PASSWORD);
    expect(url).not.toContain("password=");
  }
  await context.close();
});
