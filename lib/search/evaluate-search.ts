// Measures what people find: runs the query set (search-eval-queries.json, written as citizens,
// farmers and investors type) through the public search and reports, per kind of query, how
// often the expected page is among the first five results, and the mean reciprocal rank.
// Used by search-eval.test.ts (a floor) and bench/search/search-eval.mts (the figures).
import queriesFile from "./search-eval-queries.json";
import { searchPortal } from "./search-portal";
import type { SearchBackend, SearchHit } from "./search-types";

export interface EvalQuery {
  kind: string;
  q: string;
  /** The public page's path, or `complaint:<title>` for a published case. */
  expect: string;
}

export const EVAL_QUERIES: EvalQuery[] = queriesFile.queries;

export interface EvalResult {
  query: EvalQuery;
  /** 1-based position of the expected page, null when not in the first `depth`. */
  rank: number | null;
  top: string[];
}

export interface EvalSummary {
  results: EvalResult[];
  byKind: { kind: string; found: number; total: number; mrr: number }[];
  found: number;
  total: number;
  mrr: number;
}

const isExpected = (hit: SearchHit, expect: string) =>
  expect.startsWith("complaint:") ? hit.type === "complaint" && hit.title === expect.slice("complaint:".length) : hit.url === expect;

export async function evaluateSearch({ backend, queries = EVAL_QUERIES, depth = 5 }: { backend: SearchBackend; queries?: EvalQuery[]; depth?: number }): Promise<EvalSummary> {
  const results: EvalResult[] = [];
  for (const query of queries) {
    const { hits } = await searchPortal({ params: { q: query.q }, backend, pageSize: depth });
    const index = hits.findIndex((h) => isExpected(h, query.expect));
    results.push({ query, rank: index >= 0 ? index + 1 : null, top: hits.map((h) => h.title) });
  }
  const summarize = (list: EvalResult[]) => ({
    found: list.filter((r) => r.rank !== null).length,
    total: list.length,
    mrr: list.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / Math.max(1, list.length),
  });
  const kinds = [...new Set(queries.map((q) => q.kind))];
  return {
    results,
    byKind: kinds.map((kind) => ({ kind, ...summarize(results.filter((r) => r.query.kind === kind)) })),
    ...summarize(results),
  };
}

/** The figures as a table: found in the top 5 and MRR per kind, then overall. */
export function formatEvalSummary(summary: EvalSummary): string {
  const row = (label: string, s: { found: number; total: number; mrr: number }) =>
    `${label.padEnd(12)} ${`${s.found}/${s.total}`.padStart(7)} ${((100 * s.found) / Math.max(1, s.total)).toFixed(0).padStart(5)}% ${s.mrr.toFixed(2).padStart(6)}`;
  return [`${"kind".padEnd(12)} ${"top 5".padStart(7)} ${"".padStart(6)} ${"MRR".padStart(6)}`, ...summary.byKind.map((k) => row(k.kind, k)), row("all", summary)].join("\n");
}
