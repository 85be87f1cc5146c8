// What lib/search passes between the job processor, the backends and the search page.
import { CONTENT_TYPE_LABELS } from "../content/sections";
import type { SearchDocType } from "./enqueue-search-sync";

/** The facets: every ContentType, plus handled complaint cases and produce. */
export const SEARCH_KINDS = [
  "POLICY",
  "NOTICE",
  "SERVICE_GUIDE",
  "WARNING",
  "RURAL_INFO",
  "INVESTMENT_PROJECT",
  "PARK",
  "INCENTIVE",
  "COMPLAINT",
  "PRODUCT",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  ...CONTENT_TYPE_LABELS,
  COMPLAINT: "办理结果",
  PRODUCT: "农产品",
};

/** One public document as the index holds it: plain text only, never HTML. */
export interface SearchDocument {
  type: SearchDocType;
  id: string;
  kind: SearchKind;
  title: string;
  body: string;
  /** The public page (a path on this site). */
  url: string;
  publishedAt: Date | null;
}

export interface SearchRequest {
  query: string;
  kind?: SearchKind;
  page: number;
  pageSize: number;
}

/** A document found, as indexed (the page cuts the snippet around the matches). */
export type SearchHit = SearchDocument;

export interface SearchResponse {
  hits: SearchHit[];
  /** Matches of the query within the chosen kind (all kinds when none is chosen). */
  total: number;
  /** Matches per kind, for the whole query (not narrowed by the chosen kind). */
  facets: Partial<Record<SearchKind, number>>;
  /** Nothing matched: the hits are only the closest titles (a typo no rule could read). */
  isApproximate?: boolean;
}

/** The two implementations: the embedded one in the database, and Meilisearch. */
export interface SearchBackend {
  readonly name: "embedded" | "meilisearch";
  /** Adds or replaces documents (idempotent). Throws when the index could not take them. */
  upsert(docs: SearchDocument[]): Promise<void>;
  /** Removes documents; removing one that is not there is not an error. */
  remove(refs: { type: SearchDocType; id: string }[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Empties the index and (re)applies its settings: the start of `npm run search:reindex`. */
  reset(): Promise<void>;
  /** Sends the index its settings again (after the editors changed the synonyms); none for the embedded one. */
  applySettings?(): Promise<void>;
}
