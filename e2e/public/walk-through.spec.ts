// What a walk-through of the public side as new users found (issue 15), each fixed and checked on
// a 390×844 phone, with and without JavaScript.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { toGtin14, gs1CheckDigit } from "../../lib/trace/gtin";
import { confirmSmsCode, formAlert } from "../helpers";

const PHONE = { width: 390, height: 844 };
const RESOLVED = { trackingNo: "TC260301000102", accessCode: "26030102" };
const IN_PROGRESS = { trackingNo: "TC260301000103", accessCode: "26030103" };
const fullWidth = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/**
 * The element's top is on the screen, not below the fold. Ask with expect.poll: the landing
 * scroll (the #track-landing fragment, then the focus moved by the island after hydration) may
 * land a moment after the element is visible.
 */
async function isOnScreen(locator: Locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
}

async function track(page: Page, trackingNo: string, accessCode: string) {
  await page.goto("/complaints/track");
  await page.getByLabel("受理编号").fill(trackingNo);
  await page.getByLabel("查询码", { exact: true }).fill(accessCode);
  await page.getByRole("button", { name: "查询" }).click();
}

test.describe("on a phone with JavaScript", () => {
  test.use({ viewport: PHONE });

  test("[citizen] tracking moves to the result, with the number typed as the receipt prints it", async ({ page }) => {
    await track(page, "TC 2603 0100 0103", "2603 0103");
    const result = page.locator("#track-landing");
    await expect(result.getByRole("heading", { name: /./ }).first()).toBeVisible();
    await expect(result).toBeFocused();
    await expect.poll(() => isOnScreen(result)).toBe(true);
  });

  test("[citizen] a large photo is shrunk before upload, with a preview and its size", async ({ page }) => {
    await page.goto("/complaints/new");
    // A 3000×3000 photo at top quality, a few MB like a phone camera's JPEG, made in the page and
    // chosen in the file input as a person would (the input's change event).
    const size = await page.locator("#field-photos").evaluate(async (input: HTMLInputElement) => {
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 3000;
      const ctx = canvas.getContext("2d")!;
      const sky = ctx.createLinearGradient(0, 0, 3000, 3000);
      sky.addColorStop(0, "#7aa7d8");
      sky.addColorStop(1, "#4b6b2a");
      ctx.fillStyle = sky;
      ctx.fillRect(0, 0, 3000, 3000);
      for (let i = 0; i < 6000; i++) {
        ctx.fillStyle = `hsl(${(i * 37) % 360} 50% ${30 + ((i * 13) % 40)}%)`;
        ctx.fillRect((i * 7919) % 3000, (i * 104729) % 3000, 6 + (i % 40), 6 + ((i * 3) % 40));
      }
      const blob: Blob = await new Promise((resolve) => canvas.toBlob((b) => resolve(b!), "image/jpeg", 1));
      const transfer = new DataTransfer();
      transfer.items.add(new File([blob], "现场.jpg", { type: "image/jpeg" }));
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
      return blob.size;
    });
    expect(size).toBeGreaterThan(1.5 * 1024 * 1024);
    const preview = page.getByTestId("photo-preview");
    await expect(preview.getByRole("img", { name: "预览：现场.jpg" })).toBeVisible({ timeout: 30_000 });
    await expect(preview).toContainText("已缩小");
    const sent = await page.locator("#field-photos").evaluate((el: HTMLInputElement) => el.files?.[0]?.size ?? 0);
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThan(1.2 * 1024 * 1024);
  });
});

test.describe("on a phone without JavaScript", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test("[citizen] full-width digits are read, and an empty rating lands at its error summary", async ({ page }) => {
    await track(page, fullWidth(RESOLVED.trackingNo), fullWidth(RESOLVED.accessCode));
    await expect(page).toHaveURL(/#track-landing$/);
    await expect(page.getByRole("heading", { name: "评价办理结果" })).toBeVisible();
    await page.getByRole("button", { name: "提交评价" }).click();
    const summary = formAlert(page).filter({ hasText: "提交失败，请检查以下问题" });
    await expect(summary.getByRole("link", { name: "请选择问题是否已解决" })).toBeVisible();
    await expect(page).toHaveURL(/#track-landing$/);
    await expect.poll(() => isOnScreen(summary)).toBe(true);
  });

  test("[citizen] a wrong code after a lookup lands at the lookup's error", async ({ page }) => {
    await track(page, IN_PROGRESS.trackingNo, "1234");
    await expect(formAlert(page).getByRole("link", { name: "查询码为8位数字" })).toBeVisible();
    await expect.poll(() => isOnScreen(page.locator("#track-landing"))).toBe(true);
  });

  test("[investor] leaves a landline and is told to expect a call, at 进度查询", async ({ page }) => {
    await page.goto("/investment/inquiry");
    await expect(page.getByRole("main").getByRole("link", { name: "隐私声明" })).toBeVisible();
    await page.getByLabel("您的姓名").fill("林志远");
    await page.getByLabel("公司或机构名称").fill(`闽南果业${Date.now().toString(36)}有限公司`);
    await page.getByLabel("联系电话").fill("０５７１-８７６５ ４３２１");
    await page.getByLabel("您想咨询的问题").fill("请问项目用地指标和标准厂房租金有什么优惠？");
    await page.getByLabel("同意由县投资促进中心使用以上联系方式答复我").check();
    await page.getByRole("button", { name: "提交咨询" }).click();
    await expect(page.getByRole("heading", { name: "投资咨询已提交" })).toBeVisible();
    await expect(page.getByText("您留下的是固定电话，不会收到短信")).toBeVisible();
    await expect(page.getByText("“进度查询”页面")).toBeVisible();
    await expect(page.getByText("投诉查询")).toHaveCount(0);
  });

  test("[farmer] subscribes with a number typed in full-width digits and groups", async ({ page }) => {
    await page.goto("/warnings/subscribe");
    await expect(page.getByRole("main").getByRole("link", { name: "隐私声明" }).first()).toBeVisible();
    const n = String(Date.now()).slice(-8);
    await page.locator("#field-phone").fill(fullWidth(`139 ${n.slice(0, 4)} ${n.slice(4)}`));
    await page.locator("#field-town").selectOption({ index: 1 });
    await page.getByRole("button", { name: "订阅", exact: true }).click();
    await confirmSmsCode(page, `139${n}`);
    await expect(page.getByText(/订阅成功：139\*{4}/)).toBeVisible();
  });

  test("[consumer] the photo form says nothing about JavaScript or buttons that are not there", async ({ page }) => {
    await page.goto("/trace");
    const text = await page.locator("main").innerText();
    expect(text).not.toMatch(/JavaScript|上面的按钮/);
    await expect(page.getByText("由网站识别标签照片（JPEG、PNG或WebP）")).toBeVisible();
    // Full-width digits of a trace code are read as digits.
    await page.getByRole("textbox", { name: "追溯码" }).fill("２０２６ ０００ ０００");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page.locator("#error-code")).toContainText("追溯码应为12位数字，您输入了10位");
  });

  test("[consumer] an unknown or malformed product code opens in the portal's layout", async ({ page }) => {
    const body = "690000000099";
    const unknownGtin = toGtin14(`${body}${gs1CheckDigit(body)}`);
    for (const path of [`/01/${unknownGtin}`, "/01/12345678901234"]) {
      await page.goto(path);
      await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
      await expect(page.getByRole("contentinfo")).toContainText("网站标识码");
      // The resolver's own 404/400 page (GS1 conformance), inside the portal's layout.
      await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
    }
  });

  test("[citizen] government-site basics: h1, navigation, footer, contact, privacy, icons", async ({ page, request }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("桐川县人民政府门户网站");
    const nav = page.getByRole("navigation", { name: "主导航" });
    await expect(nav.getByRole("link", { name: "预警" })).toHaveAttribute("href", "/warnings");
    await expect(nav.getByRole("link", { name: "进度查询" })).toHaveAttribute("href", "/complaints/track");
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText(/网站标识码：\d{10}/);
    await expect(footer.getByRole("link", { name: /ICP备/ })).toHaveAttribute("href", "https://beian.miit.gov.cn/");
    await expect(footer.getByRole("link", { name: /公网安备\d{14}号/ })).toBeVisible();
    await expect(footer.getByRole("link", { name: "12345" })).toHaveAttribute("href", "tel:12345");
    await footer.getByRole("link", { name: "联系我们" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "联系我们" })).toBeVisible();
    await expect(page.getByRole("main").getByText("桐川县人民政府办公室")).toBeVisible();

    await page.goto("/complaints/new");
    await page.getByRole("main").getByRole("link", { name: "隐私声明" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "隐私声明" })).toBeVisible();

    expect((await request.get("/favicon.ico")).headers()["content-type"]).toMatch(/icon/);
    const manifest = await (await request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({ name: "桐川县人民政府门户网站", lang: "zh-CN" });
    expect((await request.get(manifest.icons[0].src)).status()).toBe(200);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  });

  test("[farmer] the rainstorm warning names 县气象局 as its issuing unit", async ({ page }) => {
    await page.goto("/warnings/warning-rainstorm-orange");
    await expect(page.getByText("县气象局")).toBeVisible();
    await expect(page.getByText("县农业农村局")).toHaveCount(0);
  });

  test("[citizen] a published case does not repeat its title as the first line", async ({ page }) => {
    await page.goto("/complaints/published/TC260301000101");
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    const text = await page.locator("article .whitespace-pre-wrap").innerText();
    expect(text.split("\n")[0].trim()).not.toBe(title);
  });
});

test.describe("large text (适老化) on a phone without JavaScript", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test("[citizen] reading mode shows the article alone, and leaves it again", async ({ page }) => {
    await page.goto("/policies/rural-minimum-living-allowance-2026");
    const nav = page.getByRole("navigation", { name: "主导航" });
    await page.getByRole("link", { name: "阅读模式" }).click();
    await expect(nav).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "退出阅读模式" }).click();
    await expect(nav).toBeVisible();
  });

  test("[citizen] navigation labels stay whole, the header is short and home cards are wide", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "display-size", value: "large", url: baseURL! }]);
    await page.goto("/");
    await expect(page.locator("html")).toHaveClass(/text-large/);
    // Body text at least 18 px (MIIT 适老化 guidance); the smallest utility text too.
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(18);
    expect(await page.locator("footer p").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
    const links = page.getByRole("navigation", { name: "主导航" }).getByRole("link");
    for (const link of await links.all()) {
      // One line each: a label broken over two lines would be about twice as tall.
      const lineHeight = await link.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect((await link.boundingBox())!.height).toBeLessThan(lineHeight * 1.5 + 30);
    }
    const header = await page.locator("body > header").boundingBox();
    expect(header!.height).toBeLessThan(300);
    for (const card of await page.getByRole("region", { name: "便民服务" }).getByRole("link").all()) {
      expect((await card.boundingBox())!.width).toBeGreaterThan(300);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
