// The Meilisearch backend (when MEILISEARCH_HOST is set), through the official `meilisearch`
// client. One index, `portal`, holds every kind of document; `kind` is the facet.
//
// Meilisearch segments Chinese itself (charabia) but matches whole words and prefixes only, so
// like the embedded backend each document also carries its Han bigrams (`titleGrams`,
// `bodyGrams`): a query from the middle of a word (老保 in 养老保险) still finds it.
// The query goes through the same reading as the embedded backend's (tokenize.ts queryWords:
// traditional to simplified, homophone typos corrected, question words dropped, years apart; pinyin
// of a known word followed by the word), and documents carry their titles' pinyin, so switching
// MEILISEARCH_HOST on changes speed and scale, not what people find. Meilisearch then requires the
// words with the `frequency` strategy (the most common word is dropped first when too few match)
// and ranks by how many words match (`words`), typos, proximity, then title over body.
// Every write waits for Meilisearch's task to finish and throws when it failed, so the job
// processor keeps the job and retries (an outage never loses an update).
import "server-only";
import { Meilisearch, type Settings } from "meilisearch";
import type { SearchDocType } from "./enqueue-search-sync";
import { refreshSearchSynonyms } from "./load-search-synonyms";
import { meilisearchSynonyms } from "./synonyms";
import { pinyinTerms, QUERY_FILLER_WORDS, queryWords, wordsForPinyin } from "./tokenize";
import { cleanQuery, normalizeText } from "./tokenize";
import { SEARCH_KINDS, type SearchBackend, type SearchDocument, type SearchHit, type SearchKind, type SearchRequest, type SearchResponse } from "./search-types";

export const MEILISEARCH_INDEX = "portal";

export const MEILISEARCH_SETTINGS: Settings = {
  // Order matters: the `attribute` rule ranks a title match above a body-only match.
  searchableAttributes: ["title", "titleGrams", "titlePinyin", "body", "bodyGrams"],
  filterableAttributes: ["kind", "type"],
  sortableAttributes: ["publishedAt"],
  displayedAttributes: ["type", "id", "kind", "title", "body", "url", "publishedAt"],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness", "publishedAt:desc"],
  synonyms: meilisearchSynonyms(),
  // Question and filler words (怎么, 哪里, 需要 ...) neither match nor rank.
  stopWords: [...QUERY_FILLER_WORDS],
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["cmn"] }],
  // Two-character Chinese words are whole words: a typo there changes the meaning.
  typoTolerance: { minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  pagination: { maxTotalHits: 10_000 },
};

/** Bodies beyond this are cut: the snippet and the first pages of a document are what people search. */
const MAX_BODY_CHARS = 20_000;

export interface MeilisearchDocument {
  key: string;
  type: SearchDocType;
  id: string;
  kind: SearchKind;
  title: string;
  titleGrams: string;
  /** The title's pinyin and initials from every character (yingyezhizhao, yyzz). */
  titlePinyin: string;
  body: string;
  bodyGrams: string;
  url: string;
  /** Unix seconds (Meilisearch sorts numbers), null when unknown. */
  publishedAt: number | null;
}

/** Meilisearch ids allow letters, digits, - and _: cuids and our types fit. */
export const documentKey = (type: SearchDocType, id: string) => `${type}-${id}`;

function hanBigrams(text: string): string {
  const out: string[] = [];
  for (const run of normalizeText(text).match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  }
  return out.join(" ");
}

/**
 * What Meilisearch is asked: the words of the query as tokenize.ts reads them (so 低保怎么申请 is
 * `低保 申请`, 營業直照 is `营业执照`), a pinyin word followed by the known words it names (yyzz
 * 营业执照). Empty when nothing is left (only punctuation or filler words: then the cleaned text).
 */
export function meilisearchQuery(query: string): string {
  const words = queryWords(query).flatMap((w) => [w, ...wordsForPinyin(w)]);
  return words.length ? [...new Set(words)].join(" ") : cleanQuery(query);
}

export function toMeilisearchDocument(doc: SearchDocument): MeilisearchDocument {
  const body = doc.body.slice(0, MAX_BODY_CHARS);
  return {
    key: documentKey(doc.type, doc.id),
    type: doc.type,
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    titleGrams: hanBigrams(doc.title),
    titlePinyin: pinyinTerms(doc.title).join(" "),
    body,
    bodyGrams: hanBigrams(body),
    url: doc.url,
    publishedAt: doc.publishedAt ? Math.floor(doc.publishedAt.getTime() / 1000) : null,
  };
}

export function createMeilisearchBackend({
  host,
  apiKey,
  timeoutMs = 10_000,
  indexUid = MEILISEARCH_INDEX,
}: {
  host: string;
  apiKey?: string;
  timeoutMs?: number;
  /** Another index name (the integration test uses its own). */
  indexUid?: string;
}): SearchBackend {
  const client = new Meilisearch({ host, apiKey, timeout: timeoutMs, defaultWaitOptions: { timeout: 60_000, interval: 100 } });
  const index = client.index<MeilisearchDocument>(indexUid);
  let isConfigured = false;

  async function waitFor(task: ReturnType<typeof index.addDocuments>) {
    const done = await task.waitTask();
    if (done.status !== "succeeded") throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? "no detail"}`);
  }

  /** Creates the index with its settings once per process (both are idempotent). */
  async function configure() {
    if (isConfigured) return;
    const created = await client.createIndex(indexUid, { primaryKey: "key" }).waitTask();
    if (created.status !== "succeeded" && created.error?.code !== "index_already_exists") {
      throw new Error(`Meilisearch could not create the index: ${created.error?.message ?? created.status}`);
    }
    await refreshSearchSynonyms();
    await waitFor(index.updateSettings({ ...MEILISEARCH_SETTINGS, synonyms: meilisearchSynonyms() }));
    isConfigured = true;
  }

  async function query(q: string, kind: SearchKind | undefined, page: number, hitsPerPage: number) {
    return index.search(q, {
      filter: kind ? `kind = "${kind}"` : undefined,
      matchingStrategy: "frequency",
      facets: ["kind"],
      page,
      hitsPerPage,
      attributesToRetrieve: ["type", "id", "kind", "title", "body", "url", "publishedAt"],
    });
  }

  return {
    name: "meilisearch",

    async upsert(docs) {
      await configure();
      await waitFor(index.addDocuments(docs.map(toMeilisearchDocument), { primaryKey: "key" }));
    },

    async remove(refs) {
      await configure();
      await waitFor(index.deleteDocuments(refs.map((r) => documentKey(r.type, r.id))));
    },

    async search(request: SearchRequest): Promise<SearchResponse> {
      // The query is read with the same words as the index's settings (the editors' synonyms).
      await refreshSearchSynonyms();
      const q = meilisearchQuery(request.query);
      if (!q) return { hits: [], total: 0, facets: {} };
      const result = await query(q, request.kind, request.page, request.pageSize);
      // With a kind chosen the facet counts must still cover every kind: ask once more without it.
      const all = request.kind ? await query(q, undefined, 1, 0) : result;
      const facets: Partial<Record<SearchKind, number>> = {};
      for (const [kind, n] of Object.entries(all.facetDistribution?.kind ?? {})) {
        if ((SEARCH_KINDS as readonly string[]).includes(kind)) facets[kind as SearchKind] = n;
      }
      const hits: SearchHit[] = result.hits.map((h) => ({
        type: h.type,
        id: h.id,
        kind: h.kind,
        title: h.title,
        body: h.body,
        url: h.url,
        publishedAt: h.publishedAt ? new Date(h.publishedAt * 1000) : null,
      }));
      return { hits, total: result.totalHits ?? hits.length, facets };
    },

    async applySettings() {
      isConfigured = false;
      await configure();
    },

    async reset() {
      isConfigured = false;
      await configure();
      await waitFor(index.deleteAllDocuments());
    },
  };
}
