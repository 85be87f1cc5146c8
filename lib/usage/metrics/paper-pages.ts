// Pages circulated electronically: the paper-saving estimate multiplies it by the admin's per-page
// cost. The count belongs to the documents domain (公文), which does not exist on this branch yet:
// until it replaces this file with its own count, the metric is 0 and the page says so.
import { defineUsageMetric } from "../define-metric";

export const PAPER_PAGES_KEY = "paper_pages";

export const paperPagesMetric = defineUsageMetric({
  key: PAPER_PAGES_KEY,
  label: "电子流转页数",
  kind: "count",
  unit: "页",
  defaultWeight: 0,
  note: "公文模块上线后计入",
  async compute() {
    return [];
  },
});
