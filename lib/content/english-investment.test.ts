// English investor pages (issue 15) and English search (issue 16): editors enter English fields,
// the English view falls back to the Chinese text visibly, and English keywords find the item.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createEmbeddedBackend } from "@/lib/search/embedded-backend";
import { reindexSearch } from "@/lib/search/reindex-search";
import { seedDemoCounty } from "@/lib/seed/seed-demo-county";
import { createOfficer, unique } from "@/test/factories";
import { contentFormValues } from "./content.schema";
import { getInvestmentItemEn, listInvestmentEn, searchInvestmentEn } from "./english-investment";
import { publishContent } from "./publish-content";
import { createContent, updateContent } from "./save-content";

const backend = createEmbeddedBackend();

beforeAll(async () => {
  await seedDemoCounty(prisma);
  await reindexSearch({ backend });
}, 120_000);

const project = (overrides: Record<string, string> = {}) => ({
  type: "INVESTMENT_PROJECT",
  title: unique("桐川县竹制品加工项目"),
  summary: "竹制品精深加工。",
  body: "项目拟建设竹地板生产线。",
  industry: "林产品加工",
  location: "桐川农产品加工园区",
  amount: "约8000万元",
  mode: "独资",
  projectStatus: "招商中",
  contact: "县投资促进中心",
  ...overrides,
});

describe("English fields in the CMS", () => {
  it("saves English title, summary, body and keywords, and gives them back to the form", async () => {
    const { actor } = await createOfficer({ role: "CONTENT_EDITOR" });
    const item = await createContent({
      actor,
      input: project({ titleEn: "Bamboo Products Project", summaryEn: "Bamboo flooring.", bodyEn: "A bamboo **flooring** line.", keywordsEn: "Bamboo Processing, flooring\nwood  products" }),
    });
    expect(item.titleEn).toBe("Bamboo Products Project");
    expect(item.keywordsEn).toEqual(["bamboo processing", "flooring", "wood products"]);
    const values = contentFormValues(item);
    expect(values.keywordsEn).toBe("bamboo processing\nflooring\nwood products");
    expect(values.bodyEn).toBe("A bamboo **flooring** line.");
    // Clearing the English title on an update stores "not translated", not an empty string.
    const updated = await updateContent({ actor, contentId: item.id, expectedVersion: item.version, input: { ...project({ title: item.title }), ...values, titleEn: "  " } });
    expect(updated.titleEn).toBeNull();
  });

  it("refuses keywords that are not English words, with a message beside the field", async () => {
    const { actor } = await createOfficer({ role: "CONTENT_EDITOR" });
    const err = await createContent({ actor, input: project({ keywordsEn: "园区" }) }).then(
      () => null,
      (e) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).fieldErrors?.keywordsEn).toMatch(/英文关键词/);
  });
});

describe("English investment pages", () => {
  it("shows the English text, and the Chinese original flagged where no translation was entered", async () => {
    const { projects, parks, incentives } = await listInvestmentEn();
    const citrus = projects.find((p) => p.slug === "project-fruit-processing")!;
    expect(citrus.title).toEqual({ text: "Tongchuan Citrus Deep-Processing Project", isTranslated: true });
    expect(parks[0].title.isTranslated).toBe(true);
    expect(incentives[0].summary?.isTranslated).toBe(true);

    const tea = await getInvestmentItemEn({ slug: "project-tea-processing" });
    expect(tea.title).toEqual({ text: "Highland Tea Processing Project", isTranslated: true });
    // No English text yet: the Chinese body and summary, never nothing.
    expect(tea.body).toEqual({ text: expect.stringContaining("茶饮料"), isTranslated: false });
    expect(tea.summary?.isTranslated).toBe(false);
    expect(tea.related.map((r) => r.slug)).toContain("park-agri-processing");
  });

  it("keeps drafts and other sections out", async () => {
    const { actor } = await createOfficer({ role: "CONTENT_EDITOR" });
    const draft = await createContent({ actor, input: project({ titleEn: "Draft only" }) });
    await expect(getInvestmentItemEn({ slug: draft.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getInvestmentItemEn({ slug: "rural-minimum-living-allowance-2026" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("English search", () => {
  it("finds projects by their English keywords and titles", async () => {
    const tea = await searchInvestmentEn({ query: "tea processing", backend });
    expect(tea.cards[0]?.slug).toBe("project-tea-processing");
    const park = await searchInvestmentEn({ query: "industrial park", backend });
    expect(park.cards.map((c) => c.slug)).toContain("park-agri-processing");
    const nothing = await searchInvestmentEn({ query: "submarine shipyard", backend });
    expect(nothing.cards).toEqual([]);
  });

  it("indexes the keywords an editor adds when the item is published", async () => {
    const { actor } = await createOfficer({ role: "CONTENT_EDITOR" });
    const item = await createContent({ actor, input: project({ titleEn: "Bamboo Flooring Project", keywordsEn: "bamboo flooring, sustainable timber" }) });
    const published = await publishContent({ actor, contentId: item.id, expectedVersion: item.version, input: {} });
    expect(published.status).toBe("PUBLISHED");
    await reindexSearch({ backend });
    const found = await searchInvestmentEn({ query: "sustainable timber", backend });
    expect(found.cards.map((c) => c.slug)).toContain(item.slug);
    expect(found.cards.find((c) => c.slug === item.slug)?.title.text).toBe("Bamboo Flooring Project");
  });
});
