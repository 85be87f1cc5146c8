#!/usr/bin/env node
// What the GS1 resolver's redirect costs a person on a slow phone: Chromium with the network
// throttled through the DevTools protocol opens the batch's Digital Link URL (a 307 to the batch
// page, as the GS1-Conformant Resolver standard requires) and the batch page itself, in turn, and
// prints the median time to the page's load event and to the first byte of the page. Figures,
// not pass/fail.
//   node bench/trace/resolver-redirect.mjs --base http://127.0.0.1:3300 [--runs 15]
// Profiles: Lighthouse's mobile "slow 4G" (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up) and
// DevTools' classic "Slow 3G" (400 ms latency, 400 kbit/s both ways).
import { chromium } from "@playwright/test";

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const base = opt("base", "http://127.0.0.1:3300");
const runs = Number(opt("runs", 15));
// Seeded demo data (lib/seed): 清溪脐橙, GTIN 06900000000014, lot QX2611A, trace code 202611010014.
const digitalLink = `${base}/01/06900000000014/10/QX2611A?13=261101&17=270101`;
const batchPage = `${base}/trace/202611010014?13=261101&17=270101`;

const profiles = [
  { name: "slow 4G (150 ms RTT, 1.6 Mbit/s)", latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 },
  { name: "Slow 3G (400 ms, 400 kbit/s)", latency: 400, down: (400 * 1024) / 8, up: (400 * 1024) / 8 },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
for (const profile of profiles) {
  const results = { redirect: { load: [], ttfb: [] }, direct: { load: [], ttfb: [] } };
  for (let i = 0; i < runs + 1; i++) {
    for (const [kind, url] of [["redirect", digitalLink], ["direct", batchPage]]) {
      // A fresh context each time: no cache, no kept-alive connection, as a first scan.
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: profile.latency, downloadThroughput: profile.down, uploadThroughput: profile.up });
      const started = Date.now();
      const response = await page.goto(url, { waitUntil: "load" });
      const load = Date.now() - started;
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        return { ttfb: nav.responseStart, redirect: nav.redirectEnd - nav.redirectStart };
      });
      if (response.status() !== 200) throw new Error(`${url} answered ${response.status()}`);
      if (i > 0) {
        // The first round warms the server's caches and is not counted.
        results[kind].load.push(load);
        results[kind].ttfb.push(timing.ttfb);
      }
      await context.close();
    }
  }
  const r = results;
  console.log(`\n${profile.name}, ${runs} runs each, medians:`);
  console.log(`  Digital Link URL (307 → page): load ${median(r.redirect.load)} ms, first byte of the page ${Math.round(median(r.redirect.ttfb))} ms`);
  console.log(`  batch page directly:           load ${median(r.direct.load)} ms, first byte ${Math.round(median(r.direct.ttfb))} ms`);
  console.log(`  the redirect adds:             ${median(r.redirect.load) - median(r.direct.load)} ms to load (${Math.round(median(r.redirect.ttfb) - median(r.direct.ttfb))} ms to first byte)`);
}
await browser.close();
