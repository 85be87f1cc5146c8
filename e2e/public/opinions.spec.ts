// 民意 (issue 15): a citizen leaves a suggestion without JavaScript, the county head's office
// assigns it, the department answers with an outcome and approves the public text, and the
// citizen sees the outcome; a comment on a draft open for consultation.
import { expect, test } from "@playwright/test";
import { formAlert, signInAndWait } from "../helpers";

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("[citizen] leaves a suggestion without JavaScript and later sees its outcome", async ({ page, browser }) => {
    const title = `建议清溪镇增设鲜叶收购点${Date.now().toString(36)}`;
    await page.goto("/opinions");
    await page.getByRole("link", { name: /我要提建议/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "我要提建议" })).toBeVisible();
    await page.getByLabel("标题").fill(title);
    await page.getByLabel("建议内容").fill("太短了");
    await page.getByLabel("手机号码").fill("136 5555 0199");
    await page.getByRole("button", { name: "提交建议" }).click();
    await expect(page).toHaveTitle(/^错误：我要提建议/);
    await expect(formAlert(page).getByRole("link", { name: "请至少写20个字，说清楚您的建议和理由" })).toBeVisible();
    await expect(page.getByLabel("标题")).toHaveValue(title);
    await expect(page.getByLabel("手机号码")).toHaveValue("136 5555 0199");
    await page.getByLabel("建议内容").fill("清溪镇茶农每年春茶季要把鲜叶运到县城，路远耽误时间，建议在镇上增设收购点。联系人李大山。");
    await page.getByLabel("同意公开答复").check();
    await page.getByRole("button", { name: "提交建议" }).click();
    await expect(page.getByRole("heading", { name: "建议已提交" })).toBeVisible();
    const trackingNo = (await page.getByTestId("tracking-no").textContent())!.trim();
    const accessCode = (await page.getByTestId("access-code").textContent())!.trim();
    expect(trackingNo).toMatch(/^JY\d{12}$/);
    await expect(page.getByTestId("deadline")).toBeVisible();

    // The county head's office assigns it to the agriculture bureau.
    const officeContext = await browser.newContext({ javaScriptEnabled: true });
    const office = await officeContext.newPage();
    await signInAndWait(office, "mailbox");
    await office.goto("/officer/opinions");
    await office.getByRole("link", { name: title }).click();
    await office.getByLabel("承办部门").selectOption({ label: "县农业农村局" });
    await office.getByRole("button", { name: "交办" }).click();
    await expect(office.getByText("已交办，承办部门已收到短信。")).toBeVisible();
    await expect(office.getByRole("link", { name: title })).toHaveCount(0);
    await officeContext.close();

    // The bureau's head (demo 'trace' is an operator; the answer comes from a head of AGRI made here).
    const agriContext = await browser.newContext({ javaScriptEnabled: true });
    const agri = await agriContext.newPage();
    await signInAndWait(agri, "admin");
    await agri.goto("/officer/officers/new");
    const username = `agrihead${Date.now().toString(36)}`;
    await agri.getByLabel("登录名").fill(username);
    await agri.getByLabel("姓名").fill("农业局负责人");
    await agri.getByLabel("所属部门").selectOption({ label: "县农业农村局" });
    await agri.getByLabel("角色").selectOption({ label: "部门负责人" });
    await agri.getByLabel("初始密码").fill("Quiet-Ferry-4827");
    await agri.getByRole("button", { name: "加入授权名单" }).click();
    await expect(agri.getByText("已将 农业局负责人 加入授权名单。")).toBeVisible();
    await agriContext.clearCookies();
    await signInAndWait(agri, username, "Quiet-Ferry-4827");
    await agri.goto("/officer/opinions");
    await agri.getByRole("link", { name: title }).click();
    await agri.getByRole("button", { name: "提交答复" }).click();
    await expect(formAlert(agri).getByRole("link", { name: "请选择采纳情况" })).toBeVisible();
    await agri.getByLabel("采纳", { exact: true }).check();
    await agri.getByLabel("答复内容").fill("采纳。2027年春茶季前在清溪镇设立两个鲜叶收购点。");
    await agri.getByRole("button", { name: "提交答复" }).click();
    await expect(agri.getByText("已答复，已短信告知提出人。")).toBeVisible();
    await expect(agri.getByLabel("公开的内容")).not.toHaveValue(/李大山/);
    await agri.getByRole("button", { name: "审核通过并公开" }).click();
    await expect(agri.getByText("答复已公开。")).toBeVisible();
    await agriContext.close();

    // The citizen looks it up, and finds it on the public list.
    await page.goto("/opinions/track");
    await page.getByLabel("受理编号").fill(trackingNo);
    await page.getByLabel("查询码").fill(accessCode);
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page.getByTestId("opinion-result")).toContainText("采纳");
    await expect(page.getByTestId("opinion-result")).toContainText("鲜叶收购点");
    await page.goto("/opinions?kind=SUGGESTION");
    const item = page.getByTestId("published-opinion").filter({ hasText: title });
    await expect(item).toContainText("采纳");
    await expect(item).not.toContainText("李大山");
  });

  test("[citizen] comments on a draft open for consultation", async ({ page }) => {
    await page.goto("/opinions");
    await page.getByRole("link", { name: "桐川县茶产业发展扶持办法（征求意见稿）" }).click();
    await expect(page.getByText("正在征求意见")).toBeVisible();
    await page.getByRole("button", { name: "提交意见" }).click();
    await expect(formAlert(page).getByRole("link", { name: "请填写您的意见" })).toBeVisible();
    await page.getByLabel("您的意见").fill("建议第二条的补助标准提高到每亩800元。");
    await page.getByRole("button", { name: "提交意见" }).click();
    await expect(page.getByText("感谢您的意见，已经收到。")).toBeVisible();
    // A closed one shows how the comments were taken into account.
    await page.goto("/opinions/consultations/draft-rural-road-maintenance");
    await expect(page.getByTestId("feedback-summary")).toContainText("采纳7条");
  });

  test("[citizen] writes to the county head", async ({ page }) => {
    await page.goto("/opinions/new?kind=MAILBOX");
    await page.getByLabel("标题").fill("人民路夜间施工扰民");
    await page.getByLabel("来信内容").fill("人民路管网改造工程夜间施工到凌晨，附近居民无法休息，希望县里协调。");
    await page.getByLabel("手机号码").fill("13655550198");
    await page.getByRole("button", { name: "提交来信" }).click();
    await expect(page.getByRole("heading", { name: "县长信箱来信已提交" })).toBeVisible();
    await expect(page.getByTestId("tracking-no")).toHaveText(/^XX\d{12}$/);
    await expect(page.getByText("由 县人民政府办公室 办理")).toBeVisible();
  });
});

for (const width of [1280, 390]) {
  test(`[citizen] 民意 pages at ${width} px (screenshots)`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    for (const [name, path] of [
      ["opinions", "/opinions"],
      ["opinion-new", "/opinions/new?kind=SUGGESTION"],
      ["consultation", "/opinions/consultations/draft-tea-industry-support"],
      ["opinion-track", "/opinions/track"],
    ] as const) {
      await page.goto(path);
      await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
    }
  });
}
