// Meilisearch when MEILISEARCH_HOST is set, the embedded backend in the database otherwise.
import "server-only";
import type { TEnv } from "../env";
import { getEnv } from "../env";
import { createEmbeddedBackend } from "./embedded-backend";
import { createMeilisearchBackend } from "./meilisearch-backend";
import type { SearchBackend } from "./search-types";

const store = globalThis as unknown as { __portalSearchBackend?: SearchBackend };

export function selectSearchBackend({ env = getEnv() }: { env?: Pick<TEnv, "MEILISEARCH_HOST" | "MEILISEARCH_API_KEY"> } = {}): SearchBackend {
  return env.MEILISEARCH_HOST
    ? createMeilisearchBackend({ host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY })
    : createEmbeddedBackend();
}

/** The process's backend (one Meilisearch client, configured once). */
export function searchBackend(): SearchBackend {
  return (store.__portalSearchBackend ??= selectSearchBackend());
}
