import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { formAlert, signInAndWait } from "../helpers";

// Screenshots for a person to look at: STATS_SCREENSHOTS=dir npx playwright test e2e/stats
async function shoot(page: Page, name: string) {
  const dir = process.env.STATS_SCREENSHOTS;
  if (!dir) return;
  await page.screenshot({ path: `${dir}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${dir}/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** On a 390 px phone the page scrolls only downwards; wide tables scroll inside their box. */
async function expectFitsPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("[supervisor] sees per-department statistics and downloads the CSV", async ({ page }) => {
  await signInAndWait(page, "supervisor");
  await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "统计分析" }).click();
  await expect(page.getByRole("heading", { name: "统计分析", level: 1 })).toBeVisible();
  const scorecards = page.getByRole("table", { name: "各部门办理情况" });
  for (const column of ["部门", "受理量", "响应率", "按时办结率", "办结率", "满意率", "重办率", "超期件数"]) {
    await expect(scorecards.getByRole("columnheader", { name: column, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "指标口径" })).toBeVisible();
  await expect(page.getByRole("img", { name: /受理量柱状图/ })).toBeVisible();

  // A range that ends before it starts is refused with the GOV.UK error pattern.
  await page.getByLabel("开始日期").fill("2026-03-10");
  await page.getByLabel("结束日期").fill("2026-03-01");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(formAlert(page)).toContainText("结束日期不能早于开始日期");
  await expect(page).toHaveTitle(/^错误：/);
  await expect(page.getByLabel("开始日期")).toHaveValue("2026-03-10");

  await page.getByLabel("开始日期").fill("2026-01-01");
  await page.getByLabel("结束日期").fill("2026-12-31");
  await page.getByLabel("趋势按").selectOption({ label: "月" });
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByRole("heading", { name: "部门办理情况（2026-01-01 至 2026-12-31）" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "2026年12月" })).toBeVisible();
  await expectFitsPhone(page);
  await shoot(page, "stats");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出案件明细（CSV）" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("complaints-all-2026-01-01-2026-12-31.csv");
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString("utf8").split("\r\n")[0]).toBe("受理编号,提交时间,诉求类别,承办部门,状态,办理期限,办结时间,是否按时办结,满意度,重办次数");
});

test("[admin] changes a category's SLA class and adds a calendar day", async ({ page }) => {
  await signInAndWait(page, "admin");
  await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "系统设置" }).click();
  await page.getByRole("link", { name: "诉求类别与承办部门" }).click();
  await expect(page.getByText("修改只对此后新提交的案件生效").first()).toBeVisible();
  const row = page.getByRole("row", { name: /社会救助与医保/ });
  await expect(row).toContainText("一般类");
  await expectFitsPhone(page);
  await shoot(page, "settings-categories");
  await row.getByRole("link", { name: /修改/ }).click();

  // A missing answer is named, and the other answers are kept.
  await page.getByLabel("时限类别").selectOption({ label: "复杂类（15个工作日）" });
  await page.getByLabel("承办部门").selectOption({ label: "请选择" });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(formAlert(page)).toContainText("请选择承办部门");
  await expect(page.getByLabel("时限类别")).toHaveValue(await page.getByLabel("时限类别").locator("option", { hasText: "复杂类" }).getAttribute("value") as string);

  await page.getByLabel("承办部门").selectOption({ label: "县民政局" });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toContainText("已保存“社会救助与医保”：由县民政局承办，时限类别为复杂类。");
  await expect(page.getByRole("row", { name: /社会救助与医保/ })).toContainText("复杂类（15个工作日）");

  // Put it back, so other specs filing in this category see the seeded class.
  await page.getByRole("row", { name: /社会救助与医保/ }).getByRole("link", { name: /修改/ }).click();
  await page.getByLabel("时限类别").selectOption({ label: "一般类（7个工作日）" });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("row", { name: /社会救助与医保/ })).toContainText("一般类（7个工作日）");

  await page.goto("/officer/settings/calendar?year=2098");
  await expect(page.getByRole("heading", { name: "工作日历（2098年）" })).toBeVisible();
  const day = `2098-05-${String(10 + Math.floor(Math.random() * 18)).padStart(2, "0")}`;
  await page.getByLabel("日期", { exact: true }).fill(day);
  await page.getByLabel("放假").check();
  await page.getByLabel("节日名称").fill("县庆");
  await page.getByRole("button", { name: "保存这一天" }).click();
  await expect(page.getByRole("status")).toContainText(`已保存 ${day}。`);
  const dayRow = page.getByRole("row", { name: new RegExp(day) });
  await expect(dayRow).toContainText("放假");
  await expect(dayRow).toContainText("县庆");
  await expectFitsPhone(page);
  await shoot(page, "settings-calendar");

  await dayRow.getByRole("button", { name: /删除/ }).click();
  await expect(page.getByRole("status")).toContainText(`已删除 ${day}`);
  await expect(page.getByRole("row", { name: new RegExp(day) })).toHaveCount(0);
});
