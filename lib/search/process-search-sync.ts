// The search index worker's one step: brings the index in line with the documents named by due
// SearchSyncJob rows (queued by enqueueSearchSync in the transaction of each change).
//
// 1. Due jobs are claimed with FOR UPDATE SKIP LOCKED in one UPDATE (as the outbox does): the claim
//    moves `nextAttemptAt` a lease ahead, so no other worker takes the job while this one works,
//    and a worker that dies leaves a job that comes back when the lease ends.
// 2. Each document is read as it is now and indexed, or removed when it is no longer public.
//    Content scheduled for later is removed now and its job kept until `publishAt`.
// 3. The job is deleted only if its `seq` is still the one claimed: a change committed while the
//    document was being indexed bumped `seq` (and made the job due), so it is indexed again. If
//    the job is gone or moved on, it is queued once more (another worker may have indexed the
//    newer state before this one's older write landed).
// 4. When the backend fails (Meilisearch down), the job stays with attempts, lastError and a
//    backoff. There is no last attempt: an update is retried until the index takes it.
import { enqueueSearchSettingsSync, SYNONYM_SETTINGS_JOB } from "./manage-search-synonyms";
import { refreshSearchSynonyms } from "./load-search-synonyms";
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { enqueueSearchSync, type SearchDocType } from "./enqueue-search-sync";
import { loadSearchDocument, type DocumentState } from "./load-search-document";
import type { SearchBackend } from "./search-types";

/** Wait after the nth failed attempt (index n-1); the last value repeats. */
export const SEARCH_SYNC_BACKOFF_MS = [10_000, 60_000, 5 * 60_000, 30 * 60_000, 60 * 60_000] as const;
/** How long a claim lasts: far longer than indexing a batch takes. */
export const SEARCH_SYNC_LEASE_MS = 5 * 60_000;

const MAX_ERROR_LENGTH = 500;

export interface SearchSyncResult {
  claimed: number;
  indexed: number;
  removed: number;
  scheduled: number;
  retried: number;
}

interface ClaimedJob {
  docType: SearchDocType;
  docId: string;
  seq: number;
  attempts: number;
}

// Columns are `timestamp(3)` holding UTC (Prisma's convention); see deliver-outbox.ts.
const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

export async function processSearchSyncBatch({
  backend,
  now = new Date(),
  limit = 50,
  load = loadSearchDocument,
}: {
  backend: SearchBackend;
  now?: Date;
  limit?: number;
  /** Reads a document; tests replace it to change a document while it is being indexed. */
  load?: typeof loadSearchDocument;
}): Promise<SearchSyncResult> {
  const result: SearchSyncResult = { claimed: 0, indexed: 0, removed: 0, scheduled: 0, retried: 0 };
  const lease = new Date(now.getTime() + SEARCH_SYNC_LEASE_MS);
  const claimed = await prisma.$queryRaw<ClaimedJob[]>`
    UPDATE "SearchSyncJob"
       SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${utc(lease)}
     WHERE ("docType", "docId") IN (
           SELECT "docType", "docId" FROM "SearchSyncJob"
            WHERE "nextAttemptAt" <= ${utc(now)}
            ORDER BY "nextAttemptAt", "createdAt"
            LIMIT ${Math.max(1, Math.floor(limit))}
              FOR UPDATE SKIP LOCKED)
    RETURNING "docType", "docId", "seq", "attempts"`;
  result.claimed = claimed.length;

  // The settings job (the editors changed the synonyms): the backend is sent its settings again,
  // read from the database now, so the last edit wins however many jobs ran before.
  for (const job of claimed.filter((j) => (j.docType as string) === SYNONYM_SETTINGS_JOB.docType)) {
    const held = { docType: job.docType, docId: job.docId, seq: job.seq };
    try {
      await refreshSearchSynonyms();
      await backend.applySettings?.();
      const settled = await prisma.searchSyncJob.deleteMany({ where: held });
      if (settled.count === 0) await enqueueSearchSettingsSync(prisma);
      result.indexed++;
    } catch (error) {
      const wait = SEARCH_SYNC_BACKOFF_MS[Math.min(job.attempts, SEARCH_SYNC_BACKOFF_MS.length) - 1];
      await prisma.searchSyncJob.updateMany({ where: held, data: { nextAttemptAt: new Date(now.getTime() + wait), lastError: errorText(error) } });
      result.retried++;
    }
  }

  // Read every document first, then send the index one upsert and one removal per batch.
  const states: { job: ClaimedJob; state: DocumentState | null; error?: unknown }[] = [];
  for (const job of claimed.filter((j) => (j.docType as string) !== SYNONYM_SETTINGS_JOB.docType)) {
    try {
      states.push({ job, state: await load({ type: job.docType, id: job.docId }, now) });
    } catch (error) {
      states.push({ job, state: null, error });
    }
  }
  const toIndex = states.filter((s) => s.state?.state === "public");
  const toRemove = states.filter((s) => s.state && s.state.state !== "public");

  const outcome = new Map<ClaimedJob, unknown>();
  try {
    if (toIndex.length) await backend.upsert(toIndex.map((s) => (s.state as Extract<DocumentState, { state: "public" }>).doc));
  } catch (error) {
    for (const s of toIndex) outcome.set(s.job, error);
  }
  try {
    if (toRemove.length) await backend.remove(toRemove.map((s) => ({ type: s.job.docType, id: s.job.docId })));
  } catch (error) {
    for (const s of toRemove) outcome.set(s.job, error);
  }

  for (const { job, state, error: loadError } of states) {
    const held = { docType: job.docType, docId: job.docId, seq: job.seq };
    const error = loadError ?? outcome.get(job);
    let settled: { count: number };
    if (error !== undefined) {
      const wait = SEARCH_SYNC_BACKOFF_MS[Math.min(job.attempts, SEARCH_SYNC_BACKOFF_MS.length) - 1];
      settled = await prisma.searchSyncJob.updateMany({
        where: held,
        data: { nextAttemptAt: new Date(now.getTime() + wait), lastError: errorText(error) },
      });
      result.retried++;
    } else if (state?.state === "scheduled") {
      // Comes back when the item becomes public; attempts count failures, not waits.
      settled = await prisma.searchSyncJob.updateMany({ where: held, data: { nextAttemptAt: state.at, attempts: 0, lastError: null } });
      result.scheduled++;
    } else {
      settled = await prisma.searchSyncJob.deleteMany({ where: held });
      if (state?.state === "public") result.indexed++;
      else result.removed++;
    }
    // The document changed while we worked (seq moved on), and another worker may already have
    // taken the newer job and finished before our older write reached the index. Queue it once
    // more, so the last write to the index is always made from the document as it is now.
    if (settled.count === 0) await enqueueSearchSync(prisma, [{ type: job.docType, id: job.docId }]);
  }
  return result;
}

/** Runs batches until no job is due (reindex, tests, the end of the seed). */
export async function drainSearchSync({ backend, now, limit = 200 }: { backend: SearchBackend; now?: Date; limit?: number }): Promise<SearchSyncResult> {
  const total: SearchSyncResult = { claimed: 0, indexed: 0, removed: 0, scheduled: 0, retried: 0 };
  for (;;) {
    const r = await processSearchSyncBatch({ backend, now, limit });
    for (const key of Object.keys(total) as (keyof SearchSyncResult)[]) total[key] += r[key];
    if (r.claimed < limit) return total;
    // Jobs retried in this drain have a later nextAttemptAt, so they are not claimed again.
  }
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text || "unknown error").slice(0, MAX_ERROR_LENGTH);
}
