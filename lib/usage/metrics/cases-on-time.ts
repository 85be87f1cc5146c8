// Cases on time: the supervision scorecard's 按时办结率 (lib/supervision/scorecard.ts reads it from
// getComplaintStats), from the same query (departmentCaseStats), so the two pages always agree.
import { departmentCaseStats } from "../../complaints/complaint-stats";
import { defineUsageMetric } from "../define-metric";

export const casesOnTimeMetric = defineUsageMetric({
  key: "cases_on_time",
  label: "诉求按时办结率",
  kind: "rate",
  defaultWeight: 40,
  async compute(db, { departmentId, monthStart, monthEnd, now }) {
    const stats = await departmentCaseStats(db, { start: monthStart, end: monthEnd, departmentId, now });
    return stats.filter((d) => d.filed > 0).map((d) => ({ departmentId: d.departmentId, value: d.onTimeRate.numerator, denominator: d.onTimeRate.denominator }));
  },
});
