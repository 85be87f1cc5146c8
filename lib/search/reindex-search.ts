// `npm run search:reindex`: empties the configured index and rebuilds it from the database. It
// queues every candidate document and runs the same job processor as the worker, so what is
// public (and what waits for its publishAt) is decided in one place.
import "server-only";
import { prisma } from "../db";
import { enqueueSearchSync, type SearchDocRef } from "./enqueue-search-sync";
import { drainSearchSync, type SearchSyncResult } from "./process-search-sync";
import type { SearchBackend } from "./search-types";

const CHUNK = 500;

export async function reindexSearch({ backend, now }: { backend: SearchBackend; now?: Date }): Promise<SearchSyncResult & { queued: number }> {
  await backend.reset();
  const [content, products, cases] = await Promise.all([
    prisma.contentItem.findMany({ select: { id: true } }),
    prisma.product.findMany({ select: { id: true } }),
    prisma.complaint.findMany({ where: { publicationApprovedAt: { not: null } }, select: { id: true } }),
  ]);
  const refs: SearchDocRef[] = [
    ...content.map((c) => ({ type: "content" as const, id: c.id })),
    ...products.map((p) => ({ type: "product" as const, id: p.id })),
    ...cases.map((c) => ({ type: "complaint" as const, id: c.id })),
  ];
  for (let i = 0; i < refs.length; i += CHUNK) {
    await prisma.$transaction((tx) => enqueueSearchSync(tx, refs.slice(i, i + CHUNK)));
  }
  return { queued: refs.length, ...(await drainSearchSync({ backend, now })) };
}
