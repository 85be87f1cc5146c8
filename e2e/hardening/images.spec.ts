// The trace page's photo upload without JavaScript: a phone's JPEG is read (it was refused when
// only PNG was); a decompression bomb or a broken PNG gets a message on the page, never a 500,
// and the server keeps answering.
import { expect, test } from "@playwright/test";
import bwipjs from "bwip-js/node";
import sharp from "sharp";
import { bombPng, malformedPng } from "../../test/image-fixtures";

test.use({ javaScriptEnabled: false });

async function upload(page: import("@playwright/test").Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/trace");
  await page.getByText("由网站识别标签照片（JPEG、PNG或WebP）").click();
  await page.locator("#photo-plain").setInputFiles(file);
  await page.getByRole("button", { name: "上传识别" }).click();
}

test("[consumer] a phone camera's JPEG of the label opens the batch without JavaScript", async ({ page }) => {
  const png = await bwipjs.toBuffer({ bcid: "qrcode", text: "202611020020", scale: 6, paddingwidth: 4, paddingheight: 4, backgroundcolor: "FFFFFF" });
  // As a phone would send it: a larger JPEG, the code somewhere in the picture, with EXIF.
  const jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#f4f1ea" } })
    .composite([{ input: await sharp(png).resize(500).toBuffer(), left: 500, top: 300 }])
    .jpeg({ quality: 80 })
    .withExif({ IFD0: { Make: "PhoneCo", Model: "X1" } })
    .toBuffer();
  await upload(page, { name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: jpeg });
  await expect(page).toHaveURL(/\/trace\/202611020020|code=202611020020/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("高山甘蓝");
});

test("[consumer] a decompression bomb and a broken PNG get a message, and the server keeps answering", async ({ page, request }) => {
  const bomb = await bombPng({ width: 10, height: 10, inflatedBytes: 1 << 30 }); // ~1 MB, 1 GiB inside
  expect(bomb.length).toBeLessThan(1_200_000);
  await upload(page, { name: "bomb.png", mimeType: "image/png", buffer: bomb });
  await expect(page.getByRole("alert").filter({ hasText: "无法读取这张图片" })).toBeVisible();

  await upload(page, { name: "huge.png", mimeType: "image/png", buffer: await bombPng({ width: 100_000, height: 100_000, inflatedBytes: 1 << 20 }) });
  await expect(page.getByRole("alert").filter({ hasText: "照片尺寸过大" })).toBeVisible();

  await upload(page, { name: "bad.png", mimeType: "image/png", buffer: malformedPng() });
  await expect(page.getByRole("alert").filter({ hasText: "无法读取这张图片（文件已损坏或不完整）" })).toBeVisible();

  // Several bombs at once: each answered with the page (a redirect), health still answers.
  await page.goto("/trace");
  // The photo form's action (the header's display-size form has another).
  const id = (await page.locator('form:has(#photo-plain) input[name^="$ACTION_ID_"]').getAttribute("name"))!;
  const responses = await Promise.all(
    Array.from({ length: 4 }, () => request.post("/trace", { multipart: { [id]: "", photo: { name: "bomb.png", mimeType: "image/png", buffer: bomb } }, maxRedirects: 0 })),
  );
  for (const res of responses) {
    expect(res.status()).toBe(303);
    expect(res.headers()["location"]).toBe("/trace?photoError=unreadable");
  }
  expect((await request.get("/api/health")).status()).toBe(200);
});

test("[consumer] a photo over 10 MB (within the body limit) gets the form's own size message", async ({ page }) => {
  // Not a broken-request page: the proxy once saw only the first 10 MB of such a body.
  await upload(page, { name: "big.png", mimeType: "image/png", buffer: Buffer.alloc(12_000_000, 1) });
  await expect(page.getByRole("alert").filter({ hasText: "照片不能超过8MB" })).toBeVisible();
});
