// What every filing needs and admins rarely change: categories with their SLA class and owning
// department, the fallback owner, and the work calendar. Kept per server process and checked
// against the 'complaints' settings version, a counter that database triggers bump on any change
// to those tables (migration 20261124400000). The filing reads the counter in the same query as
// its draft, so an edit committed through any instance is used by the very next filing on every
// instance: no TTL, no stale deadline, and no extra round trip while nothing changes.
import "server-only";
import type { SlaUnit } from "@/generated/prisma/enums";
import { prisma } from "../db";
import type { CalendarOverrides } from "../calendar/work-calendar";
import { readSettingsVersion, versionedCache } from "../settings/versioned-cache";

export interface FilingCategory {
  id: string;
  code: string;
  name: string;
  isActive: boolean;
  isPublic: boolean;
  slaClass: { unit: SlaUnit; amount: number; acceptHours: number };
  department: { id: string; name: string };
}

export interface FilingSettings {
  version: number;
  categories: ReadonlyMap<string, FilingCategory>;
  fallbackOwner: { id: string; name: string } | null;
  /** The whole work calendar (a few hundred rows at most: holidays and make-up days). */
  calendar: CalendarOverrides;
}

async function load(): Promise<FilingSettings> {
  // One snapshot: the version read belongs to exactly the rows read with it.
  const [versionRow, categories, fallbackOwner, days] = await prisma.$transaction(
    [
      prisma.settingsVersion.findUnique({ where: { scope: "complaints" }, select: { version: true } }),
      prisma.complaintCategory.findMany({
        select: {
          id: true,
          code: true,
          name: true,
          isActive: true,
          isPublic: true,
          slaClass: { select: { unit: true, amount: true, acceptHours: true } },
          department: { select: { id: true, name: true } },
        },
      }),
      prisma.department.findFirst({ where: { isFallbackOwner: true }, select: { id: true, name: true }, orderBy: { code: "asc" } }),
      prisma.workCalendarDay.findMany({ select: { date: true, isWorkingDay: true } }),
    ],
    { isolationLevel: "RepeatableRead" },
  );
  return {
    version: versionRow?.version ?? 0,
    categories: new Map(categories.map((c) => [c.id, c])),
    fallbackOwner,
    calendar: new Map(days.map((d) => [d.date.toISOString().slice(0, 10), d.isWorkingDay])),
  };
}

/**
 * The settings at `version`, the counter the caller just read from the database (the cache is
 * lib/settings/versioned-cache.ts, shared with the search synonyms).
 */
export const getFilingSettings: (version: number) => Promise<FilingSettings> = versionedCache(load);

/** Reads the current version (for callers outside the filing query). */
export async function currentSettingsVersion(): Promise<number> {
  return readSettingsVersion("complaints");
}
