import { expect, test, type Page } from "@playwright/test";
import { formAlert, signInAndWait, uniqueName } from "../helpers";

async function createGuideDraft(page: Page, title: string) {
  await page.goto("/officer/content/new?type=SERVICE_GUIDE");
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("申请对象").fill("本县户籍城乡居民");
  await page.getByLabel("申请材料").fill("居民身份证\n户口簿");
  await page.getByLabel("办理流程").fill("提交材料\n窗口审核\n领取结果");
  await page.getByLabel("承诺时限（工作日）").fill("3");
  await page.getByLabel("法定时限（工作日）").fill("10");
  await page.getByLabel("收费标准").fill("不收费");
  await page.getByLabel("办理地点").fill("县政务服务中心");
  await page.getByLabel("办理时间").fill("工作日 8:30-17:30");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("草稿已保存。")).toBeVisible();
  return page.url();
}

test.describe("content editor", () => {
  test("[content editor] drafts, publishes and the page appears", async ({ page }) => {
    const title = uniqueName("居民医保异地就医备案");
    await signInAndWait(page, "editor");
    // A first submit without the required fields keeps what was typed and says what is missing.
    await page.goto("/officer/content/new?type=SERVICE_GUIDE");
    await page.getByLabel("标题").fill(title);
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(formAlert(page).first()).toContainText("请至少填写一项申请材料");
    await expect(page.getByLabel("标题")).toHaveValue(title);

    const editUrl = await createGuideDraft(page, title);
    const slug = (await page.locator("code").first().textContent())!.replace("/guides/", "");
    expect(slug).toMatch(/^guide-\d{4}-\d{2}-\d{2}(-\d+)?$/);

    // A draft is nowhere on the public side.
    await page.goto("/guides");
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    await page.goto(`/guides/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: "未找到该页面" })).toBeVisible();

    await page.goto(editUrl);
    await page.getByRole("button", { name: "立即发布" }).click();
    await expect(page.getByText("已发布，公开页面已可访问。")).toBeVisible();

    await page.goto("/guides");
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("3个工作日")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "户口簿" })).toBeVisible();

    // The search index takes the change from its job queue (the worker runs every few seconds),
    // and unpublishing takes it out again.
    const search = async (visible: boolean) =>
      expect(async () => {
        await page.goto(`/search?q=${encodeURIComponent(title)}`);
        await expect(page.getByRole("link", { name: title })).toHaveCount(visible ? 1 : 0, { timeout: 1000 });
      }).toPass({ timeout: 40_000 });
    await search(true);
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    await page.goto(editUrl);
    // 撤回 asks first: one click without the tick takes nothing down.
    await page.getByRole("button", { name: "撤回" }).click();
    await expect(page.getByText("请先勾选“我确认撤回：公开页面将下线”，再提交。")).toBeVisible();
    await page.getByLabel("我确认撤回：公开页面将下线").check();
    await page.getByRole("button", { name: "撤回" }).click();
    await expect(page.getByText("请先勾选“我确认撤回：公开页面将下线”，再提交。")).toHaveCount(0);
    await search(false);
  });

  test("[content editor] restores an earlier version", async ({ page }) => {
    const original = uniqueName("低保对象年度复核");
    await signInAndWait(page, "editor");
    const editUrl = await createGuideDraft(page, original);
    await page.getByLabel("标题").fill(`${original}（修改稿）`);
    await page.getByLabel("收费标准").fill("每件20元");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByText("修改已保存。")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${original}（修改稿）`);

    await page.getByRole("link", { name: "第 1 版" }).click();
    await expect(page.getByText("创建草稿")).toBeVisible();
    await page.getByRole("button", { name: "恢复此版本" }).click();
    await expect(page.getByText("请先勾选“我确认恢复此版本为当前版本”，再提交。")).toBeVisible();
    await page.getByLabel("我确认恢复此版本为当前版本").check();
    await page.getByRole("button", { name: "恢复此版本" }).click();
    await expect(page.getByText("已恢复所选版本（作为新版本保存）。")).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${editUrl.split("?")[0]}`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(original);
    await expect(page.getByLabel("收费标准")).toHaveValue("不收费");
    const history = page.locator("#versions tbody tr");
    await expect(history).toHaveCount(3);
    await expect(history.first()).toContainText("恢复第1版");
    // The replaced version is still in the history.
    await page.getByRole("link", { name: "第 2 版" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${original}（修改稿）` })).toBeVisible();
  });

  test("[content editor] a stale save names who changed it and keeps the typed text", async ({ browser }) => {
    const one = await (await browser.newContext()).newPage();
    const two = await (await browser.newContext()).newPage();
    await signInAndWait(one, "editor");
    await signInAndWait(two, "editor");
    const editUrl = await createGuideDraft(one, uniqueName("冲突测试指南"));
    await two.goto(editUrl);
    await one.getByLabel("申请对象").fill("第一位编辑的修改");
    await one.getByRole("button", { name: "保存", exact: true }).click();
    await expect(one.getByText("修改已保存。")).toBeVisible();
    await two.getByLabel("申请对象").fill("第二位编辑输入的文字");
    await two.getByRole("button", { name: "保存", exact: true }).click();
    await expect(formAlert(two).filter({ hasText: "该内容已被" })).toContainText(/已被.+于\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}修改/);
    await expect(two.getByLabel("申请对象")).toHaveValue("第二位编辑输入的文字");
  });

  test("[content editor] attaches a PDF, refuses a disguised file, and the public downloads it", async ({ page }) => {
    await signInAndWait(page, "editor");
    await createGuideDraft(page, uniqueName("附件测试指南"));
    await page.getByLabel("上传附件").setInputFiles({ name: "申请表.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00 this is not a pdf") });
    await page.getByRole("button", { name: "上传", exact: true }).click();
    await expect(formAlert(page).first()).toContainText("“申请表.pdf”不是PDF、Word、Excel或JPEG、PNG、WebP格式的文件");
    await page.getByLabel("上传附件").setInputFiles({ name: "申请表.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%demo\n") });
    await page.getByRole("button", { name: "上传", exact: true }).click();
    await expect(page.getByText("附件已上传。")).toBeVisible();
    const href = await page.getByRole("link", { name: "申请表.pdf" }).getAttribute("href");
    // Not public while a draft.
    expect((await page.context().browser()!.newContext().then((c) => c.request.get(new URL(href!, page.url()).toString()))).status()).toBe(404);
    await page.getByRole("button", { name: "立即发布" }).click();
    await expect(page.getByText("已发布，公开页面已可访问。")).toBeVisible();
    const anonymous = await page.context().browser()!.newContext();
    const res = await anonymous.request.get(new URL(href!, page.url()).toString());
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(res.headers()["content-disposition"]).toContain("filename*=UTF-8''%E7%94%B3%E8%AF%B7%E8%A1%A8.pdf");
    await anonymous.close();
  });
});

test.describe("public content pages", () => {
  test("[citizen] filters the policy list with JavaScript off", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/policies");
    await expect(page.getByRole("link", { name: "桐川县2026年农机购置与应用补贴实施方案" })).toBeVisible();
    await page.getByLabel("类型").selectOption("NOTICE");
    await page.getByLabel("发布部门").selectOption({ label: "县农业农村局" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/type=NOTICE/);
    await expect(page.getByRole("link", { name: "关于开展2026年春耕备耕小额信贷服务的通知" })).toBeVisible();
    await expect(page.getByRole("link", { name: "桐川县2026年农机购置与应用补贴实施方案" })).toHaveCount(0);
    await expect(page.getByLabel("类型")).toHaveValue("NOTICE");
    // By year: the superseded 2023 document, marked as such, linking to the one in force.
    await page.goto("/policies?year=2023");
    await expect(page.getByText("共 1 件")).toBeVisible();
    await page.getByRole("link", { name: /2023年修订/ }).click();
    await expect(page.getByText("本文件已被替代（已废止）。")).toBeVisible();
    await page.getByRole("link", { name: "桐川县农村居民最低生活保障实施办法", exact: true }).click();
    await expect(page.getByText("桐政发〔2026〕5号")).toBeVisible();
    await expect(page.getByRole("link", { name: "农村最低生活保障申请" })).toBeVisible(); // related guide
    await context.close();
  });

  test("[citizen] reads a service guide on a 390 px phone and it prints cleanly", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto("/guides/guide-medical-insurance-enrollment");
    await expect(page.getByRole("heading", { level: 1, name: "城乡居民医保参保登记" })).toBeVisible();
    for (const heading of ["申请条件", "申请材料清单", "办理流程"]) await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await expect(page.getByText("1个工作日")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "居民身份证或户口簿" })).toBeVisible();
    await expect(page.getByRole("button", { name: "打印本指南" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/guides\/guide-medical-insurance-enrollment$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "城乡居民医保参保登记");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("body > header")).toBeHidden();
    await expect(page.getByRole("button", { name: "打印本指南" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "申请材料清单" })).toBeVisible();
    await context.close();
  });

  test("[investor] opens an investment project and finds its inquiry link", async ({ page }) => {
    await page.goto("/investment");
    await expect(page.getByRole("heading", { name: "产业园区" })).toBeVisible();
    await page.getByRole("link", { name: "桐川县柑橘精深加工项目" }).click();
    await expect(page.getByText("总投资约3.2亿元")).toBeVisible();
    await expect(page.getByRole("link", { name: "我要咨询" })).toHaveAttribute("href", "/investment/inquiry?project=project-fruit-processing");
    await page.goto("/investment/investment-incentives-2026");
    await expect(page.getByRole("heading", { name: "政策依据" })).toBeVisible();
    await page.getByRole("link", { name: "桐川县支持农产品精深加工产业发展的若干措施" }).click();
    await expect(page).toHaveURL(/\/policies\/agri-processing-support-2026$/);
  });

  test("[farmer] sees the active warning on the home page with its level in words, and an expired one marked", async ({ page }) => {
    await page.goto("/");
    const band = page.getByRole("region", { name: /当前生效的预警/ });
    await expect(band.getByText("橙色预警").first()).toBeVisible();
    await band.getByRole("link", { name: "桐川县气象台发布暴雨橙色预警信号" }).click();
    await expect(page.getByText("橙色预警（II级 严重）")).toBeVisible();
    await expect(page.getByText("清溪镇、石门乡、城关镇")).toBeVisible();
    await page.goto("/warnings");
    await expect(page.getByRole("link", { name: "短信订阅预警" })).toHaveAttribute("href", "/warnings/subscribe");
    await page.getByRole("link", { name: "桐川县气象台发布高温黄色预警" }).click();
    await expect(page.getByText(/本预警已过期/)).toBeVisible();
  });

  test("[anonymous] sitemap and robots list the public pages", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/guides/guide-rural-minimum-living-allowance</loc>");
    expect(sitemap).toContain("/investment/park-agri-processing</loc>");
    expect(sitemap).toContain("/policies</loc>");
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain("Disallow: /officer");
    expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  });
});
