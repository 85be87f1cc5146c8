// The portal's HTTP server: Next's request handler behind a plain Node server, so the app can know
// the client's address. Next 16 only fills X-Forwarded-For from the socket when the client sent
// none (base-server.js: `req.headers['x-forwarded-for'] ??= socket.remoteAddress`), and app code
// never sees the socket; so here, where the socket is, the address is resolved once (the socket,
// or X-Forwarded-For through TRUSTED_PROXY_HOPS proxies: lib/http/client-address.ts) and passed
// in the x-portal-client-address header, after removing any value the client sent.
//
//   node server.mjs [--dev] [-H host] [-p port] [--keepAliveTimeout ms]
//
// Used by `npm start`, `npm run dev` and the e2e web server, with the options `next start` took.
// NEXT_MANUAL_SIG_HANDLE is set so that the app's own SIGTERM/SIGINT handlers decide when to exit
// (lib/trace/record-scan.ts writes buffered lookups first); without them a signal still ends the
// process, after the open connections are closed.
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { tsImport } from "tsx/esm/api";
import next from "next";

process.env.NEXT_MANUAL_SIG_HANDLE ??= "true";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    hostname: { type: "string", short: "H" },
    port: { type: "string", short: "p" },
    keepAliveTimeout: { type: "string" },
  },
});
const dev = values.dev;
process.env.NODE_ENV ??= dev ? "development" : "production";
// Like `next start`: every interface unless -H names one (HOSTNAME is not read: containers set it
// to their own name).
const hostname = values.hostname;
const port = Number(values.port ?? process.env.PORT ?? 3000);
// trace pages render through this server's own port (lib/trace/batch-page.ts reads PORT).
process.env.PORT = String(port);

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
// Next loads next.config.ts (and the lib file it imports) with its own require hook; tsx's
// hooks, once registered, make that require fail (MODULE_NOT_FOUND), so tsx comes after.
await app.prepare();

const { getEnvOrExit } = await tsImport("./lib/env.ts", import.meta.url);
const { stampClientAddress } = await tsImport("./lib/http/client-address.ts", import.meta.url);
const trustedHops = getEnvOrExit().TRUSTED_PROXY_HOPS;
const { isScriptFreePath, stripScripts } = await tsImport("./lib/http/script-free-pages.ts", import.meta.url);

/**
 * Pages without an island are sent without Next's scripts (lib/http/script-free-pages.ts). The
 * page is collected (they are a few KB), stripped, and compressed here (Next's own compression is
 * turned off for the request by dropping Accept-Encoding). Anything that is not HTML (RSC
 * payloads of client navigations, redirects without a body) passes unchanged.
 */
function sendWithoutScripts(req, res) {
  const acceptsGzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  delete req.headers["accept-encoding"];
  const chunks = [];
  const original = { write: res.write.bind(res), end: res.end.bind(res), writeHead: res.writeHead.bind(res) };
  let heldHead = null;
  const collect = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
  };
  res.writeHead = (...args) => {
    heldHead = args;
    return res;
  };
  res.write = (chunk, encoding, callback) => {
    collect(chunk, encoding);
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  };
  res.end = (chunk, encoding, callback) => {
    collect(chunk, encoding);
    const done = typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : callback;
    // Node writes the head through res.writeHead when the body goes out: the real one again.
    res.writeHead = original.writeHead;
    res.write = original.write;
    res.end = original.end;
    if (heldHead) {
      const [status, ...rest] = heldHead;
      const headers = rest.find((r) => r && typeof r === "object");
      res.statusCode = status;
      if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    }
    let body = Buffer.concat(chunks);
    const isHtml = String(res.getHeader("content-type") ?? "").startsWith("text/html") && !res.getHeader("content-encoding");
    if (isHtml && body.length > 0) {
      body = Buffer.from(stripScripts(body.toString("utf8")));
      if (acceptsGzip) {
        body = gzipSync(body);
        res.setHeader("Content-Encoding", "gzip");
      }
      const vary = String(res.getHeader("vary") ?? "");
      if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
      res.removeHeader("transfer-encoding");
      res.setHeader("Content-Length", body.length);
    }
    return original.end(req.method === "HEAD" ? undefined : body, done);
  };
}

function pathOf(url) {
  try {
    return new URL(url ?? "/", "http://localhost").pathname;
  } catch {
    return "";
  }
}

const server = createServer((req, res) => {
  stampClientAddress(req, trustedHops);
  // GET, and the plain form posts of a browser without JavaScript (not the router's action calls).
  const isPage = req.method === "GET" || req.method === "HEAD" || (req.method === "POST" && !req.headers["next-action"]);
  if (isPage && !req.headers.rsc && !req.headers["next-router-prefetch"] && isScriptFreePath(pathOf(req.url))) {
    sendWithoutScripts(req, res);
  }
  handle(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
if (values.keepAliveTimeout) server.keepAliveTimeout = Number(values.keepAliveTimeout);

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close();
    // Handlers of the app (buffered trace lookups) exit the process when they are done; if there
    // are none, exit now as `next start` would.
    if (process.listenerCount(signal) === 0) process.exit(signal === "SIGTERM" ? 143 : 130);
  });
}

server.listen(port, hostname, () => {
  console.log(`▲ county portal ${dev ? "(dev) " : ""}ready on http://${hostname ?? "localhost"}:${port} (trusted proxy hops: ${trustedHops})`);
});
