// English pages for investors (issue 15): /en with next-intl, hreflang alternates, a language
// switch, html lang="en", the English text with a visible fallback, English search, and the inquiry
// form in English, without JavaScript.
import { expect, test } from "@playwright/test";
import { formAlert } from "../helpers";

test("[investor] reads the English project page", async ({ page }) => {
  await page.goto("/investment/project-fruit-processing");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/en\/investment\/project-fruit-processing$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Tongchuan Citrus Deep-Processing Project" })).toBeVisible();
  await expect(page.getByText("50,000 tonnes of citrus")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Key facts" })).toBeVisible();
  // hreflang alternates both ways.
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute("href", /\/investment\/project-fruit-processing$/);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/investment\/project-fruit-processing$/);
  // Related items in English, and back to Chinese.
  await expect(page.getByRole("link", { name: "Tongchuan Agricultural Processing Park" })).toBeVisible();
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "桐川县柑橘精深加工项目" })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/investment\/project-fruit-processing$/);
});

test("[investor] sees the Chinese text under a note where no translation was entered", async ({ page }) => {
  await page.goto("/en/investment/project-tea-processing");
  await expect(page.getByRole("heading", { level: 1, name: "Highland Tea Processing Project" })).toBeVisible();
  await expect(page.getByTestId("translation-missing")).toContainText("Not yet translated into English");
  await expect(page.getByText("茶饮料车间")).toBeVisible();
});

test("[investor] finds projects by English words", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1, name: "Invest in Tongchuan" })).toBeVisible();
  await page.getByRole("link", { name: /^Projects, parks and incentives/ }).first().click();
  await page.getByLabel("Search projects, parks and incentives").fill("tea processing");
  await page.getByRole("button", { name: "Search" }).click();
  const results = page.getByTestId("search-results");
  await expect(results).toContainText("result");
  await expect(results.getByRole("link").first()).toHaveText("Highland Tea Processing Project");
  await page.getByLabel("Search projects, parks and incentives").fill("industrial park");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("search-results").getByRole("link", { name: "Tongchuan Agricultural Processing Park" })).toBeVisible();
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("[investor] sends an inquiry from /en and gets the English confirmation", async ({ page }) => {
    await page.goto("/en/investment/project-fruit-processing");
    await page.getByRole("link", { name: "Ask about this" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Send an inquiry" })).toBeVisible();
    await expect(page.getByTestId("chosen-project")).toContainText("Tongchuan Citrus Deep-Processing Project");
    const company = `Harbour Foods ${Date.now().toString(36)} Ltd`;
    await page.getByLabel("Your name").fill("Anna Schmidt");
    await page.getByLabel("Company or organisation").fill(company);
    await page.getByLabel("Phone number").fill("0571-8765 4321");
    await page.getByLabel("Your question").fill("short");
    await page.getByRole("button", { name: "Send inquiry" }).click();
    // English messages, the answers kept, the title marked.
    await expect(page).toHaveTitle(/^Error: Send an inquiry/);
    await expect(formAlert(page).getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(formAlert(page).getByRole("link", { name: "Write at least 10 characters so we know what you would like to know" })).toBeVisible();
    await expect(formAlert(page).getByRole("link", { name: "Tick the box to agree that we use your contact details to answer you" })).toBeVisible();
    await expect(page.getByLabel("Company or organisation")).toHaveValue(company);
    await expect(page.getByLabel("Project or park of interest (optional)")).toHaveValue("project-fruit-processing");
    await page.getByLabel("Your question").fill("What does factory space in the processing park cost per square metre?");
    await page.getByLabel("I agree that the county investment promotion centre uses these contact details to answer me").check();
    await page.getByRole("button", { name: "Send inquiry" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your inquiry has been sent" })).toBeVisible();
    await expect(page.getByTestId("tracking-no")).toHaveText(/^TC\d{12}$/);
    await expect(page.getByTestId("access-code")).toHaveText(/^\d{8}$/);
    await expect(page.getByTestId("deadline")).toContainText("will answer you by");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

for (const width of [1280, 390]) {
  test(`[investor] English pages at ${width} px (screenshots)`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    for (const [name, path] of [
      ["en-home", "/en"],
      ["en-investment", "/en/investment?q=tea processing"],
      ["en-project", "/en/investment/project-tea-processing"],
      ["en-inquiry", "/en/investment/inquiry"],
    ] as const) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
    }
  });
}
