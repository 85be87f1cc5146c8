import { expect, test } from "@playwright/test";
import { formAlert, signInAndWait } from "../helpers";

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("[investor] sends an inquiry and an officer sees it with its deadline", async ({ page, browser }) => {
    const company = `闽南果业${Date.now().toString(36)}有限公司`;
    await page.goto("/investment/inquiry?project=project-fruit-processing");
    await expect(page.getByRole("heading", { name: "投资咨询" })).toBeVisible();
    await expect(page.getByTestId("chosen-project")).toContainText("桐川县柑橘精深加工项目");
    await expect(page.getByLabel("感兴趣的项目或园区（选填）")).toHaveValue("project-fruit-processing");

    await page.getByLabel("您的姓名").fill("林志远");
    await page.getByLabel("公司或机构名称").fill(company);
    await page.getByLabel("联系电话").fill("13655550123");
    await page.getByLabel("您想咨询的问题").fill("请问项目用地指标和标准厂房租金有什么优惠？");
    await page.getByRole("button", { name: "提交咨询" }).click();

    // Consent missing: named at the top and by the box, the answers kept.
    await expect(page).toHaveTitle(/^错误：投资咨询/);
    await expect(formAlert(page).getByRole("link", { name: "请确认同意由县投资促进中心使用以上联系方式答复您" })).toBeVisible();
    await expect(page.getByLabel("公司或机构名称")).toHaveValue(company);
    await expect(page.getByLabel("感兴趣的项目或园区（选填）")).toHaveValue("project-fruit-processing");
    await page.getByLabel("同意由县投资促进中心使用以上联系方式答复我").check();
    await page.getByRole("button", { name: "提交咨询" }).click();

    await expect(page.getByRole("heading", { name: "投资咨询已提交" })).toBeVisible();
    const trackingNo = (await page.getByTestId("tracking-no").textContent())!.trim();
    expect(trackingNo).toMatch(/^TC\d{12}$/);
    await expect(page.getByTestId("access-code")).toHaveText(/^\d{8}$/);
    await expect(page.getByTestId("department")).toHaveText("县投资促进中心");
    const deadline = (await page.getByTestId("deadline").textContent())!.trim();
    expect(deadline).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 23:59$/);
    // A reload (or bookmark) shows the same receipt.
    await page.reload();
    await expect(page.getByTestId("deadline")).toHaveText(deadline);

    // The officer of the investment-promotion office finds it in the inbox with that deadline.
    // Officers sign in with JavaScript (the sign-in form is a client component).
    const officerContext = await browser.newContext({ javaScriptEnabled: true });
    const officer = await officerContext.newPage();
    await signInAndWait(officer, "invest");
    await officer.getByRole("navigation", { name: "工作平台导航" }).getByRole("link", { name: "案件办理" }).click();
    const row = officer.getByRole("row").filter({ hasText: trackingNo });
    await expect(row).toContainText("投资咨询：桐川县柑橘精深加工项目");
    await expect(row).toContainText(deadline);
    await officer.getByRole("link", { name: trackingNo }).click();
    await expect(officer.locator("main header")).toContainText(trackingNo);
    await expect(officer.getByText("办理期限：")).toBeVisible();
    await expect(officer.locator("main")).toContainText(deadline);
    await expect(officer.locator("main")).toContainText(company);
    await officerContext.close();

    // Never in the public list of handled cases.
    await page.goto("/complaints/published");
    await expect(page.getByText(trackingNo)).toHaveCount(0);
  });
});
