import { expect, test } from "@playwright/test";
import { signInAndWait } from "../helpers";

test("[admin] issues an Open311 key that another system uses to file a request", async ({ page, request }) => {
  await signInAndWait(page, "admin");
  await page.goto("/officer/api-keys");
  await page.getByLabel("使用方名称").fill("12345热线平台");
  await page.getByRole("button", { name: "签发密钥" }).click();
  const notice = page.getByRole("status").filter({ hasText: "此密钥只显示这一次" });
  await expect(notice).toBeVisible();
  const key = (await notice.textContent())!.match(/o311_[A-Za-z0-9_-]+/)![0];

  const services = await (await request.get("/api/open311/v2/services.json")).json();
  const roads = services.find((s: { service_name: string }) => s.service_name === "道路交通");
  expect(roads).toMatchObject({ metadata: false, type: "realtime" });

  const refused = await request.post("/api/open311/v2/requests.json", { form: { api_key: "wrong", service_code: roads.service_code } });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual([{ code: 403, description: "api_key is missing or not valid" }]);

  const created = await request.post("/api/open311/v2/requests.json", {
    form: { api_key: key, service_code: roads.service_code, description: "青石镇桥头路灯连续三晚不亮，夜间行人看不清路。", address_string: "青石镇桥头" },
  });
  expect(created.status()).toBe(201);
  const [receipt] = await created.json();
  expect(receipt.service_request_id).toMatch(/^TC\d{12}$/);
  expect(receipt.service_notice).toContain("县交通运输局");

  // Filed without consent to publish: other systems cannot read it back.
  expect((await request.get(`/api/open311/v2/requests/${receipt.service_request_id}.json`)).status()).toBe(404);
  const token = await request.get(`/api/open311/v2/tokens/${receipt.token}.json`);
  expect(await token.json()).toEqual([{ service_request_id: receipt.service_request_id, token: receipt.token }]);
});
