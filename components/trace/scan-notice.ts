// The two per-request parts of the consumer's batch page, the counterfeit warning and "queried N
// times, first on DATE", as HTML strings. The rest of the page is rendered once per batch and
// cached (lib/trace/batch-page.ts); these fill the page's two slots on every lookup, so they are
// plain string templates rather than React (no render per request). Text is escaped.
import { formatDateTime } from "@/lib/format";
import { siteConfig } from "@/lib/site";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
import type { ScanStats, ScanWarning } from "@/lib/trace/scan-warning";

/** Comment markers the cached page carries where the per-request parts go. */
export const SCAN_SLOTS = { warning: "<!--trace:scan-warning-->", count: "<!--trace:scan-count-->" } as const;

export function scanWarningHtml(warning: ScanWarning): string {
  if (!warning.isSuspicious) return "";
  const why = warning.reasons.includes("MANY_PLACES") ? "该追溯码近期在很多不同地点被查询，" : "该追溯码近期被查询的次数异常多，";
  return (
    `<div role="alert" class="mb-4 rounded-md border-4 border-amber-500 bg-amber-50 p-4 text-amber-950">` +
    `<p class="text-lg font-bold">注意：此追溯码可能被仿冒</p>` +
    `<p class="mt-1">${why}正品标签一般只会被少数购买者查询。请核对包装、产地和生产者是否与下方信息一致；有疑问请拨打${escapeHtml(siteConfig().hotline)}举报。</p>` +
    `</div>`
  );
}

export function scanCountHtml(stats: ScanStats): string {
  const first = stats.firstAt ? `，首次查询于 ${formatDateTime(stats.firstAt)}` : "";
  return (
    `<p class="mb-4 rounded bg-slate-100 p-3 text-sm text-slate-700" data-testid="scan-count">` +
    `此追溯码已被查询 ${stats.total} 次${first}。如果您是第一位购买者却看到很多次查询，请注意辨别真伪。</p>`
  );
}

/**
 * The page cut at its two slots and encoded once, so that a lookup only encodes the two small
 * parts and joins bytes (a page is about 40 KB). Each part is also cut where the CSP nonce the
 * page was rendered with appears (its script tags): every lookup puts its own request's nonce
 * there, so the cached page keeps working under a nonce-based policy (proxy.ts).
 */
export interface SlottedPage {
  head: Buffer[];
  middle: Buffer[];
  tail: Buffer[];
}

export function splitAtScanSlots(html: string, renderedNonce?: string | null): SlottedPage {
  const w = html.indexOf(SCAN_SLOTS.warning);
  const c = html.indexOf(SCAN_SLOTS.count, w);
  if (w < 0 || c < 0) throw new Error("trace page: the rendered page lacks its scan slots");
  const cut = (part: string) => (renderedNonce ? part.split(renderedNonce) : [part]).map((piece) => Buffer.from(piece));
  return {
    head: cut(html.slice(0, w)),
    middle: cut(html.slice(w + SCAN_SLOTS.warning.length, c)),
    tail: cut(html.slice(c + SCAN_SLOTS.count.length)),
  };
}

/** The page with this lookup's warning and count in their slots, and this request's nonce. */
export function fillScanSlots(page: SlottedPage, stats: ScanStats, warning: ScanWarning, nonce?: string | null): Buffer {
  const nonceBytes = Buffer.from(nonce ?? "");
  const join = (pieces: Buffer[]) => pieces.flatMap((piece, i) => (i === 0 ? [piece] : [nonceBytes, piece]));
  return Buffer.concat([...join(page.head), Buffer.from(scanWarningHtml(warning)), ...join(page.middle), Buffer.from(scanCountHtml(stats)), ...join(page.tail)]);
}
