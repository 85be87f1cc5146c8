import { expect, test } from "@playwright/test";
import { PNG, checkPhone, fileCase, openCase, signInAs, timelineOf } from "./fixtures";

// Several officers and citizens in one story, on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

test("[handler] proposes closing; [department head] sends it back, then approves", async ({ page, browser }, testInfo) => {
  const filed = await fileCase(browser);
  await signInAs(page, "handler");
  await openCase(page, filed.trackingNo);
  await page.getByRole("button", { name: "受理", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已受理该案件。");
  // A handler cannot close directly: only 提请办结 is offered.
  await expect(page.getByRole("button", { name: "办结", exact: true })).toHaveCount(0);
  const reply = "已安排养护站填平坑洼并设置警示标志，现场已恢复通行。";
  await page.getByLabel("给群众的答复").fill(reply);
  await page.getByLabel("办理照片（选填）").setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "提请办结", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已提请办结，等待部门负责人审核。");
  await expect(page.getByRole("img", { name: /办理照片/ })).toBeVisible();

  const head = await (await browser.newContext()).newPage();
  await signInAs(head, "head");
  await head.getByRole("link", { name: /待审核办结/ }).first().click();
  await head.getByRole("link", { name: filed.trackingNo }).first().click();
  await expect(head.getByTestId("proposed-reply")).toHaveText(reply);
  // Sending back needs a note.
  await head.getByRole("button", { name: "退回承办人" }).click();
  await expect(head.getByRole("link", { name: /退回时请写明/ })).toBeVisible();
  await head.getByLabel("审核意见（选填）").fill("请补充修复后的全景照片");
  await head.getByRole("button", { name: "退回承办人" }).click();
  await expect(head.getByRole("status")).toHaveText("已退回承办人，办结申请未通过。");
  await expect(timelineOf(head)).toContainText("请补充修复后的全景照片");

  // The handler's page, fresh (without the earlier ?done= banner).
  await page.goto(page.url().split("?")[0]);
  await expect(timelineOf(page)).toContainText("退回办结申请");
  await expect(timelineOf(page)).toContainText("请补充修复后的全景照片");
  await page.getByLabel("给群众的答复").fill(reply);
  await page.getByRole("button", { name: "提请办结", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已提请办结，等待部门负责人审核。");
  await expect(page.getByRole("button", { name: "提请办结", exact: true })).toHaveCount(0);
  // The phone layout: details first, a sticky bar to the actions.
  await checkPhone(page, testInfo, "handler-case");
  await expect(page.getByRole("link", { name: /办理操作（\d+项）/ })).toBeInViewport();

  await head.reload();
  await head.getByRole("button", { name: "同意办结" }).click();
  await expect(head.getByRole("status")).toContainText("案件已办结");
  await expect(head.getByText("已办结", { exact: true }).first()).toBeVisible();
  await expect(timelineOf(head)).toContainText("审核同意办结");
  await checkPhone(head, testInfo, "head-case");
});
