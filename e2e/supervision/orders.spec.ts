import { expect, test, type Page } from "@playwright/test";
import { fileCase, openCase, timelineOf } from "../case-handling/fixtures";
import { signInAndWait, uniqueName } from "../helpers";

// Several officers in one story, on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

test("[supervisor] issues an order, [department head] answers it, [supervisor] closes it out with an assessment (办结销号)", async ({ page, browser }) => {
  const filed = await fileCase(browser);
  const instruction = `${uniqueName("请三日内现场核查")}并书面反馈。`;

  await signInAndWait(page, "supervisor");
  await openCase(page, filed.trackingNo);
  await page.locator("summary", { hasText: "发督办单" }).click();
  await page.getByLabel("督办要求").fill(instruction);
  const example = (await page.getByText(/^例如 \d{4}-\d{2}-\d{2}$/).last().textContent())!.replace("例如 ", "");
  await page.getByLabel("督办期限").fill(example);
  await page.getByRole("button", { name: "发出督办单" }).click();
  await expect(page.getByRole("status")).toHaveText("督办单已发出。");

  // Not answered yet: on the board under 未反馈, where it cannot be closed.
  await page.goto("/officer/supervision");
  const open = page.getByRole("region", { name: /未反馈的督办单/ }).getByRole("listitem").filter({ hasText: instruction });
  await expect(open).toContainText(/桐督〔\d{4}〕\d+号/);
  const number = (await open.textContent())!.match(/桐督〔\d{4}〕\d+号/)![0];
  await expect(open.getByRole("button", { name: "办结督办单" })).toHaveCount(0);

  const head = await (await browser.newContext()).newPage();
  await signInAndWait(head, "head");
  await openCase(head, filed.trackingNo);
  const orders = head.locator("section", { has: head.getByRole("heading", { name: "督办单" }) });
  await orders.getByLabel("办理情况反馈").fill("已于今日现场核查，明天开始修补。");
  await orders.getByRole("button", { name: "提交反馈" }).click();
  await expect(head.getByRole("status")).toHaveText("督办反馈已提交。");
  await head.context().close();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/officer/supervision");
  await expect(page.getByRole("region", { name: /未反馈的督办单/ })).not.toContainText(instruction);
  const answered = () => page.getByRole("region", { name: /已反馈待评价的督办单/ }).getByRole("listitem").filter({ hasText: instruction });
  await expect(answered()).toContainText(number);
  await expect(answered()).toContainText("反馈：已于今日现场核查，明天开始修补。");

  // Without an assessment: refused, with what was typed kept.
  await answered().getByLabel("评价说明（可不填）").fill("现场已恢复通行");
  await answered().getByRole("button", { name: "办结督办单" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请选择办结评价" })).toBeVisible();
  await expect(answered().getByLabel("评价说明（可不填）")).toHaveValue("现场已恢复通行");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await answered().getByLabel("基本满意").check();
  await answered().getByRole("button", { name: "办结督办单" }).click();
  await expect(page.getByRole("status")).toHaveText("督办单已办结评价。");
  await expect(page.getByRole("region", { name: /已反馈待评价的督办单/ })).not.toContainText(instruction);

  // The case's history records the close-out and its assessment.
  await openCase(page, filed.trackingNo);
  await expect(timelineOf(page)).toContainText(`督办单${number}已办结，评价：基本满意。现场已恢复通行`);
});

/** The ranking's rows: department, score and the rate columns, as shown. */
async function rankingRows(page: Page) {
  const rows = page.getByRole("region", { name: /排名/ }).locator("tbody tr");
  const out: { department: string; rank: string; score: string; acceptance: string; onTime: string }[] = [];
  for (const row of await rows.all()) {
    const cells = (await row.locator("th, td").allTextContents()).map((t) => t.trim());
    out.push({ rank: cells[0], department: cells[1], score: cells[2], acceptance: cells[4], onTime: cells[5] });
  }
  return out;
}

async function saveWeights(page: Page, weights: Record<string, string>) {
  const form = page.getByRole("region", { name: "考核权重（%）" });
  for (const [label, value] of Object.entries(weights)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole("button", { name: "保存权重" }).click();
}

const asScore = (pct: string) => (pct === "—" ? "—" : String(Number(pct.replace("%", ""))));

test("[admin] changes the scorecard weights and the ranking follows them", async ({ page }) => {
  await signInAndWait(page, "admin");
  await page.goto("/officer/supervision/ranking");
  try {
    // A sum other than 100 is refused, and the typed figures stay.
    await saveWeights(page, { 按时签收率: "50", 按时办结率: "30", 未重办率: "15", 满意率: "25", 督办单按时反馈率: "10" });
    await expect(page.getByRole("alert").filter({ hasText: "各项权重之和应为100" })).toBeVisible();
    await expect(page.getByRole("region", { name: "考核权重（%）" }).getByLabel("按时签收率", { exact: true })).toHaveValue("50");

    // All weight on acceptance within the limit: each score is that rate, and the ranking is by it.
    await saveWeights(page, { 按时签收率: "100", 按时办结率: "0", 未重办率: "0", 满意率: "0", 督办单按时反馈率: "0" });
    await expect(page.getByRole("status")).toHaveText("考核权重已保存，排名已按新权重计算。");
    await expect(page.getByRole("region", { name: /排名/ })).toContainText("按时签收率100%");
    const byAcceptance = await rankingRows(page);
    expect(byAcceptance.length).toBeGreaterThan(0);
    for (const r of byAcceptance) expect(r.score, r.department).toBe(asScore(r.acceptance));

    // All weight on on-time finish: the scores (and so the order) follow that column instead.
    await saveWeights(page, { 按时签收率: "0", 按时办结率: "100", 未重办率: "0", 满意率: "0", 督办单按时反馈率: "0" });
    await expect(page.getByRole("status")).toHaveText("考核权重已保存，排名已按新权重计算。");
    // The page after this save (the banner's words are the same as the last one's).
    await expect(page.getByRole("region", { name: /排名/ })).toContainText("按时办结率100%");
    const byOnTime = await rankingRows(page);
    for (const r of byOnTime) expect(r.score, r.department).toBe(asScore(r.onTime));
    const scores = byOnTime.filter((r) => r.score !== "—").map((r) => Number(r.score));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Equal scores share a rank (1, 2, 2, 4).
    expect(byOnTime.filter((r) => r.score !== "—").map((r) => Number(r.rank))).toEqual(scores.map((s) => scores.indexOf(s) + 1));
  } finally {
    // Back to the defaults, so other tests read the ranking as shipped.
    await page.goto("/officer/supervision/ranking");
    await saveWeights(page, { 按时签收率: "20", 按时办结率: "30", 未重办率: "15", 满意率: "25", 督办单按时反馈率: "10" });
    await expect(page.getByRole("status")).toHaveText("考核权重已保存，排名已按新权重计算。");
  }
});
