// The GS1 Digital Link resolver, following the GS1-Conformant Resolver criteria (1.0 and 1.2 of
// GS1's resolver test suite) one by one:
// - GET, HEAD and OPTIONS, with CORS on every answer (scanner apps run in other origins);
// - the URI is validated first (digital-link.ts): a path that is not Digital Link syntax answers
//   400 with a plain explanation;
// - `?linkType=linkset` (or `all`) or `Accept: application/linkset+json` answers the linkset, with
//   the links of every level up to the GTIN and a Link header to its JSON-LD context;
// - `?linkType=gs1:…` redirects (307) to that link, walking up from the batch to the product;
//   a link type the item has not got answers 404;
// - otherwise the request is redirected to the default link (the batch page, or the product page
//   for a bare GTIN or a lot, serial or CPV we have no record of). The standard says SHALL; the
//   round trip this adds on a slow phone is measured in bench/trace/resolver-redirect.mts and
//   discussed in the README;
// - every redirect passes the request's query string on, and carries a Link header to the linkset;
// - an unknown GTIN answers 404 with the portal's own page; a withdrawn product 410;
// - a compressed URI (GS1 Digital Link compression) is decompressed by proxy.ts and answered here
//   like the uncompressed one, with `Link: <uncompressed>; rel="owl:sameAs"`.
import "server-only";
import { siteConfig } from "../site";
import { unknownCodePageResponse } from "./batch-page";
import { resolveGtinLot } from "./batch-view";
import { findLink, GS1_VOC, linkContexts, linkTypeUri, toLinkset, type LinkContext } from "./build-linkset";
import { cachedTrace } from "./trace-cache";
import { DigitalLinkError, encodeSegment, parseDigitalLink, type DigitalLink } from "./digital-link";
import { escapeXml } from "./render-label";

/** Set by proxy.ts on a request it decompressed: the compressed path the client asked for. */
export const COMPRESSED_HEADER = "x-gs1-compressed-uri";
/** Served by app/api/trace/linkset-context.jsonld (application/ld+json). */
export const LINKSET_CONTEXT_PATH = "/api/trace/linkset-context.jsonld";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Accept-Language",
  "Access-Control-Expose-Headers": "Link, Location, Content-Type",
};

const common = { ...CORS_HEADERS, Vary: "Accept", "Cache-Control": "no-cache" };

function origin(): string {
  return siteConfig().url.replace(/\/+$/, "");
}

type Mode = { kind: "default" } | { kind: "linkset" } | { kind: "linkType"; uri: string; raw: string } | { kind: "badLinkType"; raw: string };

function modeOf(url: URL, request: Request): Mode {
  const raw = url.searchParams.get("linkType");
  if (raw === null || raw === "") {
    return (request.headers.get("accept") ?? "").includes("application/linkset+json") ? { kind: "linkset" } : { kind: "default" };
  }
  if (raw === "linkset" || raw === "all") return { kind: "linkset" };
  const uri = linkTypeUri(raw);
  return uri ? { kind: "linkType", uri, raw } : { kind: "badLinkType", raw };
}

function wantsJson(request: Request, mode: Mode): boolean {
  const accept = request.headers.get("accept") ?? "";
  return mode.kind === "linkset" || /json/.test(accept) || (mode.kind !== "default" && !accept.includes("text/html"));
}

function problem(status: number, title: string, isJson: boolean, extra: Record<string, string> = {}) {
  if (isJson) return Response.json({ status, title }, { status, headers: { ...common, ...extra, "Content-Type": "application/problem+json" } });
  return new Response(statusHtml(status, title), { status, headers: { ...common, ...extra, "Content-Type": "text/html; charset=utf-8", "X-Robots-Tag": "noindex" } });
}

/** A small self-contained page for answers without a page of their own (410, 404 of a link type). */
function statusHtml(status: number, message: string) {
  const site = escapeXml(siteConfig().name);
  const heading = status === 410 ? "该产品已撤回，停止销售" : status === 400 ? "二维码网址格式不对" : "没有找到相应的信息";
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${heading} · ${site}</title>
<style>body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;background:#f1f5f9;color:#0f172a}header{background:#1e3a8a;color:#fff;padding:1rem;font-weight:bold;border-bottom:4px solid #b91c1c}main{max-width:40rem;margin:1.5rem auto;background:#fff;padding:1.5rem;border-radius:.4rem}h1{font-size:1.5rem}a{color:#1d4ed8}</style></head>
<body><header>${site}</header><main><h1>${heading}</h1><p>${escapeXml(message)}</p><p><a href="/trace">前往农产品追溯查询</a></p></main></body></html>`;
}

/** The request's Digital Link path as the standard writes it (trailing slash dropped). */
function canonicalPath(link: DigitalLink): string {
  let path = `/01/${link.gtin}`;
  if (link.cpv !== undefined) path += `/22/${encodeSegment(link.cpv)}`;
  if (link.lot !== undefined) path += `/10/${encodeSegment(link.lot)}`;
  if (link.serial !== undefined) path += `/21/${encodeSegment(link.serial)}`;
  return path;
}

/** The query string passed on when redirecting: every key=value pair but linkType itself. */
function passedQuery(url: URL, extra: Record<string, string> = {}): URLSearchParams {
  const q = new URLSearchParams(url.search);
  q.delete("linkType");
  for (const [k, v] of Object.entries(extra)) if (!q.has(k)) q.set(k, v);
  return q;
}

function withQuery(href: string, query: URLSearchParams): string {
  const qs = query.toString();
  if (!qs) return href;
  const hash = href.indexOf("#");
  const [base, fragment] = hash === -1 ? [href, ""] : [href.slice(0, hash), href.slice(hash)];
  return `${base}${base.includes("?") ? "&" : "?"}${qs}${fragment}`;
}

function linkHeader(path: string, request: Request, extra: string[] = []): string {
  const parts = [`<${origin()}${path}?linkType=linkset>; rel="linkset"; type="application/linkset+json"`, ...extra];
  if (request.headers.get(COMPRESSED_HEADER)) parts.push(`<${origin()}${path}>; rel="owl:sameAs"`);
  return parts.join(", ");
}

/** OPTIONS: the CORS preflight of a scanner app in another origin. */
export function resolverOptions(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, Allow: "GET, HEAD, OPTIONS", "Access-Control-Max-Age": "86400" } });
}

export async function resolveDigitalLinkRequest(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const mode = modeOf(url, request);
  const isJson = wantsJson(request, mode);
  let link: DigitalLink;
  try {
    link = parseDigitalLink(url.pathname + url.search);
  } catch (err) {
    if (!(err instanceof DigitalLinkError)) throw err;
    const message = `${err.userMessage}。正确的格式是 /01/商品条码/10/批次号（可选 /22/型号 在批次号前、/21/序列号 在批次号后）。`;
    if (isJson) return problem(400, message, true);
    return unknownCodePageResponse(request, url.pathname, 400, CORS_HEADERS);
  }
  const path = canonicalPath(link);
  if (mode.kind === "badLinkType") return problem(404, `不支持的链接类型“${mode.raw}”，请使用 GS1 链接类型（如 gs1:pip）或 linkset`, isJson, { Link: linkHeader(path, request) });

  const resolution = await resolveGtinLot(link.gtin, link.lot);
  if (resolution.kind === "unknown") {
    if (isJson) return problem(404, `商品条码 ${link.gtin} 未在本县追溯系统登记`, true);
    return unknownCodePageResponse(request, path, 404, CORS_HEADERS);
  }
  if (resolution.kind === "gone") {
    const p = resolution.product;
    // People get the withdrawn-product page inside the portal's layout (the trace shell), still 410.
    if (!isJson) return unknownCodePageResponse(request, path, 410, CORS_HEADERS);
    return problem(410, `${p.name}已于${p.deactivatedAt?.toISOString().slice(0, 10) ?? ""}撤回：${p.deactivationReason ?? ""}`, isJson);
  }
  const target = resolution.kind === "batch" ? { product: resolution.product, batch: resolution.batch } : { product: resolution.product };
  const contexts = linkContexts(target, origin());
  const context = `<${origin()}${LINKSET_CONTEXT_PATH}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`;

  if (mode.kind === "linkset") {
    // The linkset depends only on the records (the anchors are the levels that exist), so it is
    // kept serialised in the trace cache, emptied on any trace change.
    const key = resolution.kind === "batch" ? `linkset:${resolution.batch.traceCode}` : `linkset:${link.gtin}`;
    const body = await cachedTrace(key, async () => JSON.stringify(toLinkset(contexts)));
    return new Response(request.method === "HEAD" ? null : body, { headers: { ...common, "Content-Type": "application/linkset+json", Link: linkHeader(path, request, [context]) } });
  }

  const typeUri = mode.kind === "linkType" ? mode.uri : `${GS1_VOC}defaultLink`;
  const found = findLink(contexts, typeUri);
  if (!found) return problem(404, `该产品没有“${mode.kind === "linkType" ? mode.raw : "默认"}”类型的链接`, isJson, { Link: linkHeader(path, request) });
  // An unknown lot walks up to the product page, which says that lot has no record.
  const unknownLot: Record<string, string> = resolution.kind === "product" && resolution.unknownLot && typeUri === `${GS1_VOC}defaultLink` ? { lot: resolution.unknownLot } : {};
  const location = withQuery(found.href, passedQuery(url, unknownLot));
  return new Response(null, { status: 307, headers: { ...common, Location: location, Link: linkHeader(path, request) } });
}

export type { LinkContext };
