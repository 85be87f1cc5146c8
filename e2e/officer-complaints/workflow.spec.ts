import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAndWait, STRONG_PASSWORD, uniqueName } from "../helpers";

// Each test files its own case through the citizen's pages, so the tests run in any order and
// again on the same database.

const ROADS = "道路交通（县交通运输局，7个工作日）";

const uniquePhone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

interface Filed {
  trackingNo: string;
  accessCode: string;
  title: string;
  phone: string;
}

/** Files a complaint as a citizen (in its own browser context) and returns the receipt. */
async function fileCase(browser: Browser, options: { description?: string; phone?: string } = {}): Promise<Filed> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const title = uniqueName("路面坑洼");
  const phone = options.phone ?? uniquePhone();
  await page.goto("/complaints/new");
  await page.getByLabel("反映什么方面的问题", { exact: true }).selectOption({ label: ROADS });
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel("发生了什么", { exact: true }).fill(options.description ?? "解放路中段有一排深坑，下雨后积水，电动车经过很危险。");
  await page.getByLabel("发生地点", { exact: true }).fill("城关镇解放路中段");
  await page.getByLabel("姓名", { exact: true }).fill("李四");
  await page.getByLabel("手机号码", { exact: true }).fill(phone);
  await page.getByLabel("同意公开", { exact: true }).check();
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  await expect(page).toHaveURL(/\/complaints\/new\/check$/);
  await page.getByRole("button", { name: "确认提交" }).click();
  await expect(page).toHaveURL(/\/complaints\/filed\/TC\d{12}$/);
  const trackingNo = (await page.getByTestId("tracking-no").textContent())!.trim();
  const accessCode = (await page.getByTestId("access-code").textContent())!.trim();
  await context.close();
  return { trackingNo, accessCode, title, phone };
}

async function openCase(page: Page, trackingNo: string) {
  await page.goto(`/officer/complaints?state=all&q=${trackingNo}`);
  await page.getByRole("link", { name: trackingNo }).click();
  await expect(page).toHaveURL(/\/officer\/complaints\/(?!\?)[^/?]+$/);
  await expect(page.locator("main header")).toContainText(trackingNo);
}

async function accept(page: Page) {
  await page.getByRole("button", { name: "受理", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已受理该案件。");
}

const timelineOf = (page: Page) => page.locator("section", { has: page.getByRole("heading", { name: "办理过程" }) });

test("[head] assigns a case to a handler", async ({ page, browser }) => {
  const filed = await fileCase(browser);
  await signInAndWait(page, "head");
  await openCase(page, filed.trackingNo);
  await accept(page);
  await page.locator("summary", { hasText: "分派承办人" }).click();
  const handler = page.getByLabel("承办人", { exact: true });
  const option = handler.locator("option", { hasText: "张明" });
  await handler.selectOption({ value: (await option.getAttribute("value"))! });
  await page.getByRole("button", { name: "分派", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已分派。");
  await expect(page.locator("main header").getByText("已分派", { exact: true })).toBeVisible();
  await expect(page.locator("main")).toContainText("张明");
  await expect(timelineOf(page)).toContainText("分派");
});

test("[head] transfers a case; it stays ours until the receiving department accepts it", async ({ page, browser }) => {
  // A head of another department, added by the admin as in real use.
  const admin = await (await browser.newContext()).newPage();
  await signInAndWait(admin, "admin");
  const username = uniqueName("e2ehead");
  await admin.goto("/officer/officers/new");
  await admin.getByLabel("登录名").fill(username);
  await admin.getByLabel("姓名").fill("市监负责人");
  await admin.getByLabel("所属部门").selectOption({ label: "县市场监督管理局" });
  await admin.getByLabel("角色").selectOption({ label: "部门负责人" });
  await admin.getByLabel("初始密码").fill(STRONG_PASSWORD);
  await admin.getByRole("button", { name: "加入授权名单" }).click();
  await expect(admin.getByText("已将 市监负责人 加入授权名单。")).toBeVisible();

  const filed = await fileCase(browser);
  await signInAndWait(page, "head");
  await openCase(page, filed.trackingNo);
  await page.locator("summary", { hasText: "申请转办" }).click();
  // A reason is required: the answers are kept.
  await page.getByLabel("转至部门").selectOption({ label: "县市场监督管理局" });
  await page.getByRole("button", { name: "申请转办" }).click();
  await expect(page.getByRole("link", { name: "请填写转办理由" })).toBeVisible();
  await page.getByLabel("转办理由").fill("涉及路边摊占道经营，属于市场监管职责。");
  await page.getByRole("button", { name: "申请转办" }).click();
  await expect(page.getByRole("status")).toHaveText("已申请转办，等待对方部门确认接收；在此之前仍由本部门负责。");
  // Still ours (in our inbox, still to be accepted by us) until the receiver accepts.
  await expect(page.locator("main header")).toContainText("转办待县市场监督管理局确认");
  await page.goto(`/officer/complaints?state=all&q=${filed.trackingNo}`);
  await expect(page.getByRole("link", { name: filed.trackingNo })).toBeVisible();

  const receiver = await (await browser.newContext()).newPage();
  await signInAndWait(receiver, username, STRONG_PASSWORD);
  await receiver.goto("/officer/complaints?state=transfers");
  await receiver.getByRole("link", { name: filed.trackingNo }).click();
  await expect(receiver.getByText("县交通运输局申请将本案件转由贵部门办理。", { exact: false })).toBeVisible();
  await receiver.getByRole("button", { name: "接收转办" }).click();
  await expect(receiver.getByRole("status")).toHaveText("已接收转办，案件现由本部门办理。");
  await expect(receiver.getByRole("definition").filter({ hasText: "县市场监督管理局" }).first()).toBeVisible();
  await expect(timelineOf(receiver)).toContainText("接收转办");

  // The first department no longer has it.
  await page.goto(`/officer/complaints?state=all&q=${filed.trackingNo}`);
  await expect(page.getByText("没有符合条件的案件。")).toBeVisible();
});

test("[head] approves the publication text; the case appears in the public list, masked", async ({ page, browser }) => {
  const phone = uniquePhone();
  const filed = await fileCase(browser, { description: `路面有深坑。我叫李四，电话${phone}，住城关镇解放路18号，请尽快处理。` });
  await signInAndWait(page, "head");
  await openCase(page, filed.trackingNo);
  await accept(page);
  await page.getByLabel("最终答复").fill("已安排养护站填平坑洼并设置警示标志，本周内完成。");
  await page.getByRole("button", { name: "办结", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("案件已办结");
  const text = page.getByLabel("公开文本");
  await expect(text).not.toHaveValue(new RegExp(phone));
  await page.getByRole("button", { name: "审核通过并公开" }).click();
  await expect(page.getByRole("status")).toHaveText("公开文本已审核通过。");

  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto("/complaints/published");
  await citizen.getByRole("link", { name: filed.title }).click();
  await expect(citizen.getByRole("heading", { level: 1, name: filed.title })).toBeVisible();
  const shown = await citizen.locator("main").innerText();
  expect(shown).toContain("已安排养护站填平坑洼");
  expect(shown).not.toContain(phone);
  expect(shown).not.toMatch(/1[3-9]\d{9}/);
  expect(shown).not.toContain("18号");
});

test("[head] answers a supervision order", async ({ page, browser }) => {
  const filed = await fileCase(browser);
  const supervisor = await (await browser.newContext()).newPage();
  await signInAndWait(supervisor, "supervisor");
  await openCase(supervisor, filed.trackingNo);
  await supervisor.locator("summary", { hasText: "发督办单" }).click();
  await supervisor.getByLabel("督办要求").fill("请三日内现场核查并反馈处理方案。");
  const example = (await supervisor.getByText(/^例如 \d{4}-\d{2}-\d{2}$/).last().textContent())!.replace("例如 ", "");
  await supervisor.getByLabel("督办期限").fill(example);
  await supervisor.getByRole("button", { name: "发出督办单" }).click();
  await expect(supervisor.getByRole("status")).toHaveText("督办单已发出。");

  await signInAndWait(page, "head");
  await openCase(page, filed.trackingNo);
  const orders = page.locator("section", { has: page.getByRole("heading", { name: "督办单" }) });
  await expect(orders).toContainText("请三日内现场核查并反馈处理方案。");
  await orders.getByLabel("办理情况反馈").fill("已于今日现场核查，明天开始修补。");
  await orders.getByRole("button", { name: "提交反馈" }).click();
  await expect(page.getByRole("status")).toHaveText("督办反馈已提交。");
  await expect(page.locator("section", { has: page.getByRole("heading", { name: "督办单" }) })).toContainText("已于今日现场核查，明天开始修补。");
  await expect(page.getByRole("button", { name: "提交反馈" })).toHaveCount(0);
});

test("[supervisor] refuses an extension request and the citizen is told by SMS", async ({ page, browser }) => {
  const filed = await fileCase(browser);
  const head = await (await browser.newContext()).newPage();
  await signInAndWait(head, "head");
  await openCase(head, filed.trackingNo);
  await accept(head);
  await head.locator("summary", { hasText: "申请延期" }).click();
  const example = (await head.getByText(/^例如 \d{4}-\d{2}-\d{2}，一次最多延期30天，最晚\d{4}-\d{2}-\d{2}$/).textContent())!.match(/\d{4}-\d{2}-\d{2}/)![0];
  await head.getByLabel("延期至").fill(example);
  await head.getByLabel("延期理由").fill("需要协调施工单位进场。");
  await head.getByRole("button", { name: "提交延期申请" }).click();
  await expect(head.getByRole("status")).toHaveText("延期申请已提交，等待督办员审批。");

  await signInAndWait(page, "supervisor");
  await openCase(page, filed.trackingNo);
  const decision = page.locator("section", { has: page.getByRole("heading", { name: "延期审批" }) });
  await expect(decision).toContainText("需要协调施工单位进场。");
  await decision.getByLabel("审批意见（选填）").fill("期限内可以办结");
  await decision.getByRole("button", { name: "不同意" }).click();
  await expect(page.getByRole("status")).toHaveText("已不同意延期，承办部门须按原期限办结。");
  await expect(page.getByRole("heading", { name: "延期审批" })).toHaveCount(0);

  // The citizen's text message is in the outbox (the delivery log).
  await page.goto(`/officer/outbox?recipient=${filed.phone}`);
  const row = page.getByRole("row").filter({ hasText: "延期办理申请未获批准" });
  await expect(row).toContainText(filed.trackingNo);
});

test("[citizen] reopens a case resolved for them, without JavaScript: rates it not solved", async ({ browser }) => {
  const filed = await fileCase(browser);
  const head = await (await browser.newContext()).newPage();
  await signInAndWait(head, "head");
  await openCase(head, filed.trackingNo);
  await accept(head);
  await head.getByLabel("最终答复").fill("已安排养护站填平坑洼并设置警示标志，本周内完成。");
  await head.getByRole("button", { name: "办结", exact: true }).click();
  await expect(head.getByRole("status")).toContainText("案件已办结");

  const page = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })).newPage();
  await page.goto("/complaints/track");
  await page.getByLabel("受理编号", { exact: true }).fill(filed.trackingNo);
  await page.getByLabel("查询码", { exact: true }).fill(filed.accessCode);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByTestId("status")).toHaveText("已办结");
  await page.getByLabel("没有解决", { exact: true }).check();
  await page.getByLabel("不满意（2分）", { exact: true }).check();
  await page.getByRole("button", { name: "提交评价" }).click();
  await expect(page.getByText(/问题未解决，已退回县交通运输局重新办理，新的办理期限为 \d{4}年/)).toBeVisible();
  await expect(page.getByTestId("status")).toHaveText("重新办理");
  await expect(page.getByRole("button", { name: "提交评价" })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("[officer] a stale form post shows the conflict message at the top of the case page", async ({ browser }) => {
    const filed = await fileCase(browser);
    // Signing in needs JavaScript (next-auth); the signed-in session then works without it.
    const noJsContext = async (username: string) => {
      const withJs = await browser.newContext({ javaScriptEnabled: true });
      await signInAndWait(await withJs.newPage(), username);
      const context = await browser.newContext({ javaScriptEnabled: false, storageState: await withJs.storageState() });
      await withJs.close();
      return context;
    };
    const first = await noJsContext("handler");
    const second = await noJsContext("head");
    const handler = await first.newPage();
    const head = await second.newPage();
    await openCase(handler, filed.trackingNo);
    await openCase(head, filed.trackingNo);

    await handler.getByRole("button", { name: "受理", exact: true }).click();
    await expect(handler.getByRole("status")).toHaveText("已受理该案件。");

    await head.locator("summary", { hasText: "不予受理" }).click();
    const reason = "不属于本部门职责，应由所在镇政府处理。";
    await head.getByLabel("不予受理的理由").fill(reason);
    await head.getByRole("button", { name: "不予受理", exact: true }).click();
    const conflict = head.getByTestId("case-conflict");
    await expect(conflict).toContainText(/该案件已被张明于\d{2}:\d{2}修改，请刷新页面/);
    // At the top: before the case header and every form.
    const isFirst = await head.evaluate(() => {
      const box = document.querySelector('[data-testid="case-conflict"]');
      const header = document.querySelector("main header");
      return !!box && !!header && !!(box.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(isFirst).toBe(true);
    // The refusal form is no longer offered (the case was accepted): what was typed is in the message.
    await expect(conflict.getByTestId("case-conflict-typed")).toHaveText(reason);

    await conflict.getByRole("link", { name: /刷新页面/ }).click();
    await expect(head.getByTestId("case-conflict")).toHaveCount(0);
    await expect(head.locator("main header").getByText("已受理", { exact: true })).toBeVisible();
    await first.close();
    await second.close();
  });
});

test("[department head] pauses the clock for the citizen's supplement and resumes it, without JavaScript", async ({ page, browser }) => {
  const filed = await fileCase(browser);
  await signInAndWait(page, "head");
  await openCase(page, filed.trackingNo);
  await accept(page);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noJs = await context.newPage();
  await noJs.goto(page.url());
  await noJs.locator("summary", { hasText: "暂停计时" }).click();
  await noJs.getByRole("button", { name: "确认暂停计时" }).click();
  await expect(noJs.getByRole("link", { name: "请写明暂停计时的原因（2至200字）" })).toBeVisible();
  await noJs.getByLabel("暂停原因").fill("已电话通知群众补充现场照片。");
  await noJs.getByRole("button", { name: "确认暂停计时" }).click();
  await expect(noJs.getByRole("status")).toHaveText("已暂停计时，等待群众补充材料。");
  await expect(noJs.locator("main header")).toContainText("暂停计时");
  await expect(timelineOf(noJs)).toContainText("已电话通知群众补充现场照片。");
  await noJs.getByRole("button", { name: "已收到补充材料，恢复计时" }).click();
  await expect(noJs.getByRole("status")).toHaveText("已恢复计时，办理期限已按暂停时间顺延。");
  await expect(noJs.getByRole("button", { name: "已收到补充材料，恢复计时" })).toHaveCount(0);
  await context.close();
});
