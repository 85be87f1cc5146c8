// A per-process cache of settings that editors rarely change, checked against a SettingsVersion
// counter that database triggers bump on any change to the settings' tables (one row per scope:
// 'complaints', 'search-synonyms'). A caller reads the counter (one tiny query, or inside a query
// it makes anyway) and gets the settings of exactly that version: an edit committed through any
// instance is used at the next call on every instance, with no TTL and no reload while nothing
// changes. Equality, not "at least": a database restored under a running process may count from
// anywhere.
import "server-only";
import { prisma } from "../db";

export type SettingsScope = "complaints" | "search-synonyms";

/** The counter of `scope` now (0 when its row is missing). */
export async function readSettingsVersion(scope: SettingsScope): Promise<number> {
  const row = await prisma.settingsVersion.findUnique({ where: { scope }, select: { version: true } });
  return row?.version ?? 0;
}

/**
 * Wraps a loader that reads the settings and the version they belong to in one snapshot. The
 * returned function gives the settings at `version`, loading them again only when it moved.
 */
export function versionedCache<T extends { version: number }>(load: () => Promise<T>): (version: number) => Promise<T> {
  let cached: Promise<T> | null = null;
  return async (version) => {
    const current = cached ? await cached.catch(() => null) : null;
    if (current && current.version === version) return current;
    const next = load();
    cached = next;
    try {
      return await next;
    } catch (err) {
      if (cached === next) cached = null;
      throw err;
    }
  };
}
