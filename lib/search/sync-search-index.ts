// One tick of search index maintenance, run by the outbox worker loop before each outbox batch
// (lib/notify/start-web-outbox-worker.ts in the web process, scripts/worker.ts for `npm run
// worker`). Several processes may run it at once: the claims in process-search-sync.ts keep them
// from indexing one job twice.
import "server-only";
import { processSearchSyncBatch } from "./process-search-sync";
import { searchBackend } from "./select-search-backend";

const BATCH = 50;
/** Batches per tick: a large backlog (after a bulk change) drains without starving the outbox. */
const MAX_BATCHES_PER_TICK = 10;

export async function syncSearchIndex({ log = console.log }: { log?: (line: string) => void } = {}): Promise<void> {
  const backend = searchBackend();
  for (let i = 0; i < MAX_BATCHES_PER_TICK; i++) {
    const r = await processSearchSyncBatch({ backend, limit: BATCH });
    if (r.claimed) {
      log(`[search] ${backend.name}: indexed ${r.indexed}, removed ${r.removed}, scheduled ${r.scheduled}, retry later ${r.retried}`);
    }
    if (r.claimed < BATCH) return;
  }
}
