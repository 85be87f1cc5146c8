import { expect, test, type Page } from "@playwright/test";
import { confirmSmsCode, formAlert, signInAndWait } from "../helpers";

// Subscribers are created through the public page, as citizens would; each test uses its own
// random numbers. The warning is the demo one (lib/seed/demo-broadcast.ts), valid for 30 days
// from the seed, area 石门乡、清溪镇.

const randomPhone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
const masked = (p: string) => `${p.slice(0, 3)}****${p.slice(-4)}`;

async function subscribe(page: Page, phone: string, town: string) {
  await page.goto("/warnings/subscribe");
  const form = page.locator("form", { has: page.getByRole("button", { name: "订阅", exact: true }) });
  await form.getByLabel("手机号码").fill(phone);
  await form.getByLabel("所在乡镇").selectOption({ label: town });
  await form.getByRole("button", { name: "订阅", exact: true }).click();
  await confirmSmsCode(page, phone);
  await expect(page.getByRole("status")).toContainText(`订阅成功：${masked(phone)} 将收到${town}`);
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("[citizen] subscribes with JavaScript off, fixes a validation error without losing answers", async ({ page }) => {
    const phone = randomPhone();
    await page.goto("/warnings/subscribe");
    await expect(page.getByRole("heading", { name: "订阅预警短信" })).toBeVisible();
    const form = page.locator("form", { has: page.getByRole("button", { name: "订阅", exact: true }) });
    await form.getByLabel("手机号码").fill(phone.slice(0, 7));
    await form.getByLabel("所在乡镇").selectOption({ label: "清溪镇" });
    await form.getByLabel("惠农信息").check();
    await form.getByRole("button", { name: "订阅", exact: true }).click();

    // The server answers with the error summary, the inline message and every answer kept.
    await expect(page).toHaveTitle(/^错误：订阅预警短信/);
    await expect(formAlert(page)).toContainText("提交失败，请检查以下问题");
    const summaryLink = formAlert(page).getByRole("link", { name: "手机号码应为11位手机号，例如 13812345678" });
    await expect(summaryLink).toHaveAttribute("href", "#field-phone");
    await expect(form.locator("#error-phone")).toContainText("手机号码应为11位手机号，例如 13812345678");
    await expect(form.getByLabel("手机号码")).toHaveValue(phone.slice(0, 7));
    await expect(form.getByLabel("所在乡镇")).toHaveValue("qingxi");
    await expect(form.getByLabel("惠农信息")).toBeChecked();
    await expect(form.getByLabel("预警信息")).not.toBeChecked();

    await form.getByLabel("手机号码").fill(phone);
    await form.getByRole("button", { name: "订阅", exact: true }).click();
    // Nothing is subscribed until the code sent to the number comes back.
    await expect(page.getByRole("status")).toContainText(`验证码已发送到 ${masked(phone)}`);
    await confirmSmsCode(page, phone);
    await expect(page.getByRole("status")).toHaveText(`订阅成功：${masked(phone)} 将收到清溪镇的惠农信息短信。确认短信已发出，其中写有退订方法。`);
    await expect(page).not.toHaveTitle(/^错误/);

    // Subscribing again is the same subscription.
    await form.getByLabel("手机号码").fill(phone);
    await form.getByLabel("所在乡镇").selectOption({ label: "清溪镇" });
    await form.getByLabel("惠农信息").check();
    await form.getByRole("button", { name: "订阅", exact: true }).click();
    await confirmSmsCode(page, phone);
    await expect(page.getByRole("status")).toHaveText(`${masked(phone)} 已经订阅了清溪镇的惠农信息短信，无需重复订阅。`);

    // Unsubscribe on the same page; a missing town is named, the number kept.
    const unsub = page.locator("form", { has: page.getByRole("button", { name: "退订", exact: true }) });
    await unsub.getByLabel("手机号码").fill(phone);
    await unsub.getByRole("button", { name: "退订", exact: true }).click();
    await expect(unsub.locator("#error-unsubTown")).toContainText("请选择乡镇");
    await expect(unsub.getByLabel("手机号码")).toHaveValue(phone);
    await unsub.getByLabel("乡镇").selectOption({ label: "清溪镇" });
    await unsub.getByRole("button", { name: "退订", exact: true }).click();
    // A wrong code is refused beside the field; the right one unsubscribes.
    await page.getByRole("textbox", { name: "验证码", exact: true }).fill("000000");
    await page.getByRole("button", { name: "确认", exact: true }).click();
    await expect(page.locator("#error-code")).toContainText(/验证码不正确|验证码错误次数过多/);
    await confirmSmsCode(page, phone);
    await expect(page.getByRole("status")).toHaveText(`已退订：${masked(phone)} 不会再收到清溪镇的预警和惠农信息短信。`);
  });
});

test("[content editor] broadcasts a warning and sees the delivery counts", async ({ page, browser }) => {
  // Two citizens in the warning's towns and one elsewhere subscribe on the public page.
  const citizen = await browser.newPage();
  await subscribe(citizen, randomPhone(), "石门乡");
  await subscribe(citizen, randomPhone(), "清溪镇");
  await subscribe(citizen, randomPhone(), "城关镇");
  await citizen.close();

  await signInAndWait(page, "editor");
  await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "预警短信" }).click();
  await expect(page.getByRole("heading", { name: "预警短信", exact: true })).toBeVisible();
  await page.getByRole("link", { name: /^发送短信\s*：石门乡、清溪镇地质灾害气象风险黄色预警/ }).click();
  await expect(page.getByRole("heading", { name: "发送预警短信" })).toBeVisible();

  // The towns default to the warning's area; the SMS is shown exactly, with its length.
  await expect(page.getByRole("checkbox", { name: /石门乡/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /清溪镇/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /城关镇/ })).not.toBeChecked();
  await expect(page.getByTestId("sms-text")).toContainText("黄色预警：石门乡、清溪镇地质灾害气象风险黄色预警。");
  await expect(page.getByTestId("sms-length")).toContainText(/共 \d+ 字，按 [2-9] 条短信计费/);

  // Choosing 城关镇 too raises the count; then back to the default towns.
  const summary = page.getByTestId("recipient-summary");
  const countOf = async () => Number((await summary.locator("strong.text-xl").textContent()) ?? "0");
  const defaultCount = await countOf();
  expect(defaultCount).toBeGreaterThanOrEqual(2);
  await page.getByRole("checkbox", { name: /城关镇/ }).check();
  await page.getByRole("button", { name: "更新接收人数" }).click();
  await expect(summary).toContainText("全县");
  expect(await countOf()).toBeGreaterThan(defaultCount);
  await page.getByRole("checkbox", { name: /城关镇/ }).uncheck();
  await page.getByRole("checkbox", { name: /全县/ }).uncheck();
  await page.getByRole("button", { name: "更新接收人数" }).click();
  await expect(summary).toContainText("清溪镇、石门乡");

  const count = await countOf();
  const confirmUrl = page.url();
  await expect(page.getByTestId("earlier-broadcasts")).toHaveCount(0);
  await page.getByRole("button", { name: new RegExp(`^确认发送给清溪镇、石门乡 ${count} 位订阅者`) }).click();
  await expect(page).toHaveURL(/\/officer\/broadcasts\/[^/?]+\?sent=1$/);
  await expect(page.getByRole("status")).toContainText(`${count} 条短信进入发送队列`);
  await expect(page.getByTestId("recipient-count")).toHaveText(String(count));

  // The web process's worker sends them (dev provider): the page refreshes itself until all
  // are sent; reload by the plain link to see the counts move.
  await expect(async () => {
    await page.getByRole("link", { name: "刷新" }).click();
    await expect(page.getByTestId("count-SENT").locator("dd")).toHaveText(String(count), { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId("count-QUEUED").locator("dd")).toHaveText("0");
  await expect(page.getByTestId("count-SENDING").locator("dd")).toHaveText("0");
  await expect(page.getByTestId("count-FAILED").locator("dd")).toHaveText("0");

  // The list of past broadcasts shows it with its counts.
  await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "预警短信" }).click();
  const row = page.getByRole("table", { name: "预警短信发送记录" }).getByRole("row").filter({ hasText: "石门乡、清溪镇地质灾害气象风险黄色预警" }).first();
  await expect(row).toContainText(`已发送 ${count}`);
  await expect(row).toContainText("清溪镇、石门乡");

  // Back on the confirm page (a reload has a fresh form key): the earlier broadcast is listed.
  await page.goto(confirmUrl);
  await expect(page.getByTestId("earlier-broadcasts")).toContainText("该内容已发送过 1 次");
  await expect(page.getByTestId("earlier-broadcasts")).toContainText(`${count} 位订阅者`);
  const confirm = page.getByRole("button", { name: /^确认发送给清溪镇、石门乡/ });

  // A confirmation whose SMS no longer matches the item (edited meanwhile) is refused with the new preview.
  await page.locator('input[name="textHash"]').evaluate((el: HTMLInputElement) => (el.value = "0".repeat(64)));
  await page.getByLabel("我确认需要再次发送").check();
  await confirm.click();
  await expect(page).toHaveURL(/changed=1/);
  await expect(page.getByTestId("text-changed")).toContainText("预警内容已被修改，请核对新的短信内容后再发送");
  await expect(page.getByTestId("sms-text")).toBeVisible();

  // Sending again without the explicit tick is refused beside the tick.
  await confirm.click();
  await expect(page.locator("#error-confirmRepeat")).toContainText("如确需再次发送，请勾选“我确认需要再次发送”");
  await page.getByLabel("我确认需要再次发送").check();
  await confirm.click();
  await expect(page).toHaveURL(/\/officer\/broadcasts\/[^/?]+\?sent=1$/);
});

test("[handler] cannot broadcast", async ({ page }) => {
  await signInAndWait(page, "handler");
  await expect(page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "预警短信" })).toHaveCount(0);
  await page.goto("/officer/broadcasts");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
});
