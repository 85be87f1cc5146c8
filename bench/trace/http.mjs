#!/usr/bin/env node
// Trace hot-path benchmark: in one run, side by side, a bare Node http server answering fixed
// JSON, a Next route answering fixed JSON (the framework's ceiling), the Digital Link resolver's
// JSON linkset and the consumer batch page, on the seeded demo data. Prints req/s, p50/p99 and
// the ratios to the framework ceiling. Figures, not pass/fail.
//   node bench/trace/http.mjs --base http://127.0.0.1:3300 [--connections 50] [--seconds 10]
import http from "node:http";
import { measure } from "../http-load.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const base = opt("base", "http://127.0.0.1:3300");
const connections = Number(opt("connections", 50));
const seconds = Number(opt("seconds", 10));
const warmup = Number(opt("warmup", 3));

// Seeded data (lib/seed): 清溪脐橙, GTIN 06900000000014, lot QX2611A, trace code 202611010014.
const body = JSON.stringify({ ok: true, service: "county-portal" });
const bare = http.createServer((_req, res) => {
  res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
});
await new Promise((resolve) => bare.listen(0, "127.0.0.1", resolve));
const bareUrl = `http://127.0.0.1:${bare.address().port}/`;

const targets = [
  { name: "bare Node http, fixed JSON", url: bareUrl },
  { name: "Next route, fixed JSON (ceiling)", url: `${base}/api/bench/constant` },
  { name: "resolver JSON linkset", url: `${base}/01/06900000000014/10/QX2611A?linkType=all` },
  { name: "batch page HTML", url: `${base}/trace/202611010014` },
];

console.log(`${connections} connections, ${seconds}s per URL after ${warmup}s warm-up, Node ${process.version}, ${new Date().toISOString()}`);
const results = [];
for (const t of targets) {
  if (warmup > 0) await measure(t.url, { connections, seconds: warmup });
  const r = await measure(t.url, { connections, seconds });
  results.push({ ...t, ...r });
  console.log(`${t.name.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  statuses ${JSON.stringify(r.statuses)} errors ${r.errors}`);
}
bare.close();
const ceiling = results[1].rps;
console.log("\nratio to the Next ceiling:");
for (const r of results) console.log(`  ${r.name.padEnd(34)} ${((r.rps / ceiling) * 100).toFixed(0).padStart(4)} %`);
console.log(`targets: resolver >= 80 % with p99 < 50 ms; batch page >= 50 %`);
