// The query set (search-eval-queries.json) over the demo county, through the public search on the
// embedded backend: the expected page must be in the first five for at least 95% of the queries.
// The per-kind table is printed; bench/search/search-eval.mts prints it for every backend.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../db";
import { seedDemoCounty } from "../seed/seed-demo-county";
import { createEmbeddedBackend } from "./embedded-backend";
import { evaluateSearch, formatEvalSummary } from "./evaluate-search";
import { reindexSearch } from "./reindex-search";

const backend = createEmbeddedBackend();

beforeAll(async () => {
  await seedDemoCounty(prisma);
  await reindexSearch({ backend });
}, 120_000);

describe("search quality over the demo county", () => {
  it("finds the expected page in the top 5 for at least 95% of the queries people type", async () => {
    const summary = await evaluateSearch({ backend });
    console.log(`${formatEvalSummary(summary)}\nmissed:\n${summary.results.filter((r) => !r.rank).map((r) => `  [${r.query.kind}] ${r.query.q} → ${r.top.join(" | ") || "(nothing)"}`).join("\n")}`);
    expect(summary.found / summary.total).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
