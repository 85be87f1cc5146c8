import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAndWait, uniqueName } from "../helpers";

// Stories with several officers on a shared 2-core machine (CI runs the whole suite).
test.describe.configure({ timeout: 180_000 });

// A 1×1 PNG: the evidence photo a phone would send.
const PHOTO = { name: "现场.png", mimeType: "image/png", buffer: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64") };

/** A Beijing date `days` from today, as the date field takes it. */
function dateIn(days: number) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() + days * 86_400_000));
}

async function assignAsLeader(page: Page, title: string, units: string[]) {
  await page.goto("/officer/tasks/new");
  await page.getByLabel("任务名称").fill(title);
  await page.getByLabel("工作要求").fill("全面排查辖区内桥梁和临水路段的安全隐患，建立台账，每周报送进展。");
  for (const u of units) await page.getByLabel(u).check();
  await page.getByRole("radio", { name: /指定日期/ }).check();
  await page.getByLabel("完成日期").fill(dateIn(10));
  await page.getByRole("button", { name: "交办", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("任务已交办");
}

async function asOfficer(browser: Browser, username: string, viewport?: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signInAndWait(page, username);
  return { page, close: () => context.close() };
}

test("[leader] assigns a task to two units with a deadline; a form with mistakes keeps what was typed", async ({ page }, testInfo) => {
  await signInAndWait(page, "leader");
  await page.getByRole("link", { name: "任务交办" }).first().click();
  await page.getByRole("link", { name: "新建交办任务" }).click();
  const title = uniqueName("桥梁隐患排查");
  await page.getByLabel("任务名称").fill(title);
  await page.getByRole("radio", { name: /工作日数/ }).check();
  await page.getByRole("textbox", { name: "工作日数" }).fill("abc");
  await page.getByRole("button", { name: "交办", exact: true }).click();
  const summary = page.getByRole("alert").filter({ hasText: "提交失败" });
  await expect(summary).toContainText("请填写工作要求");
  await expect(summary).toContainText("请至少选择一个承办单位");
  await expect(summary).toContainText("工作日数应为1至365的整数");
  await expect(page.getByLabel("任务名称")).toHaveValue(title);

  await page.getByLabel("工作要求").fill("全面排查辖区桥梁安全隐患，建立台账。");
  await page.getByLabel("县交通运输局").check();
  await page.getByLabel("清溪镇人民政府").check();
  await page.getByRole("textbox", { name: "工作日数" }).fill("5");
  await page.getByRole("button", { name: "交办", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("任务已交办");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { name: "县交通运输局" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "清溪镇人民政府" })).toBeVisible();
  await expect(page.getByText(/交办〔\d{4}〕\d+号/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("task-leader-1280.png"), fullPage: true });

  await page.goto("/officer/tasks?view=assigned");
  await expect(page.getByRole("listitem").filter({ hasText: title })).toHaveCount(2);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/officer/tasks/new");
  await page.getByRole("button", { name: "交办", exact: true }).click();
  await page.screenshot({ path: testInfo.outputPath("task-new-390.png"), fullPage: true });
});

test("[handler] reports progress with a photo and finishes; the leader sends it back, then accepts", async ({ browser }, testInfo) => {
  const leader = await asOfficer(browser, "leader");
  const title = uniqueName("县道养护");
  await assignAsLeader(leader.page, title, ["县交通运输局"]);
  const taskUrl = leader.page.url().split("?")[0];

  const handler = await asOfficer(browser, "handler", { width: 390, height: 844 });
  const page = handler.page;
  await page.goto("/officer/tasks");
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "报送进展" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "提交失败" })).toContainText("请填写进展情况");
  await page.getByLabel("进展情况").fill("已完成K3至K8段路面修补。");
  await page.getByLabel("照片或材料").setInputFiles(PHOTO);
  await page.getByRole("button", { name: "报送进展" }).click();
  await expect(page.getByRole("status")).toHaveText("进展已报送。");
  const timeline = page.getByRole("list", { name: "县交通运输局办理进展" });
  await expect(timeline).toContainText("已完成K3至K8段路面修补。");
  await expect(timeline.getByRole("link", { name: /现场\.png/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("task-handler-390.png"), fullPage: true });

  await page.locator("summary", { hasText: "办结" }).click();
  await page.getByLabel("办结情况").fill("全线养护完成，附完工照片。");
  await page.getByLabel("佐证材料").setInputFiles(PHOTO);
  await page.getByRole("button", { name: "申请办结" }).click();
  await expect(page.getByRole("status")).toContainText("等待交办人验收");

  await leader.page.goto(taskUrl);
  await leader.page.getByRole("button", { name: "退回重办" }).click();
  await expect(leader.page.getByRole("alert").filter({ hasText: "提交失败" })).toContainText("请填写退回理由");
  await leader.page.getByLabel("退回理由").fill("请补充K8至K10段情况。");
  await leader.page.getByRole("button", { name: "退回重办" }).click();
  await expect(leader.page.getByRole("status")).toContainText("已退回重办");

  await page.reload();
  await expect(page.getByRole("list", { name: "县交通运输局办理进展" })).toContainText("请补充K8至K10段情况。");
  await page.locator("summary", { hasText: "办结" }).click();
  await page.getByLabel("办结情况").fill("K8至K10段已补充完成。");
  await page.getByRole("button", { name: "申请办结" }).click();
  await expect(page.getByRole("status")).toContainText("等待交办人验收");

  await leader.page.goto(taskUrl);
  await leader.page.getByRole("button", { name: "验收通过" }).click();
  await expect(leader.page.getByRole("status")).toHaveText("已验收通过。");
  await expect(leader.page.getByText("已办结").first()).toBeVisible();
  await leader.close();
  await handler.close();
});

test("[information officer] submits a report the office edits, adopts, puts in a bulletin and publishes", async ({ browser }, testInfo) => {
  const town = await asOfficer(browser, "towninfo", { width: 390, height: 844 });
  const title = uniqueName("清溪镇茶园");
  await town.page.getByRole("main").getByRole("link", { name: "信息报送" }).click();
  await town.page.getByRole("button", { name: "报送", exact: true }).click();
  await expect(town.page.getByRole("alert").filter({ hasText: "提交失败" })).toContainText("请填写标题");
  await town.page.getByLabel("标题").fill(title);
  await town.page.getByLabel("信息类别").selectOption("基层经验");
  await town.page.getByLabel("正文").fill("清溪镇推广茶园绿色防控技术，今年春茶亩产提高一成。");
  await town.page.getByLabel("图片").setInputFiles(PHOTO);
  await town.page.getByRole("button", { name: "报送", exact: true }).click();
  await expect(town.page.getByRole("status")).toContainText("信息已报送");
  await expect(town.page.getByRole("listitem").filter({ hasText: title })).toContainText("待编辑采用");
  await town.page.screenshot({ path: testInfo.outputPath("report-towninfo-390.png"), fullPage: true });

  const office = await asOfficer(browser, "office");
  const page = office.page;
  await page.goto("/officer/reports");
  await page.getByRole("link", { name: title }).click();
  const edited = `${title}（编辑）`;
  await page.getByLabel("编辑后标题").fill(edited);
  await page.getByRole("button", { name: "保存编辑" }).click();
  await expect(page.getByRole("status")).toContainText("原稿保留");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(edited);
  await expect(page.getByText(title, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "采用", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "提交失败" })).toContainText("请选择采用级别");
  await page.getByLabel(/县信息专报/).check();
  await page.getByRole("button", { name: "采用", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("已采用");
  await page.getByRole("button", { name: "发布到门户" }).click();
  await expect(page.getByRole("status")).toContainText("已发布到门户");

  await page.goto("/officer/reports/bulletins");
  const issue = uniqueName("春茶生产专刊");
  await page.getByRole("radio", { name: "信息专报", exact: true }).check();
  await page.getByLabel("本期标题").fill(issue);
  await page.getByRole("checkbox", { name: new RegExp(`^${title}`) }).check();
  await page.getByRole("button", { name: "编排本期" }).click();
  await expect(page.getByRole("status")).toContainText("本期已编排");
  await page.getByRole("listitem").filter({ hasText: issue }).first().getByRole("button", { name: "印发（编号）" }).click();
  await expect(page.getByRole("status")).toContainText(/已印发：信息专报〔\d{4}〕第\d+期/);
  await expect(page.getByRole("article")).toContainText(edited);
  await page.screenshot({ path: testInfo.outputPath("bulletin-1280.png"), fullPage: true });

  await town.page.goto("/officer/reports");
  await expect(town.page.getByRole("listitem").filter({ hasText: title })).toContainText("已采用（县信息专报");
  await town.page.goto("/officer/reports/ranking");
  await expect(town.page.getByRole("row", { name: /清溪镇人民政府/ })).toBeVisible();
  await town.close();
  await office.close();
});

test("[supervisor] issues a 督办单 on a unit's task; the unit's head answers it on the task page", async ({ browser }, testInfo) => {
  const leader = await asOfficer(browser, "leader");
  const title = uniqueName("农村公路安全整治");
  await assignAsLeader(leader.page, title, ["县交通运输局"]);
  const taskUrl = leader.page.url().split("?")[0];
  await leader.close();

  const supervisor = await asOfficer(browser, "supervisor");
  await supervisor.page.goto(taskUrl);
  await supervisor.page.locator("summary", { hasText: "发督办单" }).click();
  await supervisor.page.getByLabel("督办要求").fill("请于三日内报送整治台账。");
  await supervisor.page.getByLabel("督办期限").fill(dateIn(3));
  await supervisor.page.getByRole("button", { name: "发出督办单" }).click();
  await expect(supervisor.page.getByRole("status")).toContainText("督办单已发出");
  await expect(supervisor.page.getByRole("list", { name: "县交通运输局督办单" })).toContainText(/桐督〔\d{4}〕\d+号 · 待反馈/);
  await supervisor.page.goto("/officer/supervision");
  await expect(supervisor.page.getByText(`交办任务`, { exact: false }).filter({ hasText: title }).first()).toBeVisible();
  await supervisor.close();

  const head = await asOfficer(browser, "head", { width: 390, height: 844 });
  await head.page.goto(taskUrl);
  await head.page.getByLabel("督办反馈").fill("整治台账已建立，正在逐段整改。");
  await head.page.getByRole("button", { name: "反馈督办单" }).click();
  await expect(head.page.getByRole("status")).toHaveText("督办单已反馈。");
  await expect(head.page.getByRole("list", { name: "县交通运输局督办单" })).toContainText("已反馈");
  await head.page.goto("/officer/tasks/new");
  await expect(head.page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await head.page.goto("/officer/tasks?view=unit");
  await head.page.screenshot({ path: testInfo.outputPath("tasks-list-390.png"), fullPage: true });
  await head.close();
});
