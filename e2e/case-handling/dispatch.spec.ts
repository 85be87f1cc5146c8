import { expect, test } from "@playwright/test";
import { checkPhone, fileCase, openCase, signInAs } from "./fixtures";

// Several officers and citizens in one story, on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

test("[dispatcher] dispatches a queued case and receives a send-back", async ({ page, browser }, testInfo) => {
  await signInAs(page, "dispatcher");
  // The dashboard card is a link to the queue.
  await page.getByRole("link", { name: /待派单/ }).first().click();
  await expect(page).toHaveURL(/state=dispatch/);
  await expect(page.getByRole("link", { name: /待派单/ }).first()).toHaveAttribute("aria-current", "page");
  await page.screenshot({ path: testInfo.outputPath("dispatch-queue-1280.png"), fullPage: true });
  await checkPhone(page, testInfo, "dispatch-queue");
  await page.setViewportSize({ width: 1280, height: 900 });

  // 安全隐患 has no fixed department: the demo case waits in the queue.
  await page.getByRole("link", { name: "TC261120000011" }).first().click();
  const department = page.getByLabel("承办部门");
  await expect(department.locator("option", { hasText: "县政府督查室" })).toHaveCount(0);
  await page.getByRole("button", { name: "派单", exact: true }).click();
  await expect(page.getByRole("link", { name: "请选择承办部门" })).toBeVisible();
  await department.selectOption({ label: "县住房和城乡建设局" });
  await page.getByLabel("派单意见（选填）").fill("电力设施倒伏风险，请联系供电所处置");
  await page.getByRole("button", { name: "派单", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已派单，案件已交承办部门受理。");
  await expect(page.getByRole("link", { name: "TC261120000011" })).toHaveCount(0);

  // The transport bureau says a new case is not its own and sends it back within its limit.
  const filed = await fileCase(browser);
  const handler = await (await browser.newContext()).newPage();
  await signInAs(handler, "handler");
  await openCase(handler, filed.trackingNo);
  await handler.getByText("退回12345", { exact: true }).first().click();
  await handler.getByLabel("退回理由").fill("路面属城关镇市政道路，应由住建局养护");
  await handler.getByRole("button", { name: "退回12345" }).click();
  await expect(handler.getByRole("status")).toContainText("已退回12345重新派单");
  // Still the bureau's until dispatch acts.
  await expect(handler.getByText("已退回12345，待重新派单")).toBeVisible();

  await page.goto("/officer/complaints?state=dispatch");
  const item = page.getByRole("row").filter({ hasText: filed.trackingNo });
  await expect(item).toContainText("退回理由：路面属城关镇市政道路，应由住建局养护");
  await item.getByRole("link", { name: filed.trackingNo }).click();
  await expect(page.getByText("县交通运输局退回：路面属城关镇市政道路")).toBeVisible();
  await page.getByLabel("承办部门").selectOption({ label: "县住房和城乡建设局" });
  await page.getByRole("button", { name: "派单", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已派单，案件已交承办部门受理。");
  await openCase(page, filed.trackingNo);
  await expect(page.getByRole("definition").filter({ hasText: "县住房和城乡建设局" }).first()).toBeVisible();
  await checkPhone(page, testInfo, "dispatched-case");
});
