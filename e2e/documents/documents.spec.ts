// 公文 from draft to signed for, by role. The county document's chain (sign-off, seal, receipt)
// runs in order on one document; the drafter's test has its own.
import { writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signInAndWait, uniqueName } from "../helpers";

// Stories with several officers on a shared 2-core machine (CI runs the whole suite).
test.describe.configure({ timeout: 180_000 });

async function draftAndSend(page: Page, options: { title: string; mainTo: string; reviewer?: string; signer: string }) {
  await page.goto("/officer/documents/new");
  await page.getByLabel("文种").selectOption({ label: "通知" });
  await page.getByLabel("标题").fill(options.title);
  await page.locator("#field-mainToIds").getByLabel(options.mainTo, { exact: true }).check();
  const editor = page.locator("#field-bodyHtml");
  await editor.click();
  await page.keyboard.type("一、总体要求");
  await page.getByRole("button", { name: "一级标题" }).click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "正文" }).click();
  await page.keyboard.type("请各单位认真落实冬季道路养护工作，确保群众出行安全。");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("草稿已保存。可以继续修改")).toBeVisible();
  await expect(page.getByRole("region", { name: "正文", exact: true }).getByRole("heading", { name: "一、总体要求" })).toBeVisible();
  if (options.reviewer) await page.locator("#field-reviewerIds").getByLabel(options.reviewer).check();
  await page.getByLabel("签发人").selectOption({ label: options.signer });
  await page.getByRole("button", { name: "送审" }).click();
  await expect(page.getByText("已送审，办理人已收到短信通知。")).toBeVisible();
  return page.url().split("?")[0];
}

test("[drafter] drafts and sends for review", async ({ page }) => {
  await signInAndWait(page, "handler");
  await page.goto("/officer/documents/new");
  // A bad form keeps what was typed and says what is wrong beside the field.
  await page.getByLabel("标题").fill("");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("link", { name: "请选择文种" })).toBeVisible();
  await expect(page.getByRole("link", { name: "请填写标题" })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("draft-errors-390.png"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });

  const title = `关于做好冬季道路养护工作的通知${uniqueName("")}`;
  const url = await draftAndSend(page, { title, mainTo: "城关镇人民政府", reviewer: "郑伟（县交通运输局）", signer: "李华（县交通运输局）" });
  await expect(page.getByTestId("document-status")).toHaveText("流转中");
  const sheet = page.getByTestId("sheet-step");
  await expect(sheet.nth(0)).toContainText("核稿：郑伟");
  await expect(sheet.nth(0)).toContainText("办理中");
  await expect(sheet.nth(1)).toContainText("签发：李华");
  await expect(sheet.nth(1)).toContainText("未到达");

  // The reviewer reads it and agrees with a comment; 签发 opens for the head.
  await page.context().clearCookies();
  await signInAndWait(page, "clerk");
  await page.goto(url);
  await page.getByRole("link", { name: "去核稿" }).click();
  await page.getByLabel("核稿意见（批示）").fill("文字已核，同意报签。");
  await page.getByRole("button", { name: "同意（完成核稿）" }).click();
  await expect(page.getByText("已完成核稿。")).toBeVisible();
  await expect(page.getByTestId("sheet-step").nth(0)).toContainText("意见：文字已核，同意报签。");
  await expect(page.getByTestId("sheet-step").nth(1)).toContainText("办理中");
});

test.describe.serial("a county document (县政府发文)", () => {
  let documentUrl = "";
  const title = `关于开展冬春农村道路安全检查的通知${uniqueName("")}`;

  test("[leader] signs off on a 390 px phone with a drawn signature", async ({ browser }) => {
    const desk = await browser.newPage();
    await signInAndWait(desk, "office");
    documentUrl = await draftAndSend(desk, { title, mainTo: "县交通运输局", signer: "黄建国（县人民政府办公室）" });
    await desk.close();

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signInAndWait(page, "leader");
    await page.goto(documentUrl);
    await page.getByRole("link", { name: "去签发" }).click();
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await expect(page.getByText("请各单位认真落实冬季道路养护工作")).toBeVisible();
    // The page fits the phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByText("同意", { exact: true }).click();
    const pad = page.getByTestId("signature-pad");
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 22, box.y + box.height / 2 + (i % 2 ? -25 : 25), { steps: 3 });
    await page.mouse.up();
    await expect(page.getByText("已签名")).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("leader-390.png"), fullPage: true });
    await page.getByRole("button", { name: "签发", exact: true }).click();
    await expect(page.getByText(/已完成签发。文号：桐政发〔\d{4}〕\d+号/)).toBeVisible();
    const signed = page.getByTestId("sheet-step").filter({ hasText: "签发：黄建国" });
    await expect(signed).toContainText("意见：同意");
    await expect(signed.getByRole("img", { name: "黄建国的手写签名" })).toBeVisible();
    await context.close();
  });

  test("[seal officer] seals", async ({ page }) => {
    await signInAndWait(page, "office");
    await page.goto(documentUrl);
    await expect(page.getByTestId("document-status")).toHaveText("已签发待盖章");
    await page.getByRole("link", { name: "去盖章" }).click();
    await page.getByRole("button", { name: "加盖电子印章" }).click();
    await expect(page.getByText("已加盖电子印章，可以分发。")).toBeVisible({ timeout: 30_000 });
    const pdf = await page.request.get(await page.getByRole("link", { name: "下载已盖章公文（PDF）" }).getAttribute("href").then((h) => h!));
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    writeFileSync(test.info().outputPath("sealed.pdf"), await pdf.body());
    // 分发 to the main recipient (ticked already).
    await expect(page.locator("#field-departmentIds").getByLabel("县交通运输局", { exact: true })).toBeChecked();
    await page.getByRole("button", { name: "分发" }).click();
    await expect(page.getByText("已分发，收文单位的公文收发员已收到短信通知。")).toBeVisible();
    await expect(page.getByTestId("receipt-row").filter({ hasText: "县交通运输局" })).toContainText("未签收");
  });

  test("[document clerk] of another unit signs for it and registers it", async ({ page }) => {
    await signInAndWait(page, "clerk");
    await page.goto("/officer/documents/incoming");
    await page.getByRole("link", { name: title }).first().click();
    await expect(page.getByTestId("receipt-status")).toHaveText("未签收");
    await page.getByRole("button", { name: "签收" }).click();
    await expect(page.getByText("已签收。")).toBeVisible();
    await page.getByRole("button", { name: "登记" }).click();
    await expect(page.getByTestId("register-no")).toHaveText(/^收〔\d{4}〕\d+号$/);
    await expect(page.getByTestId("incoming-status")).toHaveText("已登记待拟办");

    // The sender sees who signed for it and when.
    await page.context().clearCookies();
    await signInAndWait(page, "office");
    await page.goto(documentUrl);
    await expect(page.getByTestId("receipt-row").filter({ hasText: "县交通运输局" })).toContainText("已签收 郑伟");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: test.info().outputPath("sender-1280.png"), fullPage: true });
  });
});
