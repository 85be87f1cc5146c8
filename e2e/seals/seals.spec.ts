import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { formAlert, signInAndWait } from "../helpers";

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    // No sideways scrolling on a phone.
    if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
}

test("[admin] makes a unit's seal from its name, sees the image, and revokes it", async ({ page }, testInfo) => {
  await signInAndWait(page, "admin");
  await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "电子印章" }).click();
  await expect(page.getByRole("heading", { name: "电子印章", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: /制作印章\s*（县气象局）/ }).click();
  await expect(page.getByLabel("印章上的单位名称")).toHaveValue("桐川县气象局");

  // A bad name: the message beside the field and in the summary, the answer kept.
  await page.getByLabel("印章上的单位名称").fill("桐川 气象局");
  await page.getByRole("button", { name: "制作印章（生成密钥和印模）" }).click();
  await expect(formAlert(page).getByRole("link", { name: "单位名称只能包含汉字、字母、数字和括号，不含空格" })).toBeVisible();
  await expect(page.getByLabel("印章上的单位名称")).toHaveValue("桐川 气象局");

  await page.getByLabel("印章上的单位名称").fill("桐川县气象局");
  await page.getByLabel("五角星下方文字（选填）").fill("公文专用章");
  await page.getByRole("button", { name: "制作印章（生成密钥和印模）" }).click();
  await expect(page.getByText("印章已制作：已生成印模和 SM2 签名密钥。")).toBeVisible();
  const image = page.getByRole("img", { name: "桐川县气象局电子印章印模" });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  await expect(page.getByText("尚未用印。")).toBeVisible();
  await shoot(page, testInfo, "seal-admin");

  await page.getByRole("button", { name: "停用印章" }).click();
  await expect(formAlert(page).getByRole("link", { name: "请填写停用理由" })).toBeVisible();
  await page.getByLabel("停用理由").fill("端到端测试后停用");
  await page.getByRole("button", { name: "停用印章" }).click();
  await expect(page.getByText("印章已停用，不能再用印；此前盖章的文件仍可核验。")).toBeVisible();
  await expect(page.getByText(/已于.*停用/).first()).toBeVisible();
});

test("[seal officer] seals a specimen; [citizen] /verify without JavaScript accepts the PDF and rejects a changed copy", async ({ page, browser }, testInfo) => {
  await signInAndWait(page, "clerk");
  await page.goto("/officer/seals");
  // A keeper sees their own unit only.
  await expect(page.getByRole("heading", { name: "县交通运输局", level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "县气象局" })).toHaveCount(0);
  await page.getByRole("link", { name: /查看印章和用印记录\s*（县交通运输局）/ }).click();
  await page.getByRole("button", { name: "试盖章（样张）" }).click();
  const download = page.getByRole("link", { name: "下载样张PDF" });
  await expect(download).toBeVisible();
  const response = await page.request.get((await download.getAttribute("href"))!);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const pdf = Buffer.from(await response.body());
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  await testInfo.attach("specimen.pdf", { body: pdf, contentType: "application/pdf" });
  // The use is listed with who sealed it.
  await expect(page.getByText(/用印人 郑伟/).first()).toBeVisible();

  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const citizen = await context.newPage();
  await citizen.goto("/");
  await citizen.getByRole("link", { name: "电子公文核验" }).click();
  await expect(citizen.getByRole("heading", { name: "电子公文真伪核验", level: 1 })).toBeVisible();

  // Nothing chosen, then a file that is not a PDF.
  await citizen.getByRole("button", { name: "上传核验" }).click();
  await expect(citizen.getByText("请选择要核验的PDF文件").first()).toBeVisible();
  await expect(citizen).toHaveTitle(/^错误：/);
  await citizen.getByLabel("盖章文件（PDF）").setInputFiles({ name: "photo.pdf", mimeType: "application/pdf", buffer: Buffer.from("GIF89a not a pdf") });
  await citizen.getByRole("button", { name: "上传核验" }).click();
  await expect(citizen.getByText("所选文件不是PDF文件，请选择本系统签发的PDF文件").first()).toBeVisible();

  // The sealed file: genuine, with the issuing unit, number, title, date and seal.
  await citizen.getByLabel("盖章文件（PDF）").setInputFiles({ name: "specimen.pdf", mimeType: "application/pdf", buffer: pdf });
  await citizen.getByRole("button", { name: "上传核验" }).click();
  const genuine = citizen.getByRole("status").filter({ hasText: "文件真实有效" });
  await expect(genuine.getByRole("heading", { name: "文件真实有效：由本系统盖章签发，盖章后未被修改" })).toBeVisible();
  await expect(genuine.getByText("这是电子印章样张，用于核对印章，不是正式公文。")).toBeVisible();
  await expect(genuine.getByText("桐川县交通运输局电子印章样张")).toBeVisible();
  await expect(genuine.getByRole("img", { name: "桐川县交通运输局电子印章印模" })).toBeVisible();
  const code = (await genuine.locator("dd.font-mono").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
  await shoot(citizen, testInfo, "verify-genuine");

  // One byte changed: refused, in red words.
  const changed = Buffer.from(pdf);
  changed[Math.floor(changed.length / 2)] ^= 0x01;
  await citizen.setViewportSize({ width: 1280, height: 900 });
  await citizen.getByLabel("盖章文件（PDF）").setInputFiles({ name: "specimen.pdf", mimeType: "application/pdf", buffer: changed });
  await citizen.getByRole("button", { name: "上传核验" }).click();
  await expect(formAlert(citizen).getByRole("heading", { name: "此文件已被修改或并非本系统签发" })).toBeVisible();
  await shoot(citizen, testInfo, "verify-changed");

  // The typed code (lower case, as people type it): the record and the hint that only the file proves the content.
  await citizen.setViewportSize({ width: 1280, height: 900 });
  await citizen.getByRole("textbox", { name: "验证码" }).fill(code.toLowerCase());
  await citizen.getByRole("button", { name: "查询" }).click();
  await expect(citizen.getByRole("heading", { name: "找到该验证码的盖章记录" })).toBeVisible();
  await expect(citizen.getByText("验证码只能说明存在这份盖章记录。")).toBeVisible();
  await citizen.goto("/verify?code=ABCD");
  await expect(formAlert(citizen).getByRole("link", { name: /验证码应为12位字母和数字/ })).toBeVisible();
  await context.close();
});
