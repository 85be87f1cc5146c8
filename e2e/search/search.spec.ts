import { expect, test, type Page } from "@playwright/test";

// The seeded documents are indexed by the worker in the web process shortly after the start;
// the first search may come before it has run, so a search is repeated until the index answers.
async function searchUntilFound(page: Page, url: string) {
  await expect(async () => {
    await page.goto(url);
    await expect(page.getByRole("status").filter({ hasText: "找到" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

test.describe("search on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("[citizen] finds a service guide from the header search on a phone", async ({ page }) => {
    await page.goto("/");
    await searchUntilFound(page, "/search?q=%E5%8C%BB%E4%BF%9D"); // wait for the index (医保)
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "搜索政策、指南、项目" });
    await expect(box).toBeVisible();
    const boxSize = await box.boundingBox();
    expect(boxSize!.width).toBeGreaterThan(200);
    await box.fill("医保");
    await page.getByRole("search").getByRole("button", { name: "搜索" }).first().click();

    await expect(page).toHaveURL(/\/search\?q=%E5%8C%BB%E4%BF%9D/);
    await expect(page.getByRole("heading", { name: "站内搜索" })).toBeVisible();
    const guide = page.getByRole("link", { name: "城乡居民医保参保登记" });
    await expect(guide).toBeVisible();
    // The match is highlighted, and the page does not scroll sideways on a phone.
    await expect(guide.locator("mark")).toHaveText("医保");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await guide.click();
    await expect(page).toHaveURL(/\/guides\/guide-medical-insurance-enrollment$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("城乡居民医保参保登记");
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("[citizen] filters by type and pages through results with JavaScript off", async ({ page }) => {
    // 县 (one character) matches most of the demo county's documents: more than one page.
    await searchUntilFound(page, "/search?q=%E5%8E%BF");
    const status = page.getByRole("status").filter({ hasText: "找到" });
    const total = Number((await status.locator("strong").textContent()) ?? "0");
    expect(total).toBeGreaterThan(10);
    await expect(page.locator("ol > li")).toHaveCount(10);

    await page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText("第 2 / ")).toBeVisible();
    await expect(page.locator("ol > li")).toHaveCount(Math.min(10, total - 10));

    const facets = page.getByRole("navigation", { name: "按类型筛选" });
    await facets.getByRole("link", { name: /^办事指南（\d+）$/ }).click();
    await expect(page).toHaveURL(/type=SERVICE_GUIDE/);
    await expect(facets.getByRole("link", { name: /^办事指南/ })).toHaveAttribute("aria-current", "page");
    const guideCount = Number(/（(\d+)）/.exec((await facets.getByRole("link", { name: /^办事指南/ }).textContent()) ?? "")?.[1]);
    await expect(page.locator("ol > li")).toHaveCount(guideCount);
    for (const badge of await page.locator("ol > li > p:first-child > span:first-child").allTextContents()) expect(badge).toBe("办事指南");

    // The search form is a plain GET form; a query nothing matches says so.
    await page.getByLabel("搜索内容").fill("量子计算");
    await page.locator("main").getByRole("button", { name: "搜索" }).click();
    await expect(page.getByRole("heading", { name: "没有找到与“量子计算”相关的内容" })).toBeVisible();
  });
});

// What citizens type, through the plain GET form with JavaScript off.
test.describe("search as citizens type, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  async function ask(page: Page, query: string) {
    await searchUntilFound(page, "/search?q=%E5%8C%BB%E4%BF%9D"); // wait for the index (医保)
    await page.getByLabel("搜索内容").fill(query);
    await page.locator("main").getByRole("button", { name: "搜索" }).click();
    await expect(page.getByRole("status").filter({ hasText: "找到" })).toBeVisible();
  }

  const firstResults = (page: Page) => page.locator("main ol > li h3 a");

  test("[citizen] finds 低保 by asking 低保怎么申请", async ({ page }) => {
    await ask(page, "低保怎么申请");
    await expect(firstResults(page).first()).toHaveText("农村最低生活保障申请");
    await expect(page.getByRole("link", { name: "桐川县农村居民最低生活保障实施办法", exact: true })).toBeVisible();
  });

  test("[citizen] finds 营业执照 typed in traditional characters", async ({ page }) => {
    await ask(page, "營業執照");
    await expect(page.getByRole("link", { name: "个体工商户设立登记" })).toBeVisible();
  });

  test("[citizen] finds 医保 by its pinyin and 营业执照 by its initials", async ({ page }) => {
    await ask(page, "yibao");
    await expect(page.getByRole("link", { name: "城乡居民医保参保登记" })).toBeVisible();
    await ask(page, "yyzz");
    await expect(page.getByRole("link", { name: "个体工商户设立登记" })).toBeVisible();
  });

  test("[citizen] finds 低保 despite the typo 底保, and is offered the spelling", async ({ page }) => {
    await ask(page, "底保");
    await expect(firstResults(page).filter({ hasText: "最低生活保障" }).first()).toBeVisible();
    await expect(page.getByText("您是不是要找：")).toBeVisible();
    await expect(page.getByRole("link", { name: "低保", exact: true })).toHaveAttribute("href", /q=%E4%BD%8E%E4%BF%9D/);
  });
});
