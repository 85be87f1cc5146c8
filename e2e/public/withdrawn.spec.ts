// A withdrawn product's Digital Link answers 410 Gone with the portal's own page: header,
// navigation and footer, not a bare page (issue 15); machines still get problem+json.
import { expect, test } from "@playwright/test";
import { signInAndWait } from "../helpers";

/** A GTIN-13 with its GS1 check digit (mod 10, weights 1 and 3 from the left). */
function gtin13(first12: string) {
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return first12 + ((10 - (sum % 10)) % 10);
}

test("[consumer] scans a withdrawn product and sees why, inside the portal", async ({ page, browser }) => {
  const gtin = gtin13(`69${String(Date.now()).slice(-10)}`);
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signInAndWait(officer, "trace");
  await officer.goto("/officer/trace/producers/seed-producer-orchard");
  await officer.getByLabel("产品名称").fill("清溪脐橙礼盒");
  await officer.getByLabel("品类").fill("水果");
  await officer.getByLabel("商品条码（GTIN）（选填）").fill(gtin);
  await officer.getByRole("button", { name: "保存产品" }).click();
  await expect(officer).toHaveURL(/\/officer\/trace\/products\//);
  await officer.getByLabel("停用原因").fill("包装标识不符合要求，全部下架");
  await officer.getByRole("button", { name: "停用该产品" }).click();
  await expect(officer.getByText(/^已停用：包装标识不符合要求/)).toBeVisible();
  await officerContext.close();

  const response = await page.goto(`/01/0${gtin}`);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1, name: "该产品已撤回，停止销售" })).toBeVisible();
  await expect(page.getByText("包装标识不符合要求，全部下架")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await expect(page.locator("footer")).toContainText("网站标识码");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screens/withdrawn-390.png", fullPage: true });

  const machine = await page.request.get(`/01/0${gtin}`, { headers: { Accept: "application/json" } });
  expect(machine.status()).toBe(410);
  expect((await machine.json()).status).toBe(410);
});
