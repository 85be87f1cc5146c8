// Page weight of the public pages (issue 15: "every public page at 100 KB of JavaScript or less,
// first paint under 1 s on a throttled phone"). Against a running production server:
//
//   node bench/public/page-weight.mjs [--base http://127.0.0.1:3170] [--no-paint] [--pages /a,/b]
//
// For each page: the HTML (gzip), the JavaScript files a modern browser loads (<script src> but
// not `nomodule`, and script preloads; each gzipped
// with zlib at level 9, as a server or CDN would send it; a file counts once per page), and the
// first contentful paint in Chromium (playwright-core with /usr/bin/chromium, or CHROMIUM_PATH)
// throttled like a slow phone: 1.6 Mbps down, 750 kbps up, 150 ms RTT, 4x CPU, cache empty.
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const base = arg("base", process.env.BENCH_BASE_URL ?? "http://127.0.0.1:3170").replace(/\/$/, "");
const withPaint = !args.includes("--no-paint");
const LIMIT_KB = 100;

const DEFAULT_PAGES = [
  "/",
  "/complaints/new",
  "/complaints/track",
  "/complaints/published",
  "/opinions",
  "/opinions/new?kind=SUGGESTION",
  "/opinions/track",
  "/opinions/consultations/draft-tea-industry-support",
  "/warnings",
  "/warnings/subscribe",
  "/policies",
  "/policies/rural-minimum-living-allowance-2026",
  "/guides",
  "/guides/guide-business-license",
  "/investment",
  "/investment/project-fruit-processing",
  "/investment/inquiry",
  "/trace",
  "/search?q=低保",
  "/contact",
  "/privacy",
  "/en",
  "/en/investment",
  "/en/investment/project-fruit-processing",
  "/en/investment/inquiry",
];
const pages = arg("pages", null)?.split(",") ?? DEFAULT_PAGES;

const kb = (bytes) => bytes / 1024;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

async function weigh(path) {
  const res = await fetch(base + encodeURI(path), { redirect: "follow" });
  const html = Buffer.from(await res.arrayBuffer());
  const text = html.toString("utf8");
  // What a modern browser loads: script tags (not `nomodule` polyfills, which it skips) and
  // script preloads.
  const tags = [...text.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule\b/i.test(m[0])).map((m) => m[1]);
  const preloads = [...text.matchAll(/<link\b[^>]*>/g)].filter((m) => /rel="(?:preload|modulepreload)"/.test(m[0]) && (/as="script"/.test(m[0]) || /modulepreload/.test(m[0]))).map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter(Boolean);
  const srcs = [...new Set([...tags, ...preloads].map((s) => s.replace(/&amp;/g, "&")))];
  let js = 0;
  for (const src of srcs) {
    const file = await fetch(new URL(src, base + "/"));
    js += gz(Buffer.from(await file.arrayBuffer()));
  }
  const inline = [...text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]), 0);
  return { path, status: res.status, htmlGz: gz(html), jsGz: js, files: srcs.length, inline };
}

async function firstPaints(list) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const out = new Map();
  try {
    for (const path of list) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.goto(base + encodeURI(path), { waitUntil: "load", timeout: 60_000 });
      const fcp = await page.evaluate(
        () =>
          new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const entry = list.getEntries().find((e) => e.name === "first-contentful-paint");
              if (entry) resolve(entry.startTime);
            }).observe({ type: "paint", buffered: true });
            setTimeout(() => resolve(null), 5000);
          }),
      );
      out.set(path, fcp);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

const rows = [];
for (const path of pages) rows.push(await weigh(path));
const paints = withPaint ? await firstPaints(pages) : new Map();

const pad = (s, n) => String(s).padEnd(n);
const num = (v, n, d = 1) => (v === null || v === undefined ? "-" : v.toFixed(d)).padStart(n);
console.log(`${pad("page", 52)} ${"status".padStart(6)} ${"HTML KB".padStart(8)} ${"JS KB".padStart(7)} ${"files".padStart(5)} ${"FCP ms".padStart(7)}`);
for (const r of rows) {
  const over = kb(r.jsGz) > LIMIT_KB ? "  over" : "";
  console.log(`${pad(r.path, 52)} ${String(r.status).padStart(6)} ${num(kb(r.htmlGz), 8)} ${num(kb(r.jsGz), 7)} ${String(r.files).padStart(5)} ${num(paints.get(r.path), 7, 0)}${over}`);
}
const js = rows.map((r) => kb(r.jsGz));
console.log(`\nJavaScript (gzip) per page: min ${Math.min(...js).toFixed(1)} KB, max ${Math.max(...js).toFixed(1)} KB; over ${LIMIT_KB} KB: ${rows.filter((r) => kb(r.jsGz) > LIMIT_KB).length} of ${rows.length}`);
if (withPaint) {
  const f = [...paints.values()].filter((v) => v !== null);
  console.log(`First contentful paint (1.6 Mbps, 150 ms RTT, 4x CPU): max ${Math.max(...f).toFixed(0)} ms`);
}
