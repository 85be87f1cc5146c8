#!/usr/bin/env node
// Trace hot-path benchmark: in one run, side by side, a bare Node http server answering fixed
// JSON, a Next route answering fixed JSON (the framework's ceiling), the Digital Link resolver's
// JSON linkset and the consumer batch page, on the seeded demo data. Prints req/s, p50/p99 and
// the ratios to the framework ceiling. Figures, not pass/fail.
//   node bench/trace/http.mjs --base http://127.0.0.1:3300 [--connections 50] [--seconds 10]
//        [--latency-connections 10] [--rounds 3] [--slice 1]
// Each round measures throughput at --connections (closed loop: with 50 connections and about
// 1,000 req/s, Little's law puts the mean latency near 50 ms for anything, so p99 there measures
// queueing), then latency at --latency-connections, where p50/p99 measure the service time.
// The targets are measured interleaved, in slices of --slice seconds taken in turn, so that a
// change in the machine's load (other people's builds) hits every target alike and the ratios
// hold; rounds repeat the whole set so the spread shows.
import http from "node:http";
import { combine, measure } from "../http-load.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const base = opt("base", "http://127.0.0.1:3300");
const connections = Number(opt("connections", 50));
const latencyConnections = Number(opt("latency-connections", 10));
const seconds = Number(opt("seconds", 10));
const warmup = Number(opt("warmup", 3));
const rounds = Number(opt("rounds", 1));
const slice = Number(opt("slice", 1));

// Seeded data (lib/seed): 清溪脐橙, GTIN 06900000000014, lot QX2611A, trace code 202611010014.
const body = JSON.stringify({ ok: true, service: "county-portal" });
const bare = http.createServer((_req, res) => {
  res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
});
// Connections stay open between slices: the servers must not close them while idle (start Next
// with --keepAliveTimeout 60000, as bench/README.md shows).
bare.keepAliveTimeout = 60_000;
await new Promise((resolve) => bare.listen(0, "127.0.0.1", resolve));
const bareUrl = `http://127.0.0.1:${bare.address().port}/`;

const targets = [
  { name: "bare Node http, fixed JSON", url: bareUrl },
  { name: "Next route, fixed JSON (ceiling)", url: `${base}/api/bench/constant` },
  { name: "resolver JSON linkset", url: `${base}/01/06900000000014/10/QX2611A?linkType=all` },
  { name: "batch page HTML", url: `${base}/trace/202611010014` },
  { name: "Digital Link, page for people", url: `${base}/01/06900000000014/10/QX2611A` },
];

const fmt = (r) => `${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms`;
console.log(`${connections} connections (throughput), ${latencyConnections} (latency), ${seconds}s per URL after ${warmup}s warm-up, ${rounds} round(s), Node ${process.version}, ${new Date().toISOString()}`);
const summary = targets.map(() => ({ ratios: [], p99s: [] }));
for (let round = 1; round <= rounds; round++) {
  console.log(`\nround ${round}`);
  const agents = targets.map(() => ({ load: new http.Agent({ keepAlive: true, maxSockets: connections }), latency: new http.Agent({ keepAlive: true, maxSockets: latencyConnections }) }));
  if (warmup > 0) {
    for (const [i, t] of targets.entries()) {
      await measure(t.url, { connections, seconds: warmup, agent: agents[i].load });
      await measure(t.url, { connections: latencyConnections, seconds: 0.5, agent: agents[i].latency });
    }
  }
  const parts = targets.map(() => ({ load: [], latency: [] }));
  for (let done = 0; done < seconds; done += slice) {
    for (const [i, t] of targets.entries()) parts[i].load.push(await measure(t.url, { connections, seconds: slice, agent: agents[i].load }));
    for (const [i, t] of targets.entries()) parts[i].latency.push(await measure(t.url, { connections: latencyConnections, seconds: slice / 2, agent: agents[i].latency }));
  }
  for (const a of agents) (a.load.destroy(), a.latency.destroy());
  const results = targets.map((t, i) => ({ ...t, ...combine(parts[i].load), latency: combine(parts[i].latency) }));
  for (const r of results) console.log(`${r.name.padEnd(34)} ${fmt(r)} | at ${latencyConnections}: ${fmt(r.latency)}  statuses ${JSON.stringify(r.statuses)} errors ${r.errors}`);
  const ceiling = results[1].rps;
  console.log("ratio to the Next ceiling:");
  results.forEach((r, i) => {
    const ratio = (r.rps / ceiling) * 100;
    summary[i].ratios.push(ratio);
    summary[i].p99s.push(r.latency.p99);
    console.log(`  ${r.name.padEnd(34)} ${ratio.toFixed(0).padStart(4)} %`);
  });
}
bare.close();
if (rounds > 1) {
  const range = (xs, digits = 0) => `${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)}`;
  console.log(`\nspread over ${rounds} rounds: ratio to the ceiling (min-max), p99 at ${latencyConnections} connections (min-max)`);
  targets.forEach((t, i) => console.log(`  ${t.name.padEnd(34)} ${range(summary[i].ratios).padStart(9)} %   p99 ${range(summary[i].p99s, 1)} ms`));
}
console.log(`targets: resolver >= 80 % with p99 < 50 ms; batch page >= 50 %`);
