// The contract of a usage metric (ARCHITECTURE.md "Vehicles and the usage scorecard"): how each
// unit used the system in a month. A domain adds one file under metrics/ and one line in
// metrics/index.ts; the page, the ranking and the CSV loop over the list and never name a domain.
import type { Tx } from "../db";

export interface UsageContext {
  /** Limit to one unit; all units when omitted. */
  departmentId?: string | null;
  /** First instant of the Beijing month, and of the next month (exclusive). */
  monthStart: Date;
  monthEnd: Date;
  /** "Now" for figures that depend on it (open cases past their deadline); defaults to the call time. */
  now?: Date;
}

/** One unit's figure: a count, or a rate when `denominator` is given (value / denominator). */
export interface UsageFigure {
  departmentId: string;
  value: number;
  denominator?: number;
}

export interface UsageMetric {
  /** Stable key: weights are stored by it ("officers_active", "cases_on_time", "paper_pages", …). */
  key: string;
  label: string;
  /** "rate": value/denominator, shown as a percentage; "count": a number of `unit`. */
  kind: "rate" | "count";
  unit?: string;
  /** Weight in the ranking when the admin has not set one (0 = not ranked). */
  defaultWeight: number;
  /** Shown under the table when the figure is not yet complete (the one allowed placeholder). */
  note?: string;
  compute(db: Tx, ctx: UsageContext): Promise<UsageFigure[]>;
}

export function defineUsageMetric(metric: UsageMetric): UsageMetric {
  return metric;
}
