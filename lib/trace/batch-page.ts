// The consumer's batch page at the speed of a route handler. React server rendering of the
// layout and page costs several times a plain route (bench/trace/), and the page is the same for
// every lookup of a batch but for two parts: the lookup count and the counterfeit warning. So the
// page is rendered by Next once per batch (and display size) at an internal path, kept in the
// trace cache (trace-cache.ts: emptied on every trace change through LISTEN/NOTIFY, so it holds
// across instances, and bounded by TRACE_CACHE_TTL_SECONDS), and each lookup fills the two slots
// with string templates (components/trace/scan-notice.ts).
//
// Served at /trace/{code}, where the resolver sends people (resolve-digital-link.ts).
import "server-only";
import { createHash } from "node:crypto";
import { fillScanSlots, splitAtScanSlots, type SlottedPage } from "@/components/trace/scan-notice";
import { getAuthSecret } from "../auth/auth-secret";
import { getEnv } from "../env";
import { clientAddress } from "../http/client-address";
import { NONCE_HEADER, nonceOf } from "../http/security-headers";
import { DISPLAY_COOKIE } from "../site";
import { getBatchView, type BatchView } from "./batch-view";
import { parseScannedCode } from "./parse-scanned-code";
import { cachedTrace } from "./trace-cache";
import { countLookup } from "./record-scan";

export const SHELL_HEADER = "x-trace-page-shell";

/** Proves to the internal page that the request is this server's own (not a visitor's). */
export function shellToken(): string {
  return createHash("sha256").update(`${getAuthSecret()}|trace-page-shell`).digest("base64url");
}

/** Where this server renders its own pages: the port `next start`/`next dev` listens on. */
function ownOrigin(): string {
  // `next start` and `next dev` put the port they listen on in PORT.
  return getEnv().TRACE_RENDER_ORIGIN?.replace(/\/+$/, "") ?? `http://127.0.0.1:${process.env.PORT || 3000}`;
}

function isLargeDisplay(request: Request): boolean {
  const cookie = request.headers.get("cookie") ?? "";
  return cookie.split(/;\s*/).includes(`${DISPLAY_COOKIE}=large`);
}

/** Asks Next for the page at /trace/{code}/shell: the batch page with empty slots, or the unknown-code page. */
function fetchShell(input: string, isLarge: boolean): Promise<Response> {
  return fetch(`${ownOrigin()}/trace/${encodeURIComponent(input)}/shell`, {
    cache: "no-store",
    redirect: "manual",
    headers: { [SHELL_HEADER]: shellToken(), ...(isLarge ? { cookie: `${DISPLAY_COOKIE}=large` } : {}) },
  });
}

async function renderShell(traceCode: string, isLarge: boolean): Promise<SlottedPage> {
  const res = await fetchShell(traceCode, isLarge);
  if (res.status !== 200) throw new Error(`trace page: rendering the page for ${traceCode} answered ${res.status}`);
  // The page carries the nonce of the request that rendered it; each lookup swaps in its own.
  return splitAtScanSlots(await res.text(), nonceOf(res.headers.get("content-security-policy")));
}

function isRouterRequest(request: Request): boolean {
  // Next's client router prefetches links and asks for RSC payloads: not a person's lookup, and
  // a non-RSC answer makes the router load the page as a document instead.
  return request.headers.has("rsc") || request.headers.has("next-router-prefetch");
}

const HTML_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  // The count changes with every lookup: no shared caches.
  "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate",
  "X-Robots-Tag": "noindex",
};

/** The resolved client address; null when the app runs without the server entry (no address known). */
function knownClientAddress(request: Request): string | null {
  const address = clientAddress(request.headers);
  return address === "unknown" ? null : address;
}

/** The batch page for one lookup: counts it, and answers the cached page with its count. */
export async function batchPageResponse(request: Request, batch: BatchView, extraHeaders: Record<string, string> = {}): Promise<Response> {
  if (isRouterRequest(request)) return new Response(null, { status: 204 });
  // Next answers HEAD with the GET handler: a link checker's HEAD is not a lookup.
  if (request.method === "HEAD") return new Response(null, { headers: { ...HTML_HEADERS, ...extraHeaders } });
  const isLarge = isLargeDisplay(request);
  const [{ stats, warning }, shell] = await Promise.all([
    countLookup({ batchId: batch.id, clientAddress: knownClientAddress(request) }),
    cachedTrace(`page:${batch.traceCode}:${isLarge ? "large" : "normal"}`, () => renderShell(batch.traceCode, isLarge)),
  ]);
  const body = fillScanSlots(shell, stats, warning, request.headers.get(NONCE_HEADER));
  return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), { headers: { ...HTML_HEADERS, ...extraHeaders } });
}

/** GET /trace/{code}: the batch page, or for a malformed or unknown code the page saying what to check. */
export async function traceCodePageResponse(request: Request, code: string): Promise<Response> {
  const parsed = parseScannedCode(code);
  const batch = parsed.kind === "traceCode" ? await getBatchView(parsed.code) : null;
  return batch ? batchPageResponse(request, batch) : unknownCodePageResponse(request, code);
}

/** A code that is malformed or unknown: the page saying what to check (not cached). Also the resolver's 400/404 page. */
export async function unknownCodePageResponse(request: Request, input: string, status = 404, extraHeaders: Record<string, string> = {}): Promise<Response> {
  if (isRouterRequest(request)) return new Response(null, { status: 204 });
  const res = await fetchShell(input, isLargeDisplay(request));
  let html = request.method === "HEAD" ? null : await res.text();
  const rendered = nonceOf(res.headers.get("content-security-policy"));
  const nonce = request.headers.get(NONCE_HEADER);
  if (html && rendered && nonce) html = html.split(rendered).join(nonce);
  return new Response(html, { status, headers: { ...HTML_HEADERS, ...extraHeaders } });
}
