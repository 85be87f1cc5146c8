import { expect, test, type Page } from "@playwright/test";
import { signInAndWait } from "../helpers";

// Each test acts on its own demo case (lib/seed/demo-cases.ts), so tests never depend on each
// other: 01 resolved by the handler, 02 overdue, 03 conflict, 04 another department's, 05 near
// due, 06 extension, 07 phone layout.

async function openCase(page: Page, trackingNo: string) {
  await page.goto(`/officer/complaints?state=all&q=${trackingNo}`);
  await page.getByRole("link", { name: trackingNo }).click();
  await expect(page).toHaveURL(/\/officer\/complaints\/(?!\?)[^/?]+$/);
  await expect(page.locator("main header")).toContainText(trackingNo);
}

test("[handler] accepts, replies and proposes closing a case", async ({ page }) => {
  await signInAndWait(page, "handler");
  await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "案件办理" }).click();
  await expect(page.getByRole("heading", { name: "案件办理" })).toBeVisible();
  await openCase(page, "TC261120000001");

  // Officers see the citizen's contact and the photo (served by the officer-only route).
  await expect(page.getByRole("link", { name: "15900001101" })).toBeVisible();
  const photo = page.getByRole("img", { name: /照片/ });
  await expect(photo).toBeVisible();
  // Visible comes before loaded on a busy machine: wait for the image to have decoded.
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  await page.getByRole("button", { name: "受理", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已受理该案件。");
  await expect(page.getByText("已受理", { exact: true }).first()).toBeVisible();

  // A reply too short is refused with the field message, and the text is kept.
  await page.getByLabel("答复内容").fill("已安排");
  await page.getByRole("button", { name: "发送答复" }).click();
  await expect(page.getByRole("link", { name: "答复至少需要10个字" })).toBeVisible();
  await expect(page.getByLabel("答复内容")).toHaveValue("已安排");

  const reply = "已安排公路养护站于本周内填补塌陷路面并设置警示标志。";
  await page.getByLabel("答复内容").fill(reply);
  await page.getByRole("button", { name: "发送答复" }).click();
  await expect(page.getByRole("status")).toHaveText("答复已发送给群众。");

  // A handler proposes 办结; the department head reviews it (e2e/case-handling/).
  await page.getByRole("button", { name: "提请办结", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("已提请办结");
  const timeline = page.locator("section", { has: page.getByRole("heading", { name: "办理过程" }) });
  await expect(timeline).toContainText("答复群众");
  await expect(timeline).toContainText(reply);
  await expect(timeline).toContainText("提请办结");
  await expect(page.getByText("已提请办结，等待部门负责人审核。").last()).toBeVisible();
});

test("[supervisor] sees an overdue case on the board", async ({ page }) => {
  await signInAndWait(page, "supervisor");
  await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "督办看板" }).click();
  // One table of every kind and stage; each line names its stage (办结超期, 受理超期, 办结临期, ...).
  const board = page.getByRole("region", { name: /超期和临期事项/ });
  const item = board.getByRole("row").filter({ hasText: "TC261120000002" });
  await expect(item).toContainText("城关镇客运站至石门乡班车长期停运");
  await expect(item).toContainText("县交通运输局");
  await expect(item).toContainText("办结超期");
  await expect(item).toContainText(/已超期\d+天/);
  await expect(board.getByRole("row").filter({ hasText: "TC261120000005" }).filter({ hasText: "办结临期" })).toBeVisible();
  await expect(page.getByRole("region", { name: "各部门情况" }).getByRole("row", { name: /县交通运输局/ })).toBeVisible();

  await item.getByRole("link", { name: "TC261120000002" }).click();
  await expect(page.locator("main header")).toContainText("超期");
  // Supervisors push the case with an order; they cannot handle it themselves.
  await expect(page.getByRole("button", { name: "发送答复" })).toHaveCount(0);
  await page.locator("summary", { hasText: "发督办单" }).click();
  await page.getByLabel("督办要求").fill("请于三日内恢复石门乡班车并书面反馈。");
  const example = (await page.getByText(/^例如 \d{4}-\d{2}-\d{2}$/).last().textContent())!.replace("例如 ", "");
  await page.getByLabel("督办期限").fill(example);
  await page.getByRole("button", { name: "发出督办单" }).click();
  await expect(page.getByRole("status")).toHaveText("督办单已发出。");
  await expect(page.getByRole("heading", { name: "督办单" })).toBeVisible();
});

test("[officer] a second officer acting on a stale page sees the conflict message", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const handler = await first.newPage();
  const head = await second.newPage();
  await signInAndWait(handler, "handler");
  await signInAndWait(head, "head");
  await openCase(handler, "TC261120000003");
  await openCase(head, "TC261120000003");

  await handler.getByRole("button", { name: "受理", exact: true }).click();
  await expect(handler.getByRole("status")).toHaveText("已受理该案件。");

  // The head's page is stale: refusing the case now must fail and say who changed it.
  await head.locator("summary", { hasText: "不予受理" }).click();
  const reason = "不属于本部门职责，应由学校所在镇政府处理。";
  await head.getByLabel("不予受理的理由").fill(reason);
  await head.getByRole("button", { name: "不予受理", exact: true }).click();
  const conflict = head.getByTestId("case-conflict");
  await expect(conflict).toContainText(/该案件已被张明于\d{2}:\d{2}修改，请刷新页面/);
  await expect(head.getByLabel("不予受理的理由")).toHaveValue(reason);
  await expect(conflict.getByTestId("case-conflict-typed")).toHaveText(reason);

  await conflict.getByRole("link", { name: /刷新页面/ }).click();
  await expect(head.getByTestId("case-conflict")).toHaveCount(0);
  await expect(head.locator("main header").getByText("已受理", { exact: true })).toBeVisible();
  await expect(head.getByRole("button", { name: "不予受理", exact: true })).toHaveCount(0);
  // Nothing was written twice: one acceptance in the timeline, no refusal.
  const timeline = head.locator("section", { has: head.getByRole("heading", { name: "办理过程" }) });
  await expect(timeline.getByText("受理", { exact: true })).toHaveCount(1);
  await expect(timeline.getByText("不予受理")).toHaveCount(0);
  await first.close();
  await second.close();
});

test("[handler] cannot open another department's case", async ({ page, browser }) => {
  await signInAndWait(page, "supervisor");
  await openCase(page, "TC261120000004");
  const caseUrl = new URL(page.url()).pathname;

  const other = await browser.newContext();
  const handlerPage = await other.newPage();
  await signInAndWait(handlerPage, "handler");
  await handlerPage.goto("/officer/complaints?state=all&q=TC261120000004");
  await expect(handlerPage.getByText("没有符合条件的案件。")).toBeVisible();
  await handlerPage.goto(caseUrl);
  await expect(handlerPage.getByRole("heading", { name: "无权查看该案件" })).toBeVisible();
  await expect(handlerPage.getByText("农贸市场熟食摊位无防蝇设施")).toHaveCount(0);
  await expect(handlerPage.getByText("15900001104")).toHaveCount(0);
  await other.close();
});

test("[handler] requests an extension, [department head] forwards it and [supervisor] approves it on the board", async ({ page, browser }) => {
  await signInAndWait(page, "handler");
  await openCase(page, "TC261120000006");
  await page.getByRole("button", { name: "受理", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已受理该案件。");
  await page.locator("summary", { hasText: "申请延期" }).click();
  const until = (await page.getByText(/^例如 \d{4}-\d{2}-\d{2}，一次最多延期30天，最晚\d{4}-\d{2}-\d{2}$/).textContent())!.match(/\d{4}-\d{2}-\d{2}/)![0];
  await page.getByLabel("延期至").fill(until);
  await page.getByLabel("延期理由").fill("需协调供电公司更换线路，材料到货需要时间。");
  await page.getByRole("button", { name: "提交延期申请" }).click();
  await expect(page.getByRole("status")).toHaveText("延期申请已提交，等待部门负责人审核。");

  const headContext = await browser.newContext();
  const head = await headContext.newPage();
  await signInAndWait(head, "head");
  await openCase(head, "TC261120000006");
  const review = head.locator("section", { has: head.getByRole("heading", { name: "延期申请审核" }) });
  await expect(review).toContainText("需协调供电公司更换线路");
  await review.getByRole("button", { name: "同意，报督办员审批" }).click();
  await expect(head.getByRole("status")).toHaveText("已同意延期申请，报督办员审批。");
  await headContext.close();

  const other = await browser.newContext();
  const supervisor = await other.newPage();
  await signInAndWait(supervisor, "supervisor");
  await supervisor.goto("/officer/supervision");
  const request = supervisor.getByRole("region", { name: /待审批的延期申请/ }).getByRole("listitem").filter({ hasText: "TC261120000006" });
  await expect(request).toContainText("需协调供电公司更换线路");
  await request.getByRole("button", { name: "同意延期" }).click();
  await expect(supervisor.getByRole("status")).toContainText("已同意延期");
  await expect(supervisor.getByRole("region", { name: /待审批的延期申请/ })).not.toContainText("TC261120000006");
  await other.close();

  await page.reload();
  await expect(page.locator("main header")).toContainText(until.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, "$1年$2月$3日"));
});

test("[officer] the workbench and the case page work on a phone", async ({ browser }, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signInAndWait(page, "head");
  await page.goto("/officer/complaints");
  await expect(page.getByRole("link", { name: "TC261120000002" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath("workbench-390.png"), fullPage: true });
  await openCase(page, "TC261120000007");
  await expect(page.getByRole("button", { name: "受理", exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath("case-390.png"), fullPage: true });
  await context.close();
});
