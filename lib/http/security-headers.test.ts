import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, nonceOf, staticSecurityHeaders } from "./security-headers";

describe("security headers", () => {
  it("sets HSTS only when the site is served over https", () => {
    expect(staticSecurityHeaders("https://portal.example.gov.cn")["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(staticSecurityHeaders("http://127.0.0.1:3000")["Strict-Transport-Security"]).toBeUndefined();
    expect(staticSecurityHeaders("")["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("allows scripts by nonce only (no inline scripts), eval only in development", () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(nonce);
    const csp = contentSecurityPolicy(nonce, false);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe");
    expect(contentSecurityPolicy(nonce, true)).toContain("'unsafe-eval'");
    expect(nonceOf(csp)).toBe(nonce);
    expect(nonceOf(null)).toBeNull();
  });
});
