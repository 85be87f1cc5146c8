// Security headers on every kind of response, and a nonce-based CSP that the pages keep to
// (no violation reported in the console with JavaScript on).
import { expect, test, type APIResponse, type Page } from "@playwright/test";

function expectSecurityHeaders(res: APIResponse, label: string) {
  const h = res.headers();
  expect(h["x-content-type-options"], label).toBe("nosniff");
  expect(h["x-frame-options"], label).toBe("DENY");
  expect(h["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  const csp = h["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc, label).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc, label).not.toContain("'unsafe-inline'");
  expect(csp, label).toContain("frame-ancestors 'none'");
  // SITE_URL is http in e2e: no HSTS (lib/http/security-headers.test.ts covers https).
  expect(h["strict-transport-security"], label).toBeUndefined();
  return scriptSrc.match(/'nonce-([^']+)'/)![1];
}

test("[citizen] pages, route handlers, the 404 and 500 pages and refusals all carry the security headers", async ({ request }) => {
  const home = await request.get("/");
  const nonce = expectSecurityHeaders(home, "/");
  expect(await home.text()).toContain(`nonce="${nonce}"`);
  expect(expectSecurityHeaders(await request.get("/"), "/ again")).not.toBe(nonce); // fresh per request

  expectSecurityHeaders(await request.get("/api/health"), "/api/health");
  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, "404");
  const fault = await request.get("/fault-injection");
  expect(fault.status()).toBe(500);
  expectSecurityHeaders(fault, "500");
  const refused = await request.get("/trace/%E0%A4%A");
  expect(refused.status()).toBe(400);
  expectSecurityHeaders(refused, "400 from the proxy");
  const login = await request.get("/officer", { maxRedirects: 0 });
  expect(login.status()).toBe(307);
  expectSecurityHeaders(login, "redirect to sign-in");
});

test("[citizen] the cached trace page gets each lookup's own nonce", async ({ request }) => {
  const pages = [await request.get("/trace/202611020020"), await request.get("/trace/202611020020")];
  for (const res of pages) {
    expect(res.status()).toBe(200);
    const nonce = expectSecurityHeaders(res, "trace page");
    const html = await res.text();
    const nonces = new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));
    expect([...nonces]).toEqual([nonce]);
  }
  const unknown = await request.get("/trace/999999999999");
  expect(unknown.status()).toBe(404);
  const nonce = expectSecurityHeaders(unknown, "unknown code page");
  expect(new Set([...(await unknown.text()).matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set([nonce]));
});

function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(msg.text())) violations.push(msg.text());
  });
  return violations;
}

// "/" is sent without the framework's scripts (lib/http/script-free-pages.ts): only the layout's
// small inline script, which must run under the nonce too.
for (const [role, path, ready, hydrates] of [
  ["citizen", "/", "main", false],
  ["citizen", "/complaints/new", "form", true],
  ["citizen", "/trace", "form", true],
  ["citizen", "/trace/202611020020", "main", true],
  ["officer", "/officer/login", "form", true],
] as const) {
  test(`[${role}] ${path} runs its scripts under the CSP with no violation`, async ({ page }) => {
    const violations = watchCsp(page);
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    // Hydration happened: Next's router is there (its scripts ran under the nonce); or, on a page
    // sent without them, none is loaded.
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next !== "undefined")).toBe(hydrates);
    if (!hydrates) expect(await page.locator("script[src]").count()).toBe(0);
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
}
