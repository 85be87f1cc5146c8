// Search quality: the query set in lib/search/search-eval-queries.json over the demo county, on
// every backend this machine can run: the embedded backend on PGlite (always), on PostgreSQL (with
// DATABASE_URL, in a throwaway database beside it) and Meilisearch (with MEILISEARCH_HOST, index
// `portal_eval`, deleted at the end). Prints found-in-top-5 and mean reciprocal rank per kind.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx --conditions=react-server bench/search/search-eval.mts [--misses]
import { openThrowawayDatabase } from "../throwaway-database";
import { seedDemoCounty } from "../../lib/seed/seed-demo-county";
import { createEmbeddedBackend } from "../../lib/search/embedded-backend";
import { createMeilisearchBackend } from "../../lib/search/meilisearch-backend";
import { evaluateSearch, formatEvalSummary } from "../../lib/search/evaluate-search";
import { reindexSearch } from "../../lib/search/reindex-search";
import type { SearchBackend } from "../../lib/search/search-types";

const showMisses = process.argv.includes("--misses");
const pgUrl = process.env.DATABASE_URL;

async function run(label: string, usePostgres: boolean, makeBackend: () => SearchBackend) {
  // openThrowawayDatabase picks PostgreSQL from DATABASE_URL: unset it for the PGlite run.
  if (usePostgres) process.env.DATABASE_URL = pgUrl;
  else delete process.env.DATABASE_URL;
  const { prisma, dispose } = await openThrowawayDatabase("portal_bench_search_eval");
  process.env.DATABASE_URL = pgUrl;
  try {
    await seedDemoCounty(prisma);
    const backend = makeBackend();
    await reindexSearch({ backend });
    const started = performance.now();
    const summary = await evaluateSearch({ backend });
    const ms = (performance.now() - started) / summary.total;
    console.log(`\n== ${label}: ${summary.total} queries, ${ms.toFixed(1)} ms per query (public search, page of 5)`);
    console.log(formatEvalSummary(summary));
    if (showMisses) {
      for (const r of summary.results.filter((x) => !x.rank)) console.log(`  miss [${r.query.kind}] ${r.query.q} → ${r.top.join(" | ") || "(nothing)"}`);
    }
  } finally {
    await dispose();
  }
}

await run("embedded, PGlite", false, createEmbeddedBackend);
if (pgUrl?.startsWith("postgres")) await run("embedded, PostgreSQL", true, createEmbeddedBackend);
else console.log("\n(no DATABASE_URL: PostgreSQL skipped)");
if (process.env.MEILISEARCH_HOST) {
  await run("Meilisearch", false, () => createMeilisearchBackend({ host: process.env.MEILISEARCH_HOST!, apiKey: process.env.MEILISEARCH_API_KEY, indexUid: "portal_eval" }));
} else console.log("(no MEILISEARCH_HOST: Meilisearch skipped; its settings are tested against the fake server in lib/search/meilisearch-backend.test.ts)");
