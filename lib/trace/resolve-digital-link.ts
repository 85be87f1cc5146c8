// The GS1 Digital Link resolver (GS1-Conformant Resolver standard): people get the batch page
// itself at the Digital Link URL (no redirect: one round trip fewer on a slow phone), or a 307 to
// the product page when the lot is unknown or no lot is given; machines asking for
// application/linkset+json or ?linkType=all get the linkset; a withdrawn product is 410 Gone.
import "server-only";
import { siteConfig } from "../site";
import { batchPageResponse } from "./batch-page";
import { resolveGtinLot } from "./batch-view";
import { buildLinkset } from "./build-linkset";
import { cachedTrace } from "./trace-cache";
import { DigitalLinkError, parseDigitalLink } from "./digital-link";
import { escapeXml } from "./render-label";

function wantsLinkset(url: URL, request: Request): boolean {
  return url.searchParams.get("linkType") === "all" || (request.headers.get("accept") ?? "").includes("application/linkset+json");
}

const common = { Vary: "Accept", "Cache-Control": "no-cache" };

function problem(status: number, title: string, isJson: boolean) {
  if (isJson) return Response.json({ status, title }, { status, headers: { ...common, "Content-Type": "application/problem+json" } });
  return new Response(statusHtml(status, title), { status, headers: { ...common, "Content-Type": "text/html; charset=utf-8", "X-Robots-Tag": "noindex" } });
}

/** A small self-contained page for the statuses a page component cannot send (410). */
function statusHtml(status: number, message: string) {
  const site = escapeXml(siteConfig().name);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${status === 410 ? "产品已撤回" : "无法识别"} · ${site}</title>
<style>body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;background:#f1f5f9;color:#0f172a}header{background:#1e3a8a;color:#fff;padding:1rem;font-weight:bold;border-bottom:4px solid #b91c1c}main{max-width:40rem;margin:1.5rem auto;background:#fff;padding:1.5rem;border-radius:.4rem}h1{font-size:1.5rem}a{color:#1d4ed8}</style></head>
<body><header>${site}</header><main><h1>${status === 410 ? "该产品已撤回，停止销售" : "无法识别该二维码"}</h1><p>${escapeXml(message)}</p><p><a href="/trace">前往农产品追溯查询</a></p></main></body></html>`;
}

export async function resolveDigitalLinkRequest(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const isJson = wantsLinkset(url, request);
  if (!isJson) return resolve(request, url, false);
  // A machine's answer depends only on the URL and the trace records, so it is kept serialised
  // in the trace cache (emptied on any trace change): a repeated lookup parses and builds nothing.
  const answer = await cachedTrace(`resolver:${url.pathname}${url.search}`, async () => {
    const res = await resolve(request, url, true);
    return { status: res.status, headers: [...res.headers], body: await res.text() };
  });
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

async function resolve(request: Request, url: URL, isJson: boolean): Promise<Response> {
  let link;
  try {
    link = parseDigitalLink(url.pathname + url.search);
  } catch (err) {
    if (err instanceof DigitalLinkError) {
      if (isJson) return problem(400, err.userMessage, true);
      // People see the message on the lookup page, in the portal's layout with its header,
      // navigation and footer (lookupCode parses the same URL and says what is wrong).
      return new Response(null, { status: 307, headers: { ...common, Location: `${siteConfig().url.replace(/\/+$/, "")}/trace?code=${encodeURIComponent(url.pathname + url.search)}` } });
    }
    throw err;
  }
  const resolution = await resolveGtinLot(link.gtin, link.lot);
  const origin = siteConfig().url.replace(/\/+$/, "");
  switch (resolution.kind) {
    case "unknown":
      if (isJson) return problem(404, `商品条码 ${link.gtin} 未登记`, true);
      return Response.redirect(`${origin}/trace?code=${encodeURIComponent(`/01/${link.gtin}${link.lot ? `/10/${link.lot}` : ""}`)}`, 307);
    case "gone":
      return problem(410, `${resolution.product.name}已于${resolution.product.deactivatedAt?.toISOString().slice(0, 10) ?? ""}撤回：${resolution.product.deactivationReason ?? ""}`, isJson);
    case "batch":
    case "product": {
      const anchor = `/01/${link.gtin}${resolution.kind === "batch" ? `/10/${encodeURIComponent(resolution.batch.lot)}` : ""}`;
      const linksetUrl = `${origin}${anchor}?linkType=all`;
      if (isJson) {
        const body = buildLinkset(anchor, resolution.kind === "batch" ? { product: resolution.product, batch: resolution.batch } : { product: resolution.product });
        return Response.json(body, { headers: { ...common, "Content-Type": "application/linkset+json" } });
      }
      const linkHeader = `<${linksetUrl}>; rel="linkset"; type="application/linkset+json"`;
      if (resolution.kind === "batch") return batchPageResponse(request, resolution.batch, { Vary: "Accept", Link: linkHeader });
      const target = `/trace/product/${link.gtin}${resolution.unknownLot ? `?lot=${encodeURIComponent(resolution.unknownLot)}` : ""}`;
      return new Response(null, { status: 307, headers: { ...common, Location: `${origin}${target}`, Link: linkHeader } });
    }
  }
}
