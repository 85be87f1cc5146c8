// The demo content every county sees on first start: each type is there, public and coherent.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { seedDemoCounty } from "@/lib/seed/seed-demo-county";
import { CONTENT_TYPES } from "./content.schema";
import { getPublishedContent, listActiveWarnings, listInvestment, listWarningsPage } from "./public-content";

describe("demo content", () => {
  it("seeds every type, a superseded policy, an active severe warning, and a first version of each", async () => {
    const now = new Date();
    await seedDemoCounty(prisma, { year: 2026, now });
    for (const type of CONTENT_TYPES) expect(await prisma.contentItem.count({ where: { type } }), type).toBeGreaterThan(0);
    const old = await getPublishedContent({ slug: "rural-minimum-living-allowance-2023", types: ["POLICY", "NOTICE"] });
    expect(old.supersededBy?.slug).toBe("rural-minimum-living-allowance-2026");
    const active = await listActiveWarnings(now);
    expect(active[0].warningLevel).toMatch(/RED|ORANGE/);
    const warnings = await listWarningsPage(now);
    expect(warnings.expired.length).toBeGreaterThan(0);
    expect(warnings.rural.map((r) => r.category)).toEqual(expect.arrayContaining(["养老保险", "种植技术", "养殖技术"]));
    const investment = await listInvestment(now);
    expect([investment.projects.length, investment.parks.length, investment.incentives.length].every((n) => n > 0)).toBe(true);
    const guides = await prisma.contentItem.findMany({ where: { type: "SERVICE_GUIDE" }, select: { title: true } });
    expect(guides.map((g) => g.title).join()).toMatch(/医保/);
    expect(guides.map((g) => g.title).join()).toMatch(/最低生活保障|低保/);
    // The 低保 guide links its policy, and the policy page lists the guide back.
    const policy = await getPublishedContent({ slug: "rural-minimum-living-allowance-2026", types: ["POLICY", "NOTICE"] });
    expect(policy.related.map((r) => r.path)).toContain("/guides/guide-rural-minimum-living-allowance");
    const items = await prisma.contentItem.count();
    expect(await prisma.contentVersion.count({ where: { version: 1 } })).toBe(items);
  });
});
