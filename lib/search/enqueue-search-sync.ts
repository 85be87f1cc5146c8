// Queues search index updates inside the caller's transaction: the job exists exactly when the
// change does (the same rule as the outbox). The job names a document, not its text: whoever
// processes it reads the document as it is then and indexes it, or removes it from the index if
// it is no longer public. So one job per document is enough however often it changes.
import type { Tx } from "../db";

/** The kinds of document the public search covers. */
export const SEARCH_DOC_TYPES = ["content", "complaint", "product"] as const;
export type SearchDocType = (typeof SEARCH_DOC_TYPES)[number];

export interface SearchDocRef {
  type: SearchDocType;
  id: string;
}

/** Marks documents for (re)indexing; a job already waiting is bumped so it runs again. */
export async function enqueueSearchSync(tx: Pick<Tx, "searchSyncJob">, docs: SearchDocRef[]): Promise<void> {
  for (const doc of docs) {
    await tx.searchSyncJob.upsert({
      where: { docType_docId: { docType: doc.type, docId: doc.id } },
      create: { docType: doc.type, docId: doc.id },
      update: { seq: { increment: 1 }, attempts: 0, nextAttemptAt: new Date(), lastError: null },
    });
  }
}
