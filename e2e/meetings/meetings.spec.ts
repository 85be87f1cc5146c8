import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAndWait, uniqueName } from "../helpers";

/** A datetime-local value in Beijing time, `minutes` from now. */
const beijingInput = (minutes: number) => new Date(Date.now() + minutes * 60_000 + 8 * 3600_000).toISOString().slice(0, 16);

async function addRoom(page: Page, name: string, rows = 2, seats = 4) {
  await page.goto("/officer/meetings/manage/rooms");
  await page.getByLabel("会议室名称").fill(name);
  await page.getByLabel("位置").fill("县政府大楼三楼");
  await page.getByLabel("容纳人数").fill("30");
  await page.getByLabel("会场排数").fill(String(rows));
  await page.getByLabel("每排座位数").fill(String(seats));
  await page.getByRole("button", { name: "添加会议室" }).click();
  await expect(page.getByText("会议室已保存。")).toBeVisible();
}

/** Creates and publishes a meeting as the signed-in organiser; returns its organiser page URL. */
async function createMeeting(page: Page, o: { title: string; room: string; startIn: number; replyIn: number; officers: string[] }) {
  await page.goto("/officer/meetings/manage/new");
  await page.getByLabel("会议名称").fill(o.title);
  await page.getByLabel("会议类型").selectOption("专题会");
  await page.getByLabel("开始时间").fill(beijingInput(o.startIn));
  await page.getByLabel("结束时间").fill(beijingInput(o.startIn + 90));
  await page.getByLabel("会议室").selectOption({ label: `${o.room}（县政府大楼三楼，30人）` });
  await page.getByLabel("回复截止时间").fill(beijingInput(o.replyIn));
  await page.getByLabel("议题").fill("听取交通项目进展汇报\n研究冬季道路保畅");
  await page.getByLabel("邀请人员").selectOption(o.officers.map((label) => ({ label })));
  await page.getByRole("button", { name: "保存为草稿" }).click();
  await expect(page.getByText("会议已创建（草稿）")).toBeVisible();
  await page.getByRole("button", { name: "发布通知" }).click();
  await expect(page.getByText("会议通知已发出（短信和待办）。")).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

async function replyAttend(browser: Browser, username: string, title: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAndWait(page, username);
  await page.goto("/officer/meetings");
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("radio", { name: /^参加/ }).check();
  await page.getByRole("button", { name: "提交回复" }).click();
  await expect(page.getByText("回复已提交。")).toBeVisible();
  await context.close();
}

test("[organiser] creates a meeting and arranges seats", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAndWait(page, "office");
  await expect(page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "会议管理" })).toBeVisible();
  const room = uniqueName("第一会议室");
  await addRoom(page, room);
  const title = uniqueName("县政府专题会议");
  // The same room at an overlapping time is refused beside the field.
  const url = await createMeeting(page, { title, room, startIn: 3 * 24 * 60, replyIn: 2 * 24 * 60, officers: ["黄建国 · 县人民政府办公室", "郑伟 · 县交通运输局"] });
  await page.goto("/officer/meetings/manage/new");
  await page.getByLabel("会议名称").fill(`${title}-冲突`);
  await page.getByLabel("会议类型").selectOption("专题会");
  await page.getByLabel("开始时间").fill(beijingInput(3 * 24 * 60 + 30));
  await page.getByLabel("结束时间").fill(beijingInput(3 * 24 * 60 + 60));
  await page.getByLabel("会议室").selectOption({ label: `${room}（县政府大楼三楼，30人）` });
  await page.getByLabel("回复截止时间").fill(beijingInput(60));
  await page.getByLabel("邀请人员").selectOption([{ label: "张明 · 县交通运输局" }]);
  await page.getByRole("button", { name: "保存为草稿" }).click();
  await expect(page.getByRole("link", { name: `该时段已被“${title}”占用` })).toBeVisible();
  await expect(page.getByLabel("会议名称")).toHaveValue(`${title}-冲突`);

  await replyAttend(browser, "leader", title);
  await replyAttend(browser, "clerk", title);

  await page.goto(`${url}/seating`);
  await page.getByLabel("主席台座位数").fill("1");
  await page.getByLabel("会场排数").fill("1");
  await page.getByLabel("每排座位数").fill("3");
  await page.getByRole("button", { name: "保存座区" }).click();
  await expect(page.getByText("座区已保存。")).toBeVisible();
  // Rank: 黄建国 (the county leader) first.
  const rows = page.getByTestId("rank-row");
  if ((await rows.first().textContent())?.includes("郑伟")) await page.getByRole("button", { name: "上移 黄建国" }).click();
  await expect(rows.first()).toContainText("黄建国");
  await page.getByRole("button", { name: "自动排座" }).click();
  await expect(page.getByText("已按排序自动排座。")).toBeVisible();
  await expect(rows.first()).toContainText("主席台 1号");
  await expect(rows.nth(1)).toContainText("第1排 2号");
  await page.getByRole("button", { name: "调换" }).click();
  await expect(page.getByText("已调换座位。")).toBeVisible();
  await expect(rows.filter({ hasText: "郑伟" })).toContainText("主席台 1号");
  await page.screenshot({ path: "test-results/meetings-seating-1280.png", fullPage: true });

  for (const which of ["chart", "cards"]) {
    const pdf = await page.request.get(`${url}/pdf/${which}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  }
  // Minutes with a decision, which becomes a task in one step.
  await page.goto(`${url}/minutes`);
  await page.getByLabel("纪要内容").fill("会议听取了交通项目进展汇报。");
  await page.getByLabel("议定事项（选填）").fill("完成城区道路破损修复｜县交通运输局｜2026-12-31");
  await page.getByRole("button", { name: "保存纪要" }).click();
  await expect(page.getByText("纪要已保存。")).toBeVisible();
  await expect(page.getByText("县交通运输局 · 2026-12-31前完成")).toBeVisible();
  await page.getByRole("button", { name: "转为任务" }).click();
  await expect(page.getByText("已转为任务。")).toBeVisible();
  await page.getByRole("link", { name: "已转任务" }).click();
  await expect(page.getByText("完成城区道路破损修复").first()).toBeVisible();
  await expect(page.getByText("县交通运输局").first()).toBeVisible();
  // The formal 纪要 goes through the document workflow: drafted once from the minutes.
  await page.goto(`${url}/minutes`);
  await page.getByRole("button", { name: "起草正式纪要（公文）" }).click();
  await expect(page).toHaveURL(/\/officer\/documents\/[^/]+$/);
  await expect(page.getByText(`${title}纪要`).first()).toBeVisible();
  await page.goto(`${url}/minutes`);
  await expect(page.getByRole("link", { name: "打开正式纪要（公文）" })).toBeVisible();
  await page.goto("/officer/meetings/manage/stats");
  await expect(page.getByRole("heading", { name: "各单位回复与到会" })).toBeVisible();
  await expect(page.getByRole("row", { name: /县人民政府办公室/ })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await page.screenshot({ path: "test-results/meetings-organiser-390.png", fullPage: true });
});

test("[officer] replies on a 390 px phone, sees the seat, checks in by QR", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // The organiser (desktop) sets up a meeting starting within the hour, so check-in is open.
  await signInAndWait(page, "office");
  const room = uniqueName("第二会议室");
  await addRoom(page, room, 2, 3);
  const title = uniqueName("交通工作部署会");
  const url = await createMeeting(page, { title, room, startIn: 60, replyIn: 30, officers: ["张明 · 县交通运输局"] });

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const mobile = await phone.newPage();
  await signInAndWait(mobile, "handler");
  await mobile.goto("/officer/meetings");
  await expect(mobile.getByRole("link", { name: title })).toBeVisible();
  await mobile.locator("li", { hasText: title }).getByRole("link", { name: /^回复参会/ }).click();
  await expect(mobile.getByRole("heading", { name: title })).toBeVisible();
  // 请假 without a reason is refused beside the field; then 参加.
  await mobile.getByRole("radio", { name: /^请假/ }).check();
  await mobile.getByRole("button", { name: "提交回复" }).click();
  await expect(mobile.getByRole("link", { name: "请假请填写事由" })).toBeVisible();
  await mobile.getByRole("radio", { name: /^参加/ }).check();
  await mobile.getByRole("button", { name: "提交回复" }).click();
  await expect(mobile.getByText("回复已提交。")).toBeVisible();
  await expect(mobile.locator("section", { hasText: "我的回复" })).toContainText("当前：参加");
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  // The organiser arranges seats; the officer sees theirs, highlighted on the chart.
  await page.goto(`${url}/seating`);
  await page.getByRole("button", { name: "自动排座" }).click();
  await expect(page.getByText("已按排序自动排座。")).toBeVisible();
  await page.goto(`${url}/checkin`);
  const checkInUrl = (await page.getByTestId("checkin-url").textContent())!.trim();
  await expect(page.getByRole("img", { name: "签到二维码" })).toBeVisible();

  await mobile.reload();
  await expect(mobile.getByTestId("my-seat")).toHaveText("第1排 2号");
  await expect(mobile.locator('[data-mine="yes"]')).toHaveCount(1);
  await mobile.screenshot({ path: "test-results/meetings-officer-390.png", fullPage: true });

  // Scanning the QR code on a phone that is not signed in: sign in first, then checked in.
  const scan = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const scanPage = await scan.newPage();
  await scanPage.goto(checkInUrl);
  await expect(scanPage).toHaveURL(/\/officer\/login\?from=/);
  await scanPage.getByLabel("登录名").fill("handler");
  await scanPage.getByLabel("密码").fill("Demo2026");
  await scanPage.getByRole("button", { name: "登录" }).click();
  await expect(scanPage.getByRole("heading", { name: "签到成功" })).toBeVisible();
  await expect(scanPage.getByTestId("checkin-seat")).toHaveText("座位：第1排 2号");
  // Opening it again keeps the first check-in (same time; the board counts one).
  const firstTime = await scanPage.getByText(/签到时间/).textContent();
  await mobile.goto(checkInUrl);
  await expect(mobile.getByRole("heading", { name: /签到成功|您已签到/ })).toBeVisible();
  await expect(mobile.getByText(/签到时间/)).toHaveText(firstTime!);

  await page.reload();
  await expect(page.getByTestId("count-arrived")).toHaveText("1");
  await expect(page.getByTestId("count-absent")).toHaveText("0");
  await page.screenshot({ path: "test-results/meetings-checkin-board-1280.png", fullPage: true });

  // The private calendar feed lists the meeting (text/calendar, the UID of the meeting).
  await mobile.goto("/officer/meetings");
  const feedUrl = (await mobile.getByTestId("calendar-feed-url").textContent())!.trim();
  const feed = await mobile.request.get(feedUrl);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const ics = (await feed.text()).replace(/\r\n[ \t]/g, "");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain(`SUMMARY:${title}`);
  await phone.close();
  await scan.close();
});
