// What lib/search passes between the job processor, the backends and the search page.
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
  POLICY: "政策文件",
  NOTICE: "通知公告",
  SERVICE_GUIDE: "办事指南",
  WARNING: "预警信息",
  RURAL_INFO: "惠农信息",
  INVESTMENT_PROJECT: "招商项目",
  PARK: "产业园区",
  INCENTIVE: "优惠政策",
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

export interface SearchHit {
  type: SearchDocType;
  id: string;
  kind: SearchKind;
  title: string;
  body: string;
  url: string;
  publishedAt: Date | null;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** Matches of the query within the chosen kind (all kinds when none is chosen). */
  total: number;
  /** Matches per kind, for the whole query (not narrowed by the chosen kind). */
  facets: Partial<Record<SearchKind, number>>;
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
}
