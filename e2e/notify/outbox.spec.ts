import { expect, test } from "@playwright/test";
import { signInAndWait } from "../helpers";

// The delivery log shows the demo entries the seed adds (lib/seed/demo-outbox.ts).

test("[admin] sees the delivery log and filters it by status", async ({ page }) => {
  await signInAndWait(page, "admin");
  await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "短信发送记录" }).click();
  await expect(page.getByRole("heading", { name: "短信发送记录" })).toBeVisible();

  const log = page.getByRole("table", { name: "短信发送记录" });
  // The rest of the suite sends many messages: find the seeded one by (part of) its number.
  await page.getByLabel("手机号（选填，可输入部分号码）").fill("00001234");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(log.getByRole("row", { name: /139\*\*\*\*1234/ })).toContainText("已送达");
  // Numbers are masked on the page; the full number never reaches it.
  await expect(page.getByText("13900001234")).toHaveCount(0);

  await page.getByLabel("手机号（选填，可输入部分号码）").fill("");
  await page.getByLabel("状态", { exact: true }).selectOption({ label: "发送失败" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/[?&]status=FAILED/);
  await expect(page.getByLabel("状态", { exact: true })).toHaveValue("FAILED");
  await expect(log.getByRole("row", { name: /139\*\*\*\*9012/ })).toContainText("gateway answered 503");
  await expect(log.getByRole("row", { name: /139\*\*\*\*1234/ })).toHaveCount(0);
  const statusCells = log.locator("tbody tr td:nth-child(5)");
  expect(await statusCells.count()).toBeGreaterThanOrEqual(2);
  for (const text of await statusCells.allTextContents()) expect(text).toBe("发送失败");

  // A filter with nothing to show says so, and the counts link back to every status.
  await page.getByLabel("手机号（选填，可输入部分号码）").fill("10000000000");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByText("没有符合条件的记录")).toBeVisible();
  await page.getByRole("link", { name: "清除筛选" }).click();
  await expect(page).toHaveURL(/\/officer\/outbox$/);
  await expect(page.getByLabel("手机号（选填，可输入部分号码）")).toHaveValue("");
  await expect(log.locator("tbody tr").first()).toBeVisible();
});

test("[gateway] a delivery receipt marks a sent message delivered in the log", async ({ page, request }) => {
  const bad = await request.post("/api/notify/receipts", { data: { providerMessageId: "demo-provider-2", status: "read" } });
  expect(bad.status()).toBe(422);
  expect(await bad.json()).toMatchObject({ fields: { status: 'status must be "delivered" or "failed"' } });
  expect((await request.post("/api/notify/receipts", { data: { providerMessageId: "no-such-id", status: "delivered" } })).status()).toBe(404);

  const ok = await request.post("/api/notify/receipts", { data: { providerMessageId: "demo-provider-2", status: "delivered" } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ status: "DELIVERED" });

  await signInAndWait(page, "supervisor");
  await page.goto("/officer/outbox?status=DELIVERED");
  await expect(page.getByRole("table", { name: "短信发送记录" }).getByRole("row", { name: /139\*\*\*\*5678/ })).toContainText("送达");
});

test("[handler] gets a refusal on the delivery log", async ({ page }) => {
  await signInAndWait(page, "handler");
  await expect(page.getByRole("link", { name: "短信发送记录" })).toHaveCount(0);
  await page.goto("/officer/outbox");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await expect(page.getByText("139****1234")).toHaveCount(0);
});
