// The counterfeit warning (DESIGN.md "Produce traceability"): a genuine label is scanned by the
// few people who buy that box; a copied code turns up in many hands and many places. The
// thresholds are settings (lib/env.ts), not constants, because a county knows its own markets.
export interface ScanStats {
  total: number;
  firstAt: Date | null;
  /** Lookups within the window. */
  recent: number;
  /** Distinct places (networks) within the window. */
  recentPlaces: number;
}

export interface ScanThresholds {
  windowHours: number;
  maxLookups: number;
  maxPlaces: number;
}

export type ScanWarning = { isSuspicious: false } | { isSuspicious: true; reasons: ("OFTEN" | "MANY_PLACES")[] };

export function assessScans(stats: ScanStats, thresholds: ScanThresholds): ScanWarning {
  const reasons: ("OFTEN" | "MANY_PLACES")[] = [];
  if (stats.recent > thresholds.maxLookups) reasons.push("OFTEN");
  if (stats.recentPlaces > thresholds.maxPlaces) reasons.push("MANY_PLACES");
  return reasons.length ? { isSuspicious: true, reasons } : { isSuspicious: false };
}
