import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAndWait, uniqueName } from "../helpers";

// Stories with several officers on a shared 2-core machine (CI runs the whole suite).
test.describe.configure({ timeout: 180_000 });

const PHONE = { width: 390, height: 844 };

/** A day far enough ahead that parallel tests and reruns never share a slot: "2027-05-14". */
function futureDay() {
  const d = new Date(Date.now() + (40 + Math.floor(Math.random() * 600)) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function fillBooking(page: Page, { day, toPlace, passengers = "2", names = "张明、李华" }: { day: string; toPlace: string; passengers?: string; names?: string }) {
  await page.getByLabel("出发时间").fill(`${day}T09:00`);
  await page.getByLabel("返回时间").fill(`${day}T12:00`);
  await page.getByLabel("出发地").fill("县交通运输局");
  await page.getByLabel("目的地").fill(toPlace);
  await page.getByLabel("乘车人数").fill(passengers);
  await page.getByLabel("乘车人员").fill(names);
  await page.getByLabel("用车事由").fill("检查农村公路水毁修复进度");
}

/** The handler books a trip in their own browser; returns nothing, the office finds it by destination. */
async function bookAsHandler(browser: Browser, day: string, toPlace: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAndWait(page, "handler");
  await page.goto("/officer/vehicles/new");
  await fillBooking(page, { day, toPlace });
  await page.getByRole("button", { name: "提交用车申请" }).click();
  await expect(page.getByRole("status")).toContainText("用车申请已提交");
  await context.close();
}

async function approveAsOffice(page: Page, toPlace: string) {
  await page.goto("/officer/vehicles");
  await page.getByRole("region", { name: /待审批/ }).getByRole("link", { name: new RegExp(toPlace) }).click();
  await page.getByRole("button", { name: "批准", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("已批准，已短信告知申请人。");
  await expect(page.getByText("已批准，待派车")).toBeVisible();
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: PHONE });

  test("[officer] books a car", async ({ page }) => {
    await signInAndWait(page, "handler");
    await page.goto("/officer");
    await page.getByText("☰ 功能菜单").click();
    await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "公务用车" }).click();
    await page.getByRole("link", { name: "申请用车" }).click();
    const toPlace = uniqueName("石门乡");
    await fillBooking(page, { day: futureDay(), toPlace: "", passengers: "1", names: "张明、李华" });
    await page.getByRole("button", { name: "提交用车申请" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "提交失败，请检查以下问题" });
    await expect(summary.getByRole("link", { name: "请填写目的地" })).toBeVisible();
    await expect(summary.getByRole("link", { name: "填写了2位乘车人员，多于乘车人数1人" })).toBeVisible();
    // What was typed is kept.
    await expect(page.getByLabel("用车事由")).toHaveValue("检查农村公路水毁修复进度");
    await page.getByLabel("目的地").fill(toPlace);
    await page.getByLabel("乘车人数").fill("2");
    await page.getByRole("button", { name: "提交用车申请" }).click();
    await expect(page.getByRole("status")).toHaveText("用车申请已提交，政府办审批后将短信告知您。");
    await expect(page.getByText("待审批", { exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole("link", { name: "‹ 返回公务用车" }).click();
    await expect(page.getByRole("region", { name: "我的用车申请" })).toContainText(toPlace);
  });

  test("[driver] takes a booked trip from departure to return on a phone", async ({ browser }) => {
    const day = futureDay();
    const toPlace = uniqueName("清溪镇桃花村");
    const plate = `浙A${String(Math.floor(Math.random() * 100000)).padStart(5, "0")}`;
    await bookAsHandler(browser, day, toPlace);

    // The office approves, registers a car for this test and assigns it with the driver 冯军.
    const officeContext = await browser.newContext();
    const office = await officeContext.newPage();
    await signInAndWait(office, "office");
    await office.goto("/officer/vehicles/fleet");
    await office.getByLabel("车牌号").fill(plate.slice(0, 2).toLowerCase() + plate.slice(2));
    await office.getByLabel("车型").selectOption({ label: "轿车" });
    await office.getByLabel("座位数（含驾驶员）").fill("5");
    await office.getByLabel("当前里程（公里）").fill("5000");
    await office.getByRole("button", { name: "登记车辆" }).click();
    await expect(office.getByRole("status")).toHaveText("车辆已登记。");
    await approveAsOffice(office, toPlace);
    await office.getByLabel("车辆", { exact: true }).selectOption({ label: `${plate}（轿车，5座）` });
    await office.getByLabel("驾驶员", { exact: true }).selectOption({ label: "冯军" });
    await office.getByRole("button", { name: "派车" }).click();
    await expect(office.getByRole("status")).toHaveText("已派车，已短信告知驾驶员和申请人。");
    await officeContext.close();

    // The driver, on the phone, with the position shared.
    const context = await browser.newContext({ viewport: PHONE, permissions: ["geolocation"], geolocation: { latitude: 29.61, longitude: 119.42, accuracy: 20 }, locale: "zh-CN" });
    const page = await context.newPage();
    await signInAndWait(page, "driver");
    await page.getByText("☰ 功能菜单").click();
    await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "出车任务" }).click();
    await page.getByRole("link", { name: new RegExp(toPlace) }).click();
    await page.getByLabel("出车里程（公里）").fill("5010");
    await page.getByRole("button", { name: "附上当前位置（选填）" }).click();
    await expect(page.getByText(/已附上当前位置/)).toBeVisible();
    await page.getByRole("button", { name: "确认出车" }).click();
    await expect(page.getByRole("status")).toHaveText("已记录出车。");
    await expect(page.getByText(/里程5010公里（含位置）/)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("trip-390.png"), fullPage: true });

    await page.getByRole("region", { name: "到达目的地" }).getByRole("button", { name: "确认到达" }).click();
    await expect(page.getByRole("status")).toHaveText("已记录到达。");

    await page.getByLabel("回车里程（公里）").fill("5000");
    await page.getByLabel("油费（元）").fill("88.5");
    await page.getByLabel("过路费（元）").fill("15");
    await page.getByRole("button", { name: "确认回车" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "提交失败" }).getByRole("link", { name: "回车里程不能小于出车里程5010公里，请核对仪表读数" })).toBeVisible();
    await expect(page.getByLabel("油费（元）")).toHaveValue("88.5");
    await page.getByLabel("回车里程（公里）").fill("5086");
    await page.getByRole("button", { name: "确认回车" }).click();
    await expect(page.getByRole("status")).toHaveText("已记录回车，本次任务完成。");
    await expect(page.getByText(/本次行驶76公里/)).toBeVisible();
    await expect(page.getByText("油费88.50元，过路费15.00元，停车费0.00元")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole("link", { name: "‹ 我的出车任务" }).click();
    await expect(page.getByRole("region", { name: "最近完成" })).toContainText(toPlace);
    await context.close();
  });
});

test("[office] approves a booking and reads the fleet board and the usage scorecard", async ({ page, browser }) => {
  const toPlace = uniqueName("城关镇");
  await bookAsHandler(browser, futureDay(), toPlace);
  await signInAndWait(page, "office");
  await approveAsOffice(page, toPlace);

  await page.getByRole("link", { name: "‹ 返回公务用车" }).click();
  await page.getByRole("link", { name: "车队看板" }).click();
  await expect(page.getByRole("heading", { name: "车队看板" })).toBeVisible();
  await expect(page.locator('[data-plate="浙J00003"]')).toContainText("维修保养中");
  await expect(page.locator('[data-plate="浙J00001"]')).toContainText("有1项年检/保险/保养临近或已到期");
  await page.screenshot({ path: test.info().outputPath("board-1280.png"), fullPage: true });
  await page.setViewportSize(PHONE);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath("board-390.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "使用情况" }).click();
  await expect(page.getByRole("heading", { name: "使用情况", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "各单位明细" }).getByRole("columnheader", { name: "人员登录率" })).toBeVisible();
  // The office signed in this month: its unit is ranked.
  await expect(page.getByRole("region", { name: /排名/ })).toContainText("县人民政府办公室");
  await expect(page.getByText("电子流转页数：本月分发的每份公文的页数 × 分发份数（收文单位和个人）。")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("usage-1280.png"), fullPage: true });
  const month = await page.getByLabel("月份").inputValue();
  const csv = await page.request.get(`/officer/usage/export?month=${month}`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("月份,名次,单位,得分,人员登录率");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test("[officer] books a car with a plain form post", async ({ page }) => {
    await signInAndWait(page, "handler");
    await page.goto("/officer/vehicles/new");
    const toPlace = uniqueName("石门乡王家湾");
    await fillBooking(page, { day: futureDay(), toPlace, passengers: "abc" });
    await page.getByRole("button", { name: "提交用车申请" }).click();
    await expect(page.getByRole("link", { name: "乘车人数应为整数" })).toBeVisible();
    await expect(page.getByLabel("目的地")).toHaveValue(toPlace);
    await page.getByLabel("乘车人数").fill("2");
    await page.getByRole("button", { name: "提交用车申请" }).click();
    await expect(page.getByRole("status")).toHaveText("用车申请已提交，政府办审批后将短信告知您。");
  });
});
