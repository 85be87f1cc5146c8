#!/usr/bin/env node
// A small closed-loop HTTP load generator (keep-alive, N connections) that prints requests/s and
// latency percentiles per URL, one URL after another. Usage:
//   node bench/http-load.mjs [--connections 50] [--seconds 10] [--warmup 2] URL [URL ...]
// Figures, not pass/fail: compare URLs measured in the same run on the same machine.
import http from "node:http";
import { performance } from "node:perf_hooks";

function parseArgs(argv) {
  const opts = { connections: 50, seconds: 10, warmup: 2, urls: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--connections") opts.connections = Number(argv[++i]);
    else if (arg === "--seconds") opts.seconds = Number(argv[++i]);
    else if (arg === "--warmup") opts.warmup = Number(argv[++i]);
    else opts.urls.push(arg);
  }
  if (!opts.urls.length) {
    console.error("usage: node bench/http-load.mjs [--connections N] [--seconds S] [--warmup S] URL [URL ...]");
    process.exit(2);
  }
  return opts;
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `connections` request loops against one URL for `seconds`; returns the figures. */
export async function measure(url, { connections = 50, seconds = 10, headers = {}, agent: sharedAgent } = {}) {
  // A caller measuring in slices passes its own agent so the connections stay open between
  // slices: opening 50 at once again and again fills the listen queue, and a dropped SYN is
  // retried after 1 s, which would show as a false 1 s p99.
  const agent = sharedAgent ?? new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  const statuses = new Map();
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const once = () =>
    new Promise((resolve) => {
      const started = performance.now();
      const req = http.get(url, { agent, headers }, (res) => {
        res.resume();
        res.on("end", () => {
          latencies.push(performance.now() - started);
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          resolve();
        });
      });
      req.on("error", () => {
        errors++;
        resolve();
      });
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  if (!sharedAgent) agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    url,
    requests: latencies.length,
    errors,
    statuses: Object.fromEntries(statuses),
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    /** Sorted, in ms, for callers that combine several measurements. */
    latencies,
    seconds: elapsed,
  };
}

/** Combines measurements of one URL taken in slices (for interleaved runs). */
export function combine(parts) {
  const latencies = parts.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const seconds = parts.reduce((sum, p) => sum + p.seconds, 0);
  const statuses = {};
  for (const p of parts) for (const [k, v] of Object.entries(p.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
  return {
    url: parts[0].url,
    requests: latencies.length,
    errors: parts.reduce((sum, p) => sum + p.errors, 0),
    statuses,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    latencies,
    seconds,
  };
}

export function formatRow(r) {
  return `${r.url}\n  ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (${r.requests} requests, statuses ${JSON.stringify(r.statuses)}, ${r.errors} errors)`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const opts = parseArgs(process.argv.slice(2));
  console.log(`${opts.connections} connections, ${opts.seconds}s per URL after ${opts.warmup}s warm-up, Node ${process.version}`);
  for (const url of opts.urls) {
    if (opts.warmup > 0) await measure(url, { connections: opts.connections, seconds: opts.warmup });
    console.log(formatRow(await measure(url, opts)));
  }
}
