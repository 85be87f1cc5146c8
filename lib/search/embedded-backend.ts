// The embedded search backend: the SearchDocument table in the portal's own database (PostgreSQL
// or PGlite alike). Terms are made in TypeScript (tokenize.ts), so the database only needs the
// `simple` text-search configuration and a GIN index on the generated tsvector.
//
// Ranking: documents whose title holds every query term first, then how well the title matches
// (ts_rank on the small title vector), then the newest. The document vector `tsv` is only used
// through its GIN index (exact for queries without weights, so no recheck reads it): ranking by
// it would read and decompress the large vector of every match, which at 100,000 documents and a
// common term (5,000 matches) costs hundreds of milliseconds.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import type { SearchDocType } from "./enqueue-search-sync";
import { refreshSearchSynonyms } from "./load-search-synonyms";
import { synonymsOf } from "./synonyms";
import { indexTermsText, parseQuery, termTsquery, titleTermsText, toTsquery, type QueryTerm } from "./tokenize";
import type { SearchBackend, SearchDocument, SearchHit, SearchKind, SearchRequest, SearchResponse } from "./search-types";

interface PageRow {
  facets: Record<string, number> | string | null;
  type: string | null;
  id: string | null;
  kind: string | null;
  title: string | null;
  body: string | null;
  url: string | null;
  publishedAt: Date | null;
}

// Drivers hand json back parsed (pg) or as text (some adapters); accept both.
const parseJson = (v: Record<string, number> | string | null | undefined): Record<string, number> | null =>
  typeof v === "string" ? (JSON.parse(v) as Record<string, number>) : (v ?? null);

export function createEmbeddedBackend(): SearchBackend {
  return {
    name: "embedded",

    async upsert(docs: SearchDocument[]) {
      for (const doc of docs) {
        const titleTerms = titleTermsText(doc.title);
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
      await refreshSearchSynonyms();
      const terms = parseQuery(request.query, synonymsOf);
      if (terms.length === 0) return { hits: [], total: 0, facets: {} };
      // Every word required first: the most precise answer. When that finds fewer than a page,
      // any word will do, ranked by how much of the query a document covers.
      const strict = await searchMatches(request, terms, "all");
      if (strict.total >= RELAX_BELOW || terms.length === 1) return strict.total > 0 ? strict : closestTitles(request, terms);
      const relaxed = await searchMatches(request, terms, "any");
      return relaxed.total > 0 ? relaxed : closestTitles(request, terms);
    },

    async reset() {
      await prisma.$executeRaw`DELETE FROM "SearchDocument"`;
    },
  };
}

/** Below this many documents with every word, documents with any word are ranked too. */
export const RELAX_BELOW = 10;

const toHits = (rows: PageRow[]): SearchHit[] =>
  rows
    .filter((r) => r.id !== null)
    .map((r) => ({ type: r.type as SearchDocType, id: r.id!, kind: r.kind as SearchKind, title: r.title!, body: r.body!, url: r.url!, publishedAt: r.publishedAt }));

/**
 * One pass over the matches (each one is a heap visit: a GIN index cannot answer alone) gives
 * both the counts per kind and the page; only the page's rows are read in full.
 *
 * Ranking: how much of the query a document covers, each word weighted by its length, a word in
 * the title counting three times (a homophone guess in the title half of that), then ts_rank on
 * the title (for documents with every word in the title), then the newest. Only the GIN index and the small inline title vector are read per
 * match, never the large (TOASTed) document vector: with every word required, one index scan;
 * with any word, one index scan per word, the rows of each summed per document.
 */
async function searchMatches(request: SearchRequest, terms: QueryTerm[], mode: "all" | "any"): Promise<SearchResponse> {
  const tsq = (text: string) => Prisma.sql`to_tsquery('simple', ${text})`;
  const titleScore = (t: QueryTerm) => {
    const exact = termTsquery(t, { exactOnly: true });
    const any = termTsquery(t);
    return exact === any
      ? Prisma.sql`(CASE WHEN "titleTsv" @@ ${tsq(exact)} THEN ${2 * t.weight}::float8 ELSE 0 END)`
      : Prisma.sql`(CASE WHEN "titleTsv" @@ ${tsq(exact)} THEN ${2 * t.weight}::float8 WHEN "titleTsv" @@ ${tsq(any)} THEN ${t.weight / 2}::float8 ELSE 0 END)`;
  };
  const all = Prisma.sql`to_tsquery('simple', ${toTsquery(terms)})`;
  const matches =
    mode === "all"
      ? Prisma.sql`
        SELECT "docType", "docId", "kind", "publishedAt", ${Prisma.join(terms.map(titleScore), " + ")} AS "score",
               CASE WHEN "titleTsv" @@ ${all} THEN ts_rank("titleTsv", ${all}) ELSE 0 END AS "rank"
          FROM "SearchDocument"
         WHERE "tsv" @@ ${all}`
      : Prisma.sql`
        SELECT "docType", "docId", min("kind") AS "kind", min("publishedAt") AS "publishedAt", sum("score") AS "score", 0::float4 AS "rank"
          FROM (${Prisma.join(
            terms.map(
              (t) => Prisma.sql`
            SELECT "docType", "docId", "kind", "publishedAt", ${t.weight}::float8 + ${titleScore(t)} AS "score"
              FROM "SearchDocument" WHERE "tsv" @@ ${tsq(termTsquery(t))}`,
            ),
            " UNION ALL ",
          )}) w
         GROUP BY "docType", "docId"`;
  const kindFilter = request.kind ? Prisma.sql`WHERE "kind" = ${request.kind}` : Prisma.empty;
  const offset = (request.page - 1) * request.pageSize;
  const rows = await prisma.$queryRaw<PageRow[]>`
    WITH m AS MATERIALIZED (${matches}
    ), page AS (
      SELECT * FROM m ${kindFilter}
       ORDER BY "score" DESC, "rank" DESC, "publishedAt" DESC NULLS LAST, "docId"
       LIMIT ${request.pageSize} OFFSET ${offset}
    )
    SELECT f.facets, d."docType" AS type, d."docId" AS id, d."kind", d."title", d."body", d."url", d."publishedAt"
      FROM (SELECT json_object_agg("kind", n) AS facets FROM (SELECT "kind", count(*)::int AS n FROM m GROUP BY "kind") k) f
      LEFT JOIN (page p JOIN "SearchDocument" d ON d."docType" = p."docType" AND d."docId" = p."docId") ON true
     ORDER BY p."score" DESC, p."rank" DESC, p."publishedAt" DESC NULLS LAST, p."docId"`;
  const facets: Partial<Record<SearchKind, number>> = {};
  for (const [kind, n] of Object.entries(parseJson(rows[0]?.facets) ?? {})) facets[kind as SearchKind] = Number(n);
  const total = request.kind ? (facets[request.kind] ?? 0) : Object.values(facets).reduce((a, b) => a + (b ?? 0), 0);
  return { hits: toHits(rows), total, facets };
}

/**
 * When no word matches at all: the titles closest to the query by trigram similarity (pg_trgm)
 * of their terms (pinyin included), a page at most, marked approximate: mistyped pinyin or English
 * (getigongsanghu, licence).
 */
async function closestTitles(request: SearchRequest, terms: QueryTerm[]): Promise<SearchResponse> {
  // Han words are already matched by their bigrams and their pinyin: a Han query that found
  // nothing shares no pair of characters with any text, and trigrams would not come close either
  // (measured: they cost a scan of the trigram index for nothing). Mistyped pinyin or English does.
  if (!terms.some((t) => /^[a-z]{4,}$/.test(t.text))) return { hits: [], total: 0, facets: {} };
  const text = terms.map((t) => t.alternatives[0].lexemes.map((l) => l.lexeme).join(" ")).join(" ");
  const kindFilter = request.kind ? Prisma.sql`AND "kind" = ${request.kind}` : Prisma.empty;
  const rows = await prisma.$queryRaw<PageRow[]>`
    SELECT NULL AS facets, "docType" AS type, "docId" AS id, "kind", "title", "body", "url", "publishedAt"
      FROM "SearchDocument"
     WHERE ${text} <% "titleTerms" ${kindFilter}
     ORDER BY word_similarity(${text}, "titleTerms") DESC, "publishedAt" DESC NULLS LAST, "docId"
     LIMIT ${request.pageSize}`;
  const hits = request.page === 1 ? toHits(rows) : [];
  return { hits, total: 0, facets: {}, isApproximate: hits.length > 0 };
}
