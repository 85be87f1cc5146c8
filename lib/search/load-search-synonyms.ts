// The synonyms the editors keep in the SearchSynonym table, as the search uses them. Cached per
// process and checked against the 'search-synonyms' settings version (a trigger bumps it on any
// change, lib/settings/versioned-cache.ts): one tiny query per search while nothing changes, and
// an edit made through any instance is used by the next search on every instance.
import "server-only";
import { prisma } from "../db";
import { readSettingsVersion, versionedCache } from "../settings/versioned-cache";
import { activeSynonyms, DEFAULT_SYNONYMS, setActiveSynonyms, type SynonymSet } from "./synonyms";

export interface SynonymRow {
  kind: string;
  term: string | null;
  terms: string[];
}

/** Rows to the set the search uses (an expansion's terms add up when a word has two rows). */
export function synonymSetOf(rows: SynonymRow[]): SynonymSet {
  const groups: string[][] = [];
  const expansions: Record<string, string[]> = {};
  for (const row of rows) {
    if (row.kind === "GROUP") groups.push(row.terms);
    else if (row.kind === "EXPANSION" && row.term) expansions[row.term] = [...new Set([...(expansions[row.term] ?? []), ...row.terms])];
  }
  return { groups, expansions };
}

const cache = versionedCache(async () => {
  const [versionRow, rows] = await prisma.$transaction(
    [
      prisma.settingsVersion.findUnique({ where: { scope: "search-synonyms" }, select: { version: true } }),
      prisma.searchSynonym.findMany({ select: { kind: true, term: true, terms: true }, orderBy: { createdAt: "asc" } }),
    ],
    { isolationLevel: "RepeatableRead" },
  );
  const version = versionRow?.version ?? 0;
  // A database whose list was never written (version still the migration's 1, before the seed)
  // searches with the code list, the same one the seed writes.
  return { version, set: rows.length === 0 && version <= 1 ? DEFAULT_SYNONYMS : synonymSetOf(rows) };
});

/** Makes the database's synonyms the ones in force in this process (reloads only after an edit). */
export async function refreshSearchSynonyms(): Promise<SynonymSet> {
  const { set } = await cache(await readSettingsVersion("search-synonyms"));
  if (activeSynonyms() !== set) setActiveSynonyms(set);
  return set;
}
