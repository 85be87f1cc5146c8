import { expect, test } from "@playwright/test";
import { changeOwnPassword, FIRST_ADMIN, FIRST_ADMIN_PASSWORD, signIn, signInAndWait } from "../helpers";

// playwright.config.ts runs `npm run officer:create-admin` (ADMIN_USERNAME/ADMIN_PASSWORD) before
// the server starts, as a deployment would.
test("[admin] a first admin is forced to change the password before using the platform", async ({ page }) => {
  await signIn(page, FIRST_ADMIN, FIRST_ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/officer\/password$/);
  await expect(page.getByRole("heading", { name: "请设置新密码" })).toBeVisible();

  // Nowhere else until the password is changed, and no action either.
  await page.goto("/officer/officers");
  await expect(page).toHaveURL(/\/officer\/password$/);
  expect((await page.request.get("/officer/stats/export")).status()).toBe(401);

  await changeOwnPassword(page, FIRST_ADMIN_PASSWORD, "Harbor-Slate-Willow-72");
  await expect(page).toHaveURL(/\/officer\/login\?notice=password-changed/);
  await signInAndWait(page, FIRST_ADMIN, "Harbor-Slate-Willow-72");
  await page.goto("/officer/officers");
  await expect(page.getByRole("heading", { name: "人员授权名单" })).toBeVisible();
});
