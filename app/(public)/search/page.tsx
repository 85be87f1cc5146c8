// GET /search?q=&type=&page=: the public search. A plain GET form and links, so facets, pages and
// "did you mean" all work without JavaScript.
import type { Metadata } from "next";
import Link from "next/link";
import { Highlighted } from "@/components/search/highlighted";
import { Pagination } from "@/components/ui/pagination";
import { formatDate } from "@/lib/format";
import { searchPortal } from "@/lib/search/search-portal";
import { SEARCH_KIND_LABELS, SEARCH_KINDS, type SearchKind } from "@/lib/search/search-types";

const EXAMPLES = ["医保", "低保", "营业执照", "养老保险", "柑橘"];

function searchHref(q: string, kind?: SearchKind, page = 1) {
  const params = new URLSearchParams({ q });
  if (kind) params.set("type", kind);
  if (page > 1) params.set("page", String(page));
  return `/search?${params}`;
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const q = one((await searchParams).q)?.trim();
  return { title: q ? `搜索：${q.slice(0, 30)}` : "站内搜索", robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const raw = await searchParams;
  const result = await searchPortal({ params: { q: one(raw.q), type: one(raw.type), page: one(raw.page) } });
  const { query, kind, facets } = result;
  const allCount = Object.values(facets).reduce((a, b) => a + (b ?? 0), 0);
  const facetKinds = SEARCH_KINDS.filter((k) => (facets[k] ?? 0) > 0);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">站内搜索</h1>
      <form method="get" action="/search" role="search" className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor="search-q" className="sr-only">
          搜索内容
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={64}
          placeholder="输入关键词，如：医保、低保、营业执照"
          className="w-full rounded border-2 border-slate-500 bg-white px-3 py-3 text-lg sm:max-w-xl"
        />
        <button type="submit" className="rounded bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800">
          搜索
        </button>
      </form>

      {result.isUnavailable ? (
        <section role="alert" className="rounded border-l-4 border-amber-500 bg-amber-50 p-4">
          <h2 className="text-xl font-bold">搜索服务暂时不可用</h2>
          <p className="mt-2">请稍后再试，或从上方栏目进入政策文件、办事指南等页面查找。</p>
        </section>
      ) : !query ? (
        <section className="rounded border border-slate-200 bg-white p-4">
          <p className="text-lg">可以搜索政策文件、通知公告、办事指南、预警与惠农信息、招商项目、办理结果公开和农产品。</p>
          <p className="mt-3">
            大家都在搜：
            {EXAMPLES.map((e) => (
              <Link key={e} href={searchHref(e)} className="mr-3 inline-block py-1 text-brand-600 underline">
                {e}
              </Link>
            ))}
          </p>
        </section>
      ) : allCount === 0 ? (
        <section className="rounded border border-slate-200 bg-white p-4" aria-labelledby="no-results">
          <h2 id="no-results" className="text-xl font-bold">
            没有找到与“{query}”相关的内容
          </h2>
          {result.suggestion && (
            <p className="mt-3 text-lg">
              您是不是要找：
              <Link href={searchHref(result.suggestion.query)} className="font-semibold text-brand-600 underline">
                {result.suggestion.query}
              </Link>
              （{result.suggestion.total} 条结果）
            </p>
          )}
          <ul className="mt-3 list-disc space-y-1 pl-6">
            <li>检查是否有错别字，或换一个说法，例如“医保”也可以搜“医疗保险”。</li>
            <li>减少关键词，或用空格分开多个词。</li>
          </ul>
          {result.isApproximate && (
            <>
              <h3 className="mt-4 text-lg font-bold">以下是最接近的内容</h3>
              <ul className="mt-2 space-y-2">
                {result.hits.map((hit) => (
                  <li key={`${hit.type}-${hit.id}`}>
                    <span className="mr-2 rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-700">{SEARCH_KIND_LABELS[hit.kind]}</span>
                    <Link href={hit.url} className="text-lg text-brand-700 underline">
                      {hit.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : (
        <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
          <nav aria-label="按类型筛选" className="rounded border border-slate-200 bg-white p-3 md:self-start">
            <h2 className="mb-2 font-bold">按类型筛选</h2>
            <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
              <li>
                <FacetLink href={searchHref(query)} isCurrent={!kind} label="全部" count={allCount} />
              </li>
              {facetKinds.map((k) => (
                <li key={k}>
                  <FacetLink href={searchHref(query, k)} isCurrent={kind === k} label={SEARCH_KIND_LABELS[k]} count={facets[k] ?? 0} />
                </li>
              ))}
            </ul>
          </nav>

          <section aria-labelledby="results-heading">
            <h2 id="results-heading" className="text-lg" role="status">
              找到 <strong>{result.total}</strong> 条{kind ? `“${SEARCH_KIND_LABELS[kind]}”` : ""}结果
            </h2>
            {result.suggestion && (
              <p className="mt-1">
                您是不是要找：
                <Link href={searchHref(result.suggestion.query, kind)} className="font-semibold text-brand-600 underline">
                  {result.suggestion.query}
                </Link>
                （已按此显示结果）
              </p>
            )}
            {result.hits.length === 0 ? (
              <p className="mt-4">
                这一页没有结果。<Link href={searchHref(query, kind)} className="text-brand-600 underline">回到第一页</Link>
              </p>
            ) : (
              <ol className="mt-3 space-y-3">
                {result.hits.map((hit) => (
                  <li key={`${hit.type}-${hit.id}`} className="rounded border border-slate-200 bg-white p-4">
                    <p className="text-sm text-slate-600">
                      <span className="mr-2 rounded bg-brand-50 px-2 py-0.5 font-semibold text-brand-700">{SEARCH_KIND_LABELS[hit.kind]}</span>
                      {hit.publishedAt && <time dateTime={hit.publishedAt.toISOString()}>{formatDate(hit.publishedAt)}</time>}
                    </p>
                    <h3 className="mt-1 text-xl font-bold">
                      <Link href={hit.url} className="text-brand-700 underline-offset-2 hover:underline">
                        <Highlighted segments={hit.titleSegments} />
                      </Link>
                    </h3>
                    {hit.snippet.length > 0 && (
                      <p className="mt-1 break-words text-slate-800">
                        <Highlighted segments={hit.snippet} />
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            )}
            <Pagination page={result.page} pageCount={result.pageCount} href={(page) => searchHref(query, kind, page)} />
          </section>
        </div>
      )}
    </div>
  );
}

function FacetLink({ href, isCurrent, label, count }: { href: string; isCurrent: boolean; label: string; count: number }) {
  return (
    <Link
      href={href}
      aria-current={isCurrent ? "page" : undefined}
      className={`block rounded px-3 py-2 ${isCurrent ? "bg-brand-700 font-semibold text-white" : "text-brand-700 hover:bg-slate-100"}`}
    >
      {label}（{count}）
    </Link>
  );
}
