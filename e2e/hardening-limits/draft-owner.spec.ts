import { expect, test } from "@playwright/test";
import { formFields, rawRequest } from "./raw-client";

const ROADS = "道路交通（县交通运输局，7个工作日）";

test("[citizen] the draft id is no password: a stranger gets neither the receipt nor the answers", async ({ page, baseURL }) => {
  const phone = `136${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  await page.goto("/complaints/new");
  await page.getByLabel("反映什么方面的问题", { exact: true }).selectOption({ label: ROADS });
  await page.getByLabel("标题", { exact: true }).fill("解放路井盖缺失很危险");
  await page.getByLabel("发生了什么", { exact: true }).fill("解放路中段一个井盖缺失好几天了，晚上看不见很危险。");
  await page.getByLabel("发生地点", { exact: true }).fill("城关镇解放路中段");
  await page.getByLabel("姓名", { exact: true }).fill("赵六");
  await page.getByLabel("手机号码", { exact: true }).fill(phone);
  await page.getByLabel("同意公开", { exact: true }).check();
  await page.getByRole("button", { name: "下一步：核对信息" }).click();
  // The draft id stays out of the address bar.
  await expect(page).toHaveURL(/\/complaints\/new\/check$/);
  await expect(page.getByText(phone)).toBeVisible();
  // What a stranger could learn: the draft id and the page's form (as in the HTML).
  const { fields } = formFields(await page.content(), "确认提交");
  const draftId = fields.find(([name]) => name === "draftId")![1];
  await page.getByRole("button", { name: "确认提交" }).click();
  await expect(page).toHaveURL(/\/complaints\/filed\/TC\d{12}$/);
  await expect(page.getByTestId("access-code")).toHaveText(/^\d{8}$/);

  // A stranger (another address, no cookies) re-posts the file form with the draft id: no receipt.
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  const encoded = new Response(data);
  const res = await rawRequest(new URL("/complaints/new/check", baseURL).toString(), {
    from: "127.0.0.41",
    method: "POST",
    body: Buffer.from(await encoded.arrayBuffer()),
    headers: { "content-type": encoded.headers.get("content-type")!, accept: "text/html" },
  });
  expect(String(res.headers["set-cookie"] ?? "")).not.toContain("complaint-receipt-");
  // Nor do the old check-page address or the photo address show anything of the citizen's.
  const check = await rawRequest(new URL(`/complaints/new/check?draft=${draftId}`, baseURL).toString(), { from: "127.0.0.41" });
  expect(check.text).not.toContain(phone);
  expect(check.text).not.toContain("赵六");
  const edit = await rawRequest(new URL(`/complaints/new?draft=${draftId}&edit=1`, baseURL).toString(), { from: "127.0.0.41" });
  expect(edit.text).not.toContain(phone);

  // The browser that filed still sees its receipt from the check page.
  await page.goto("/complaints/new/check");
  await expect(page.getByRole("heading", { name: "这份投诉已经提交" })).toBeVisible();
  await expect(page.getByText(phone)).toHaveCount(0);
  await page.getByRole("button", { name: "查看回执" }).click();
  await expect(page).toHaveURL(/\/complaints\/filed\/TC\d{12}$/);
  await expect(page.getByTestId("access-code")).toHaveText(/^\d{8}$/);
});
