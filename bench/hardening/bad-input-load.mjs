// Public pages under load while bad input runs: 20 concurrent clients browse the public pages,
// 4 clients send bad input (decompression-bomb and broken PNGs to the trace photo upload, nasty
// URLs, NUL fields to Open311, oversized bodies), and one client asks /api/health every 200 ms.
// Prints the number of 5xx answers (must be 0) and /api/health latency (must stay under 1 s).
//
//   node bench/hardening/bad-input-load.mjs --base http://127.0.0.1:3201 --seconds 30
import { crc32, createDeflate } from "node:zlib";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    seconds: { type: "string", default: "30" },
    clients: { type: "string", default: "20" },
    attackers: { type: "string", default: "4" },
  },
});
const BASE = args.base.replace(/\/+$/, "");
const SECONDS = Number(args.seconds);

const PAGES = ["/", "/policies", "/guides", "/investment", "/warnings", "/search?q=%E8%B7%AF%E7%81%AF", "/trace", "/trace/202611020020", "/complaints/published", "/complaints/new", "/officer/login", "/api/open311/v2/services.json"];
const BAD_URLS = ["/attachments/%00", "/api/open311/v2/requests/%00.json", "/complaints/published?categoryId=%00", "/trace/%E0%A4%A", "/policies/%E0%A4%A", "/complaints/filed/%E0%A4%A", "/01/06900000000014/10/%E0%A4%A", "/search?q=%ED%A0%80", "/guides/a%00b"];

// --- PNGs -----------------------------------------------------------------------------------
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}
async function bombPng(width, height, inflatedBytes) {
  const deflate = createDeflate({ level: 9 });
  const out = [];
  deflate.on("data", (b) => out.push(b));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const piece = Buffer.alloc(1 << 20);
  for (let left = inflatedBytes; left > 0; left -= piece.length) if (!deflate.write(piece)) await new Promise((r) => deflate.once("drain", r));
  deflate.end();
  await done;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", Buffer.concat(out)), chunk("IEND", Buffer.alloc(0))]);
}

// --- counters -------------------------------------------------------------------------------
const stats = { pages: 0, bad: 0, fiveXX: [], errors: 0, health: [] };
let deadline = 0; // set once the bombs are built
const note = (label, res) => {
  if (res.status >= 500) stats.fiveXX.push(`${res.status} ${label}`);
};

async function browse() {
  let i = Math.floor(Math.random() * PAGES.length);
  while (Date.now() < deadline) {
    const path = PAGES[i++ % PAGES.length];
    try {
      const res = await fetch(BASE + path, { redirect: "manual" });
      await res.arrayBuffer();
      note(path, res);
      stats.pages++;
    } catch {
      stats.errors++;
    }
  }
}

async function attack(bombs, actionId) {
  let i = 0;
  while (Date.now() < deadline) {
    const kind = i++ % 4;
    try {
      let res;
      let label;
      if (kind === 0) {
        const [name, bytes] = bombs[i % bombs.length];
        const form = new FormData();
        form.set(`$ACTION_ID_${actionId}`, "");
        form.set("photo", new Blob([bytes], { type: "image/png" }), name);
        label = `POST /trace photo ${name}`;
        res = await fetch(`${BASE}/trace`, { method: "POST", body: form, redirect: "manual" });
      } else if (kind === 1) {
        label = BAD_URLS[i % BAD_URLS.length];
        res = await fetch(BASE + label, { redirect: "manual" });
      } else if (kind === 2) {
        label = "POST Open311 with NUL fields";
        res = await fetch(`${BASE}/api/open311/v2/requests.json`, { method: "POST", body: new URLSearchParams({ api_key: "x\u0000", service_code: "\u0000", description: "a\u0000b" }) });
      } else {
        label = "POST 17 MB to /complaints/new";
        res = await fetch(`${BASE}/complaints/new`, { method: "POST", body: Buffer.alloc(17 << 20, 0x61), headers: { "Content-Type": "application/octet-stream" } });
      }
      await res.arrayBuffer().catch(() => undefined);
      note(label, res);
      stats.bad++;
    } catch {
      stats.errors++;
    }
  }
}

async function probeHealth() {
  while (Date.now() < deadline) {
    const started = performance.now();
    try {
      const res = await fetch(`${BASE}/api/health`);
      await res.arrayBuffer();
      note("/api/health", res);
    } catch {
      stats.errors++;
    }
    stats.health.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const page = await (await fetch(`${BASE}/trace`)).text();
// The photo form's action (the page has others, such as the display-size toggle).
const actionId = page.split("<form").find((form) => form.includes('name="photo"'))?.match(/name="\$ACTION_ID_([0-9a-f]+)"/)?.[1];
if (!actionId) throw new Error("could not find the trace upload form's action id on /trace");
console.log("building bombs (1 GiB of image data each) …");
const bombs = [
  ["bomb-10x10-1GiB.png", await bombPng(10, 10, 1 << 30)],
  ["bomb-100000x100000.png", await bombPng(100_000, 100_000, 1 << 20)],
  ["bomb-4000x4000-1GiB.png", await bombPng(4000, 4000, 1 << 30)],
];
console.log(bombs.map(([n, b]) => `${n}: ${(b.length / 1024).toFixed(0)} KB`).join(", "));
console.log(`${args.clients} clients on ${PAGES.length} public pages, ${args.attackers} sending bad input, ${SECONDS} s against ${BASE}`);

deadline = Date.now() + SECONDS * 1000;
await Promise.all([
  ...Array.from({ length: Number(args.clients) }, browse),
  ...Array.from({ length: Number(args.attackers) }, () => attack(bombs, actionId)),
  probeHealth(),
]);

const sorted = [...stats.health].sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
console.log(`page requests: ${stats.pages}, bad-input requests: ${stats.bad}, network errors: ${stats.errors}`);
console.log(`5xx answers: ${stats.fiveXX.length}${stats.fiveXX.length ? "  " + [...new Set(stats.fiveXX)].slice(0, 10).join("; ") : ""}`);
console.log(`/api/health latency over ${sorted.length} probes: p50 ${pct(50).toFixed(0)} ms, p99 ${pct(99).toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`);
const ok = stats.fiveXX.length === 0 && (sorted.at(-1) ?? Infinity) < 1000;
console.log(ok ? "OK: no 5xx, health always under 1 s" : "NOT OK");
process.exitCode = ok ? 0 : 1;
