// `npm run search:reindex`: rebuilds the search index (Meilisearch when MEILISEARCH_HOST is set,
// the embedded index otherwise) from the database. On the embedded PGlite database, stop the
// server first: PGlite allows one process at a time.
import { describeTarget, resolveDatabaseTarget } from "../lib/db-adapter";
import { prisma } from "../lib/db";
import { getEnvOrExit } from "../lib/env";
import { reindexSearch } from "../lib/search/reindex-search";
import { selectSearchBackend } from "../lib/search/select-search-backend";

async function main() {
  const env = getEnvOrExit();
  const backend = selectSearchBackend({ env });
  console.log(`[search] rebuilding the ${backend.name} index from ${describeTarget(resolveDatabaseTarget(process.env))}`);
  const started = performance.now();
  const r = await reindexSearch({ backend });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[search] queued ${r.queued}: indexed ${r.indexed}, not public ${r.removed}, scheduled for later ${r.scheduled}, failed (kept for retry) ${r.retried} in ${seconds} s`);
  await prisma.$disconnect();
  process.exit(r.retried > 0 ? 1 : 0);
}

main().catch((err) => {
  console.error(`[search] ${(err as Error).message}`);
  process.exit(1);
});
