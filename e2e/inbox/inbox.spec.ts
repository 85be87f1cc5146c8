import { expect, test } from "@playwright/test";
import { fileCase, signInAs } from "../case-handling/fixtures";
import { addOfficerAsAdmin, STRONG_PASSWORD } from "../helpers";

test.describe.configure({ timeout: 180_000 });

test("[handler] sees the case waiting in 待办 at 390 px, sorted by due time, and opens it", async ({ page, browser }, testInfo) => {
  const filed = await fileCase(browser);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "handler");

  // The header keeps the 待办 count in sight on a phone.
  const badge = page.getByRole("banner").getByRole("link", { name: /待办\s*\d+/ });
  await expect(badge).toBeVisible();
  expect(Number((await badge.textContent())!.replace(/\D/g, ""))).toBeGreaterThan(0);
  await expect(page.getByRole("navigation", { name: "事项分类" }).getByRole("link", { name: /待办/ })).toHaveAttribute("aria-current", "page");

  const item = page.locator("[data-todo-item]", { hasText: filed.title });
  await expect(item).toBeVisible();
  await expect(item).toContainText("受理");
  await expect(item).toContainText(filed.trackingNo);
  await expect(item).toContainText(/还剩|已超期/);

  // Sorted by due time: dated items in ascending order, undated ones after them.
  const dues = await page.locator("[data-todo-item]").evaluateAll((els) => els.map((el) => el.getAttribute("data-due")));
  const dated = dues.filter((d): d is string => !!d);
  expect(dated.length).toBeGreaterThan(1);
  expect(dated).toEqual([...dated].sort((a, b) => Date.parse(a) - Date.parse(b)));
  expect(dues.slice(0, dated.length).every(Boolean)).toBe(true);
  // Overdue demo cases carry the red mark.
  await expect(page.locator('[data-todo-item][data-mark="red"]').first()).toContainText("已超期");

  // A large touch target, and nothing scrolls sideways.
  const box = (await item.getByRole("link").boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(48);
  expect(box.width).toBeGreaterThan(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath("todo-390.png"), fullPage: true });

  // The dashboard's figures stay below the list.
  await expect(page.getByRole("heading", { name: "工作概况" })).toBeVisible();
  await expect(page.getByText("在办案件")).toBeVisible();

  // The chips and tabs are plain links.
  await page.getByRole("navigation", { name: "按来源筛选" }).getByRole("link", { name: /案件/ }).click();
  await expect(page).toHaveURL(/\/officer\?source=complaint$/);
  await expect(item).toBeVisible();

  await item.getByRole("link").click();
  await expect(page).toHaveURL(/\/officer\/complaints\/[^/?]+$/);
  await expect(page.locator("main header")).toContainText(filed.trackingNo);
  await page.getByRole("button", { name: "受理", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已受理该案件。");

  // Done: it leaves 待办 and shows in 已办.
  await page.goto("/officer?box=done");
  await expect(page.locator("[data-todo-item]", { hasText: filed.title })).toContainText("已受理");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/officer");
  await expect(page.locator("[data-todo-item]", { hasText: filed.title })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: /工作台/ })).toContainText(/\d+/);
  await page.screenshot({ path: testInfo.outputPath("todo-1280.png"), fullPage: true });
});

test("[admin] grants the seal keeper duty", async ({ page }, testInfo) => {
  await signInAs(page, "admin");
  await page.goto("/officer/officers/new");
  // The mobile-office roles are offered.
  for (const role of ["县领导", "政府办工作人员", "驾驶员"]) await expect(page.getByLabel("角色").locator("option", { hasText: role })).toHaveCount(1);
  await expect(page.getByRole("checkbox", { name: "电子印章管理员" })).not.toBeChecked();
  const username = await addOfficerAsAdmin(page, { password: STRONG_PASSWORD, role: "政府办工作人员" });

  await page.getByRole("checkbox", { name: "电子印章管理员" }).check();
  await page.getByRole("checkbox", { name: "公文收发员" }).check();
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toContainText("已保存角色、部门、职责和电话");
  await page.reload();
  await expect(page.getByText("职责：公文收发员、电子印章管理员")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "电子印章管理员" })).toBeChecked();

  await page.goto("/officer/officers");
  const row = page.getByRole("row", { name: new RegExp(username) });
  await expect(row).toContainText("电子印章管理员");
  await expect(row).toContainText("政府办工作人员");
  await page.screenshot({ path: testInfo.outputPath("officers-1280.png"), fullPage: true });

  // Revoked again: gone from the list; both changes are in the audit log.
  await row.getByRole("link").first().click();
  await page.getByRole("checkbox", { name: "电子印章管理员" }).uncheck();
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await page.goto("/officer/officers");
  await expect(page.getByRole("row", { name: new RegExp(username) })).not.toContainText("电子印章管理员");
  await page.goto("/officer/audit");
  await expect(page.getByRole("cell", { name: "调整职责" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: /撤销：电子印章管理员/ }).first()).toBeVisible();
});

test("[officer] the mobile office's manifest and icons are served and linked", async ({ page, request }) => {
  const response = await request.get("/office.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await response.json();
  expect(manifest).toMatchObject({ start_url: "/officer", scope: "/officer", display: "standalone", theme_color: "#163f76" });
  expect(manifest.name).toMatch(/移动办公$/);
  expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toContain("maskable");
  for (const icon of [...manifest.icons.map((i: { src: string }) => i.src), "/office-icons/apple-touch-icon.png"]) {
    const image = await request.get(icon);
    expect(image.status(), icon).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
  }
  await signInAs(page, "handler");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/office.webmanifest");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/office-icons/apple-touch-icon.png");
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#163f76");
});

test("[admin] the delivery log shows the channel and filters by it", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/officer/outbox");
  await expect(page.getByRole("columnheader", { name: "通道" })).toBeVisible();
  await page.getByLabel("发送通道").selectOption({ label: "工作消息" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/channel=WORK_MESSAGE/);
  await expect(page.getByLabel("发送通道")).toHaveValue("WORK_MESSAGE");
});
