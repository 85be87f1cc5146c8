import { describe, expect, it } from "vitest";
import { isScriptFreePath, stripScripts } from "./script-free-pages";

describe("script-free public pages", () => {
  it("lists the public pages that need no framework JavaScript, not the ones with a real island", () => {
    for (const p of ["/", "/policies", "/policies/x", "/guides/guide-business-license", "/investment/project-fruit-processing", "/en", "/en/investment/park-agri-processing", "/opinions", "/search", "/trace/product/06900000000012"]) expect(isScriptFreePath(p), p).toBe(true);
    for (const p of ["/investment/inquiry", "/en/investment/inquiry", "/warnings/subscribe", "/opinions/new", "/opinions/track", "/complaints/track"]) expect(isScriptFreePath(p), p).toBe(true);
    for (const p of ["/complaints/new", "/complaints/new/check", "/trace", "/trace/123456789012", "/officer", "/officer/opinions", "/api/health", "/01/06900000000012"]) expect(isScriptFreePath(p), p).toBe(false);
  });

  it("removes scripts and script preloads, keeps marked scripts, styles and everything else", () => {
    const html =
      '<head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/x.js"/><link rel="preload" as="font" href="/f.woff2"/></head>' +
      '<body><p>正文</p><script src="/_next/a.js" async=""></script><script nonce="n">self.__next_f.push([1,"<\\/script>"])</script>' +
      '<script nonce="n" data-portal-keep="">print()</script><form action="" method="POST"><input type="hidden" name="$ACTION_ID_1"/></form></body>';
    const out = stripScripts(html);
    expect(out).not.toContain("/_next/a.js");
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("/_next/x.js");
    expect(out).toContain("print()");
    expect(out).toContain('href="/a.css"');
    expect(out).toContain('as="font"');
    expect(out).toContain("$ACTION_ID_1");
    expect(out).toContain("<p>正文</p>");
  });
});
