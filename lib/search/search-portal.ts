// The public search (permission-free): one page of hits with highlights, counts per kind, and a
// "did you mean" when nothing matched.
import "server-only";
import { highlightSnippet, highlightText, type TextSegment } from "./highlight";
import { ZSearchParams } from "./search.schema";
import { searchBackend } from "./select-search-backend";
import { synonymsOf } from "./synonyms";
import { cleanQuery, correctQuery, parseQuery } from "./tokenize";
import type { SearchBackend, SearchHit, SearchKind } from "./search-types";

export const SEARCH_PAGE_SIZE = 10;

export interface PortalSearchHit extends SearchHit {
  titleSegments: TextSegment[];
  snippet: TextSegment[];
}

export interface PortalSearchResult {
  query: string;
  kind?: SearchKind;
  page: number;
  pageCount: number;
  total: number;
  hits: PortalSearchHit[];
  facets: Partial<Record<SearchKind, number>>;
  /**
   * "Did you mean": the query with its spelling corrected (营业直照 → 营业执照; the results are
   * already those of the correction), or one that has results when this one has none.
   */
  suggestion: { query: string; total: number } | null;
  /** Nothing matched: the hits are the closest titles, not results. */
  isApproximate: boolean;
  /** The index could not be asked (Meilisearch down): the page says so instead of failing. */
  isUnavailable: boolean;
}

export async function searchPortal({
  params,
  backend = searchBackend(),
  pageSize = SEARCH_PAGE_SIZE,
}: {
  params: Record<string, unknown>;
  backend?: SearchBackend;
  pageSize?: number;
}): Promise<PortalSearchResult> {
  const { q, type: kind, page } = ZSearchParams.parse(params);
  const query = cleanQuery(q);
  const empty: PortalSearchResult = { query, kind, page: 1, pageCount: 1, total: 0, hits: [], facets: {}, suggestion: null, isApproximate: false, isUnavailable: false };
  if (!query) return empty;

  let response;
  try {
    response = await backend.search({ query, kind, page, pageSize });
  } catch (err) {
    console.error(`[search] ${backend.name} search failed: ${(err as Error).message}`);
    return { ...empty, isUnavailable: true };
  }
  const terms = parseQuery(query, synonymsOf);
  const hits = response.hits.map((hit) => ({
    ...hit,
    titleSegments: highlightText(hit.title, terms),
    snippet: highlightSnippet(hit.body, terms),
  }));
  const anyResult = Object.values(response.facets).some((n) => (n ?? 0) > 0);
  const corrected = correctQuery(query);
  const suggestion = anyResult
    ? corrected !== query
      ? { query: corrected, total: response.total }
      : null
    : await suggestQuery({ query, backend });
  return {
    ...empty,
    page,
    pageCount: Math.max(1, Math.ceil(response.total / pageSize)),
    total: response.total,
    hits,
    facets: response.facets,
    suggestion,
    isApproximate: !anyResult && !!response.isApproximate && hits.length > 0,
  };
}

/**
 * Queries to offer when one finds nothing, most specific first: the query without one of its
 * terms (无犯罪记录 证明 公积金 → without the term that matched nothing), and for a term of three or
 * more Han characters, its shorter pieces (养老保验 with a typo → 养老保; 城乡居民低保申请 → ...).
 */
export function suggestionCandidates(query: string): string[] {
  const terms = cleanQuery(query).split(" ").filter(Boolean);
  const out: string[] = [];
  if (terms.length > 1) {
    for (let i = 0; i < terms.length; i++) out.push(terms.filter((_, j) => j !== i).join(" "));
    out.push(...terms);
  } else if (terms.length === 1) {
    const chars = Array.from(terms[0]);
    const isHan = /^\p{Script=Han}+$/u.test(terms[0]);
    if (isHan && chars.length >= 3) {
      for (let len = chars.length - 1; len >= 2; len--) {
        for (let start = 0; start + len <= chars.length; start++) out.push(chars.slice(start, start + len).join(""));
      }
    }
  }
  return [...new Set(out)].filter((c) => c && c !== query);
}

const MAX_SUGGESTION_TRIES = 12;

/** The first candidate that has results, checked in order, at most MAX_SUGGESTION_TRIES searches. */
export async function suggestQuery({ query, backend }: { query: string; backend: SearchBackend }) {
  for (const candidate of suggestionCandidates(query).slice(0, MAX_SUGGESTION_TRIES)) {
    const { facets } = await backend.search({ query: candidate, page: 1, pageSize: 1 });
    const total = Object.values(facets).reduce((a, b) => a + (b ?? 0), 0);
    if (total > 0) return { query: candidate, total };
  }
  return null;
}
