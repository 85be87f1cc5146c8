import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3208";
const [,, ...pages] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const spec of pages) {
  const [path, width, mode, js] = spec.split("|");
  const ctx = await browser.newContext({ viewport: { width: Number(width), height: width === "390" ? 844 : 900 }, javaScriptEnabled: js !== "nojs", locale: "zh-CN" });
  if (mode === "large") await ctx.addCookies([{ name: "display-size", value: "large", url: base }]);
  const page = await ctx.newPage();
  await page.goto(base + path);
  const name = `${path.replace(/[^a-z0-9]+/gi, "_")}-${width}-${mode}-${js ?? "js"}.png`;
  await page.screenshot({ path: `/tmp/public-shots/${name}`, fullPage: process.env.FULL === "1" });
  console.log(name);
  await ctx.close();
}
await browser.close();
