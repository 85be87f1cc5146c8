import { expect, test } from "@playwright/test";
import { signInAndWait } from "../helpers";

test("[supervisor] sends a 催办 on an overdue case, issues and prints a numbered order, reads the ranking", async ({ page }) => {
  await signInAndWait(page, "supervisor");
  await page.goto("/officer/supervision");
  const board = page.getByRole("region", { name: /超期和临期事项/ });
  const item = board.getByRole("row").filter({ hasText: "TC261120000002" });
  await item.locator("summary", { hasText: "催办" }).click();
  await item.getByLabel("催办要求").fill("");
  await item.getByRole("button", { name: "发送催办" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请写明催办要求" })).toBeVisible();
  const again = page.getByRole("region", { name: /超期和临期事项/ }).getByRole("row").filter({ hasText: "TC261120000002" });
  await again.getByLabel("催办要求").fill("请今天内恢复班车并反馈。");
  await again.getByRole("button", { name: "发送催办" }).click();
  await expect(page.getByRole("status")).toContainText("催办已发出");

  await page.goto("/officer/complaints?state=all&q=TC261120000002");
  await page.getByRole("link", { name: "TC261120000002" }).click();
  await page.locator("summary", { hasText: "发督办单" }).click();
  await page.getByLabel("督办要求").fill("请于三日内恢复石门乡班车并书面反馈。");
  const example = (await page.getByText(/^例如 \d{4}-\d{2}-\d{2}$/).last().textContent())!.replace("例如 ", "");
  await page.getByLabel("督办期限").fill(example);
  await page.getByRole("button", { name: "发出督办单" }).click();
  await expect(page.getByRole("status")).toHaveText("督办单已发出。");
  await expect(page.getByText(/催办/).first()).toBeVisible();

  await page.goto("/officer/supervision");
  const orders = page.locator("section", { has: page.getByRole("heading", { name: /未反馈的督办单/ }) });
  const order = orders.getByRole("listitem").filter({ hasText: "请于三日内恢复石门乡班车" }).first();
  await expect(order).toContainText(/桐督〔\d{4}〕\d+号/);
  const download = page.waitForEvent("download");
  await order.getByRole("link", { name: "打印督办通知单（PDF）" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(0, 5).toString()).toBe("%PDF-");

  await page.getByRole("link", { name: "查看部门考核排名" }).click();
  await expect(page.getByRole("heading", { name: "部门考核排名" })).toBeVisible();
  await page.getByLabel("月份").fill("2026-11");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page.getByRole("region", { name: /排名/ }).getByRole("row", { name: /县交通运输局/ })).toBeVisible();
});

test("[supervisor] sorts the board by each column through links, both ways", async ({ page }) => {
  await signInAndWait(page, "supervisor");
  await page.goto("/officer/supervision");
  const board = page.getByRole("region", { name: /超期和临期事项/ });
  await expect(board.getByRole("columnheader", { name: /期限/ })).toHaveAttribute("aria-sort", "ascending");
  await page.screenshot({ path: "test-results/board-1280.png", fullPage: true });
  const collator = new Intl.Collator("zh-CN");
  const column = async (n: number) => (await board.locator(`tbody tr > td:nth-child(${n})`).allTextContents()).map((t) => t.replace(/^[^：]*：/, "").trim());
  for (const [label, n] of [["承办部门", 4], ["类别", 2], ["承办人", 5], ["状态", 6]] as const) {
    await board.getByRole("columnheader", { name: new RegExp(label) }).getByRole("link").click();
    await expect(board.getByRole("columnheader", { name: new RegExp(label) })).toHaveAttribute("aria-sort", "ascending");
    const asc = await column(n);
    expect(asc.length).toBeGreaterThan(1);
    // Lines without a handler (未分派) come last going up.
    const named = label === "承办人" ? asc.filter((t) => t !== "未分派") : asc;
    expect(named).toEqual([...named].sort(collator.compare));
    await board.getByRole("columnheader", { name: new RegExp(label) }).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`dir=desc`));
    await expect(board.getByRole("columnheader", { name: new RegExp(label) })).toHaveAttribute("aria-sort", "descending");
    // Descending is ascending reversed, ties included (they fall back to the due time, reversed too).
    expect(await column(n)).toEqual([...asc].reverse());
  }
  await board.getByRole("columnheader", { name: /阶段/ }).getByRole("link").click();
  await expect(board.getByRole("columnheader", { name: /阶段/ })).toHaveAttribute("aria-sort", "ascending");
  const stages = await column(3);
  const order = (s: string) => ["受理超期", "受理临期", "反馈超期", "反馈临期", "办结超期", "办结临期"].indexOf(s);
  expect(stages.map(order)).toEqual([...stages.map(order)].sort((a, b) => a - b));
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("[supervisor] reads the board and the ranking", async ({ page }) => {
    await signInAndWait(page, "supervisor");
    await page.goto("/officer/supervision");
    const board = page.getByRole("region", { name: /超期和临期事项/ });
    await expect(board).toContainText("TC261120000002");
    // On a phone the columns' sort links sit in a bar above the stacked lines.
    await board.getByRole("navigation", { name: "排序" }).getByRole("link", { name: /承办部门/ }).click();
    await expect(page).toHaveURL(/sort=department&dir=asc/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "test-results/board-390.png", fullPage: true });
    await page.goto("/officer/supervision/ranking?month=2026-11");
    await expect(page.getByRole("heading", { name: "部门考核排名" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "test-results/ranking-390.png", fullPage: true });
  });
});
