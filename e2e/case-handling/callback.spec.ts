import { expect, test } from "@playwright/test";
import { checkPhone, fileCase, openCase, signInAs, timelineOf } from "./fixtures";

// Several officers and citizens in one story, on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

test("[call-back operator] records a dissatisfied call-back that reopens the case", async ({ page, browser }, testInfo) => {
  const filed = await fileCase(browser);
  const head = await (await browser.newContext()).newPage();
  await signInAs(head, "head");
  await openCase(head, filed.trackingNo);
  await head.getByRole("button", { name: "受理", exact: true }).click();
  await expect(head.getByRole("status")).toHaveText("已受理该案件。");
  await head.getByLabel("最终答复").fill("已安排养护站填平坑洼并设置警示标志，本周内完成。");
  await head.getByRole("button", { name: "办结", exact: true }).click();
  await expect(head.getByRole("status")).toContainText("案件已办结");

  await signInAs(page, "callback");
  await page.setViewportSize({ width: 390, height: 844 });
  await openCase(page, filed.trackingNo);
  await page.getByText("电话回访", { exact: true }).first().click();
  // Reached, but no answers: the form says what is missing.
  await page.getByLabel("已联系上").check();
  await page.getByRole("button", { name: "记录回访" }).click();
  await expect(page.getByRole("link", { name: "请选择群众认为问题是否已解决" })).toBeVisible();
  await page.getByLabel("已联系上").check();
  await page.getByLabel("未解决", { exact: true }).check();
  await page.getByLabel("不满意", { exact: true }).check();
  await page.getByLabel("群众原话（选填）").fill("坑只填了一半，下雨又积水了");
  await page.getByRole("button", { name: "记录回访" }).click();
  await expect(page.getByRole("status")).toHaveText("回访已记录。");
  await expect(page.locator("main header")).toContainText("重新办理");
  await expect(timelineOf(page)).toContainText("坑只填了一半，下雨又积水了");
  await expect(timelineOf(page)).toContainText("已退回县交通运输局重新办理");
  await checkPhone(page, testInfo, "callback-case");
});
