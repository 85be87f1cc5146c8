import { expect, test } from "@playwright/test";

test.describe("public shell", () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test("[citizen] home page shows seeded policies in Chinese and is usable at 390 px", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("link", { name: "桐川县农村居民最低生活保障实施办法" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "办事指南" })).toBeVisible();
    await expect(page.getByText("寒潮蓝色预警")).toBeVisible();
    const nav = page.getByRole("navigation", { name: "主导航" });
    for (const label of ["首页", "我要投诉", "办理结果", "政策文件", "办事指南", "招商引资", "农产品溯源", "搜索"]) {
      await expect(nav.getByRole("link", { name: label })).toBeVisible();
    }
    // Nothing runs off the side of a phone screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByRole("link", { name: "农村最低生活保障申请" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "农村最低生活保障申请" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "申请材料清单" })).toBeVisible();
    await expect(page.getByText("户口簿、居民身份证原件及复印件")).toBeVisible();
  });

  test("[citizen] large-text mode works without JavaScript and persists", async ({ page }) => {
    await page.goto("/policies");
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await page.getByRole("button", { name: "大字模式" }).click();
    await expect(page).toHaveURL(/\/policies$/);
    await expect(page.locator("html")).toHaveClass(/text-large/);
    await page.goto("/guides");
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(after).toBeGreaterThan(before);
    await page.getByRole("button", { name: "标准字号" }).click();
    await expect(page.locator("html")).not.toHaveClass(/text-large/);
  });

  test("[citizen] a policy page shows its document number and dates", async ({ page }) => {
    await page.goto("/policies/rural-minimum-living-allowance-2026");
    await expect(page.getByText("桐政发〔2026〕5号")).toBeVisible();
    await expect(page.getByText("2026年4月1日", { exact: true })).toBeVisible();
  });

  test("[citizen] a missing document or address says so, even without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/policies/no-such-document");
    await expect(page.getByRole("heading", { name: "未找到该页面" })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    const unmatched = await page.goto("/no-such-section/at-all");
    expect(unmatched?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "未找到该页面" })).toBeVisible();
    await context.close();
  });
});

test("[anonymous] health endpoint reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: { ok: true } });
});
