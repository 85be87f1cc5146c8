// Lighter pages (issue 15: "every public page at 100 KB of JavaScript or less, with no loss of
// function: what needs JavaScript stays an island"). Next's App Router sends its runtime (React
// DOM and the router, about 135 KB gzip) with every page. The public pages listed here need none of
// it: text, links, GET forms, and forms that post to server actions, which work without JavaScript
// (React renders them as plain form posts; every public form has an e2e test with JavaScript off).
// For them server.mjs sends the HTML without its scripts, exactly what a browser with JavaScript
// off runs; links are ordinary page loads. What the form islands did with JavaScript on (move the
// focus to the error summary or the result) is one tiny inline script in the layout
// (components/layout/focus-on-load.tsx, kept: `data-portal-keep`). Pages with a real island keep
// the runtime: the complaint form and its check page (photos shrunk and previewed in the browser)
// and the trace page (camera scanner).
const EXACT = new Set([
  "/",
  "/policies",
  "/guides",
  "/investment",
  "/warnings",
  "/complaints/published",
  "/complaints/track",
  "/opinions",
  "/contact",
  "/privacy",
  "/search",
  "/en",
  "/en/investment",
]);
const UNDER = ["/policies/", "/guides/", "/investment/", "/warnings/", "/complaints/published/", "/opinions/", "/en/investment/", "/trace/product/"];
const EXCEPT: string[] = [];

export function isScriptFreePath(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (EXCEPT.some((p) => path === p || path.startsWith(`${p}/`))) return false;
  return EXACT.has(path) || UNDER.some((p) => path.startsWith(p) && path.length > p.length);
}

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script"|[^>]*\brel="modulepreload")[^>]*\/?>/gi;

/** The page's HTML without Next's scripts and script preloads (kept: `<script data-portal-keep>`). */
export function stripScripts(html: string): string {
  return html.replace(SCRIPT, (tag, attrs: string) => (/\bdata-portal-keep\b/.test(attrs) ? tag : "")).replace(SCRIPT_PRELOAD, "");
}
