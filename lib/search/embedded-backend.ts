// The embedded search backend: the SearchDocument table in the portal's own database (PostgreSQL
// or PGlite alike). Terms are made in TypeScript (tokenize.ts), so the database only needs the
// `simple` text-search configuration and a GIN index on the generated tsvector.
//
// Ranking: documents whose title holds every query term first, then ts_rank (title terms weigh
// 1.0, body terms 0.4), then the newest.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import type { SearchDocType } from "./enqueue-search-sync";
import { synonymsOf } from "./synonyms";
import { indexTermsText, parseQuery, toTsquery } from "./tokenize";
import type { SearchBackend, SearchDocument, SearchHit, SearchKind, SearchRequest, SearchResponse } from "./search-types";

// ts_rank weights in {D, C, B, A} order.
const WEIGHTS = "{0.05, 0.1, 0.4, 1.0}";

export function createEmbeddedBackend(): SearchBackend {
  return {
    name: "embedded",

    async upsert(docs: SearchDocument[]) {
      for (const doc of docs) {
        const titleTerms = indexTermsText(doc.title);
        const bodyTerms = indexTermsText(doc.body);
        await prisma.$executeRaw`
          INSERT INTO "SearchDocument" ("docType", "docId", "kind", "title", "body", "url", "publishedAt", "titleTerms", "bodyTerms", "indexedAt")
          VALUES (${doc.type}, ${doc.id}, ${doc.kind}, ${doc.title}, ${doc.body}, ${doc.url}, ${doc.publishedAt}, ${titleTerms}, ${bodyTerms}, now())
          ON CONFLICT ("docType", "docId") DO UPDATE SET
            "kind" = EXCLUDED."kind", "title" = EXCLUDED."title", "body" = EXCLUDED."body", "url" = EXCLUDED."url",
            "publishedAt" = EXCLUDED."publishedAt", "titleTerms" = EXCLUDED."titleTerms", "bodyTerms" = EXCLUDED."bodyTerms",
            "indexedAt" = EXCLUDED."indexedAt"`;
      }
    },

    async remove(refs: { type: SearchDocType; id: string }[]) {
      for (const ref of refs) {
        await prisma.searchDocument.deleteMany({ where: { docType: ref.type, docId: ref.id } });
      }
    },

    async search(request: SearchRequest): Promise<SearchResponse> {
      const terms = parseQuery(request.query, synonymsOf);
      if (terms.length === 0) return { hits: [], total: 0, facets: {} };
      const q = Prisma.sql`to_tsquery('simple', ${toTsquery(terms)})`;
      const inTitle = Prisma.sql`to_tsquery('simple', ${toTsquery(terms, "A")})`;

      const facetRows = await prisma.$queryRaw<{ kind: string; n: number }[]>`
        SELECT "kind", count(*)::int AS n FROM "SearchDocument" WHERE "tsv" @@ ${q} GROUP BY "kind"`;
      const facets: Partial<Record<SearchKind, number>> = {};
      for (const row of facetRows) facets[row.kind as SearchKind] = Number(row.n);
      const total = request.kind ? (facets[request.kind] ?? 0) : Object.values(facets).reduce((a, b) => a + (b ?? 0), 0);
      if (total === 0) return { hits: [], total, facets };

      const kindFilter = request.kind ? Prisma.sql`AND "kind" = ${request.kind}` : Prisma.empty;
      const offset = (request.page - 1) * request.pageSize;
      const rows = await prisma.$queryRaw<(Omit<SearchHit, "type"> & { type: string })[]>`
        SELECT "docType" AS type, "docId" AS id, "kind", "title", "body", "url", "publishedAt"
          FROM "SearchDocument"
         WHERE "tsv" @@ ${q} ${kindFilter}
         ORDER BY ("tsv" @@ ${inTitle}) DESC, ts_rank(${WEIGHTS}::float4[], "tsv", ${q}) DESC, "publishedAt" DESC NULLS LAST, "docId"
         LIMIT ${request.pageSize} OFFSET ${offset}`;
      return { hits: rows.map((r) => ({ ...r, type: r.type as SearchDocType })), total, facets };
    },

    async reset() {
      await prisma.$executeRaw`DELETE FROM "SearchDocument"`;
    },
  };
}
