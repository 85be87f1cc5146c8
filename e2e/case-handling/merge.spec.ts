import { expect, test } from "@playwright/test";
import { checkPhone, fileCase, openCase, signInAs } from "./fixtures";

// Several officers and citizens in one story, on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

test("[supervisor] merges a duplicate into its master; the citizen's tracking page shows the master", async ({ page, browser }, testInfo) => {
  const master = await fileCase(browser);
  const duplicate = await fileCase(browser);
  await signInAs(page, "supervisor");
  await page.setViewportSize({ width: 390, height: 844 });
  await openCase(page, duplicate.trackingNo);
  await page.getByText("合并重复件", { exact: true }).first().click();
  await page.getByLabel("主案件受理编号").fill(duplicate.trackingNo);
  await page.getByRole("button", { name: "并入主案件" }).click();
  await expect(page.getByRole("link", { name: "不能与本案件自身合并，请填写另一件的受理编号" })).toBeVisible();
  await page.getByLabel("主案件受理编号").fill(master.trackingNo);
  await page.getByRole("button", { name: "并入主案件" }).click();
  await expect(page.getByRole("status")).toHaveText("已并入主案件，本案件关闭。");
  await expect(page.locator("main header")).toContainText("已关闭");
  await checkPhone(page, testInfo, "merged-case");
  await page.getByRole("link", { name: master.trackingNo }).click();
  await expect(page.locator("main header")).toContainText(master.trackingNo);
  await expect(page.getByRole("link", { name: duplicate.trackingNo })).toBeVisible();

  const citizen = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })).newPage();
  await citizen.goto("/complaints/track");
  await citizen.getByLabel("受理编号", { exact: true }).fill(duplicate.trackingNo);
  await citizen.getByLabel("查询码", { exact: true }).fill(duplicate.accessCode);
  await citizen.getByRole("button", { name: "查询" }).click();
  await expect(citizen.getByTestId("merged-into")).toContainText(master.trackingNo);
});

test("[auditor] reads the case acts in Chinese with the case number, and exports them", async ({ page, browser }, testInfo) => {
  const filed = await fileCase(browser);
  const head = await (await browser.newContext()).newPage();
  await signInAs(head, "head");
  await openCase(head, filed.trackingNo);
  await head.getByRole("button", { name: "受理", exact: true }).click();
  await expect(head.getByRole("status")).toHaveText("已受理该案件。");

  await signInAs(page, "admin");
  await page.goto(`/officer/audit?target=${filed.trackingNo}`);
  const row = page.getByRole("row").filter({ hasText: "受理案件" });
  await expect(row).toContainText(`案件 ${filed.trackingNo}`);
  await expect(row).toContainText("原状态：待受理");
  await page.screenshot({ path: testInfo.outputPath("audit-1280.png"), fullPage: true });
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /导出CSV/ }).click();
  const file = await download;
  const body = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(body).toString("utf8")).toContain(`受理案件,案件 ${filed.trackingNo}`);
  await checkPhone(page, testInfo, "audit");
});
