// The deadline sweeper moved to the supervision engine (lib/supervision/sweep-supervision.ts),
// which sweeps every registered kind; complaints are its first kind (kinds/complaint.ts).
import "server-only";
import { sweepAllDeadlines, sweepSupervision, type SweepResult } from "../supervision/sweep-supervision";

export type { SweepResult };

/** One sweep of every kind (complaints included). */
export function sweepDeadlines(options: { now?: Date; limit?: number } = {}): Promise<SweepResult> {
  return sweepSupervision(options);
}

export const sweepComplaintDeadlines = sweepAllDeadlines;
