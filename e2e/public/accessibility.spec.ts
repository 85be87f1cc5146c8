// axe-core over every public page, in normal and large-text mode, on a desktop and a phone:
// no violations (WCAG 2.1 A/AA rules). One test per mode and screen that loops the pages, so
// the suite stays short.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { gs1CheckDigit, toGtin14 } from "../../lib/trace/gtin";
import { withCheckDigit } from "../../lib/trace/trace-code";

const PAGES = [
  "/",
  "/complaints/new",
  "/complaints/track",
  "/complaints/published",
  "/complaints/published/TC260301000101",
  "/policies",
  "/policies/rural-minimum-living-allowance-2026",
  "/guides",
  "/guides/guide-rural-minimum-living-allowance",
  "/warnings",
  "/warnings/warning-rainstorm-orange",
  "/warnings/subscribe",
  "/investment",
  "/investment/project-fruit-processing",
  "/investment/inquiry",
  "/trace",
  `/trace/${withCheckDigit("20261101001")}`,
  `/trace/product/${toGtin14(`690000000001${gs1CheckDigit("690000000001")}`)}`,
  "/trace?code=123",
  "/search?q=低保",
  "/contact",
  "/privacy",
  "/opinions",
  "/opinions/new?kind=SUGGESTION",
  "/opinions/new?kind=MAILBOX",
  "/opinions/track",
  "/opinions/consultations/draft-tea-industry-support",
  "/en",
  "/en/investment",
  "/en/investment/project-tea-processing",
  "/en/investment/inquiry",
  "/no-such-page",
];

const SCREENS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

for (const [screen, viewport] of Object.entries(SCREENS)) {
  for (const mode of ["normal", "large"] as const) {
    test(`[citizen] every public page passes axe, ${mode} text on a ${screen}`, async ({ browser, baseURL }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ viewport });
      if (mode === "large") await context.addCookies([{ name: "display-size", value: "large", url: baseURL! }]);
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of PAGES) {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        for (const v of violations) found.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }
}
