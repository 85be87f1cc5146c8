// Segmentation and ranking on realistic titles, through the embedded backend on the test's real
// database (PGlite, or PostgreSQL when DATABASE_URL is set), and the public search on top of it.
import { beforeAll, describe, expect, it } from "vitest";
import { createEmbeddedBackend } from "./embedded-backend";
import { searchPortal, suggestionCandidates } from "./search-portal";
import type { SearchDocument } from "./search-types";

const backend = createEmbeddedBackend();

const doc = (id: string, kind: SearchDocument["kind"], title: string, body: string, day = 1): SearchDocument => ({
  type: "content",
  id,
  kind,
  title,
  body,
  url: `/policies/${id}`,
  publishedAt: new Date(Date.UTC(2026, 0, day)),
});

const DOCS: SearchDocument[] = [
  doc("pension", "SERVICE_GUIDE", "城乡居民养老保险参保登记", "年满16周岁、不在校的城乡居民可在户籍地参保。", 2),
  doc("medical", "NOTICE", "关于做好2027年度城乡居民医保参保缴费工作的通知", "个人缴费每人每年400元。", 3),
  doc("medical-full", "POLICY", "桐川县基本医疗保险门诊共济保障实施细则", "职工基本医疗保险普通门诊费用纳入统筹基金支付。", 4),
  doc("dibao", "POLICY", "桐川县农村居民最低生活保障实施办法", "家庭人均收入低于当地最低生活保障标准的，可以申请。", 5),
  doc("dibao-guide", "SERVICE_GUIDE", "农村低保申请", "向户籍所在地乡镇提出书面申请。", 6),
  // Mentions 养老保险 only in its body; newer than the title match, so only ranking puts it second.
  doc("body-only", "NOTICE", "关于2026年度社会救助资金发放情况的公示", "本次公示包括城乡居民养老保险代缴资金和临时救助资金。", 20),
  doc("license", "SERVICE_GUIDE", "个体工商户设立登记", "经营者办理营业执照，需提交身份证明。", 7),
  doc("orange", "INVESTMENT_PROJECT", "桐川县柑橘精深加工项目", "拟建设年加工柑橘5万吨的果汁、罐头生产线。", 8),
];

beforeAll(async () => {
  await backend.reset();
  await backend.upsert(DOCS);
});

const ids = async (query: string, kind?: SearchDocument["kind"]) =>
  (await backend.search({ query, kind, page: 1, pageSize: 20 })).hits.map((h) => h.id);

describe("embedded search backend", () => {
  it("finds documents by a two-character query: 医保 and 低保, with their official names", async () => {
    const medical = await ids("医保");
    expect(medical).toEqual(expect.arrayContaining(["medical", "medical-full"]));
    expect(medical).not.toContain("pension");
    const dibao = await ids("低保");
    expect(dibao).toEqual(expect.arrayContaining(["dibao", "dibao-guide"]));
    expect(dibao).not.toContain("license");
  });

  it("finds a query in the middle of a word: 保险 and 老保 both find 城乡居民养老保险", async () => {
    expect(await ids("保险")).toContain("pension");
    expect((await ids("老保"))[0]).toBe("pension");
    expect(await ids("乡居民养")).toContain("pension");
  });

  it("ranks a title match above a newer body-only match", async () => {
    const hits = await ids("养老保险");
    expect(hits).toEqual(["pension", "body-only"]);
  });

  it("requires every term when that finds enough, else ranks partial matches by how much they cover", async () => {
    expect((await ids("柑橘 果汁"))[0]).toBe("orange");
    // Nothing has both: documents with either are shown, not an empty page.
    const partial = await ids("柑橘 医保");
    expect(partial).toEqual(expect.arrayContaining(["orange", "medical"]));
    expect(partial).not.toContain("license");
    const result = await backend.search({ query: "申请", kind: "SERVICE_GUIDE", page: 1, pageSize: 10 });
    expect(result.hits.map((h) => h.id)).toEqual(["dibao-guide"]);
    expect(result.total).toBe(1);
    expect(result.facets).toEqual({ SERVICE_GUIDE: 1, POLICY: 1 });
  });

  it("drops question words, and finds traditional characters, pinyin, initials and homophone typos", async () => {
    expect((await ids("低保怎么申请"))[0]).toBe("dibao-guide");
    expect(await ids("去哪里办营业执照")).toContain("license");
    expect((await ids("醫保"))).toEqual(expect.arrayContaining(["medical", "medical-full"]));
    expect((await ids("yibao"))).toContain("medical");
    expect((await ids("dibao"))).toEqual(expect.arrayContaining(["dibao", "dibao-guide"]));
    expect((await ids("gtgsh"))[0]).toBe("license");
    expect((await ids("底保"))).toEqual(expect.arrayContaining(["dibao", "dibao-guide"]));
    expect((await ids("个体工商护"))[0]).toBe("license");
    expect((await ids("2027年医保"))[0]).toBe("medical");
  });

  it("ranks a document covering more of the query first", async () => {
    // 城乡居民 养老保险 缴费: the pension guide has 城乡居民 and 养老保险; the notice 城乡居民 and 缴费.
    const hits = await ids("城乡居民养老保险缴费");
    expect(hits[0]).toBe("pension");
  });

  it("shows the closest titles by trigram similarity, marked approximate, when no word matches", async () => {
    // Mistyped pinyin (getigongsanghu for getigongshanghu) matches no term, not even by prefix.
    const result = await backend.search({ query: "getigongsanghu", page: 1, pageSize: 10 });
    expect(result.isApproximate).toBe(true);
    expect(result.hits[0]?.id).toBe("license");
    expect(result.total).toBe(0);
    // A Han typo that leaves a correct word finds by that word, not approximately.
    const partial = await backend.search({ query: "个体工商尸", page: 1, pageSize: 10 });
    expect(partial.isApproximate).toBeUndefined();
    expect(partial.hits[0]?.id).toBe("license");
  });

  it("pages results", async () => {
    const first = await backend.search({ query: "桐川县", page: 1, pageSize: 2 });
    const second = await backend.search({ query: "桐川县", page: 2, pageSize: 2 });
    expect(first.total).toBe(3);
    expect(first.hits).toHaveLength(2);
    expect(second.hits).toHaveLength(1);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(3);
  });

  it("replaces a document on upsert and forgets it on remove", async () => {
    await backend.upsert([{ ...DOCS[6], title: "个体工商户变更登记" }]);
    expect(await ids("变更")).toEqual(["license"]);
    expect(await ids("设立")).toEqual([]);
    await backend.remove([{ type: "content", id: "license" }]);
    expect(await ids("变更")).toEqual([]);
    await backend.upsert([DOCS[6]]);
  });
});

describe("searchPortal", () => {
  it("highlights the match in the title and the snippet, as text segments", async () => {
    const result = await searchPortal({ params: { q: "老保" }, backend });
    // 老保 is no word: its characters are matched apart, and side by side they are marked as one.
    expect(result.hits[0].titleSegments.filter((s) => s.isMatch).map((s) => s.text)[0]).toBe("老保");
    const found = await searchPortal({ params: { q: "营业执照" }, backend });
    expect(found.hits[0].snippet.find((s) => s.isMatch)?.text).toBe("营业执照");
  });

  it("shows what matches part of the query instead of an empty page", async () => {
    const result = await searchPortal({ params: { q: "柑橘 无人机" }, backend });
    expect(result.hits.map((h) => h.id)).toEqual(["orange"]);
    expect(result.suggestion).toBeNull();
  });

  it("offers the corrected spelling of a homophone typo, with its results already shown", async () => {
    const result = await searchPortal({ params: { q: "营业直照" }, backend });
    expect(result.hits[0].id).toBe("license");
    expect(result.suggestion).toEqual({ query: "营业执照", total: result.total });
    expect(suggestionCandidates("养老保验").slice(0, 2)).toEqual(["养老保", "老保验"]);
  });

  it("says the search is unavailable instead of failing when the backend is down", async () => {
    const down = { ...backend, search: async () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:7700")) };
    const result = await searchPortal({ params: { q: "医保" }, backend: down });
    expect(result).toMatchObject({ isUnavailable: true, total: 0, hits: [] });
  });

  it("suggests nothing when nothing comes close, and ignores a bad type or page", async () => {
    expect((await searchPortal({ params: { q: "量子计算" }, backend })).suggestion).toBeNull();
    const result = await searchPortal({ params: { q: "低保", type: "NOPE", page: "-3" }, backend });
    expect(result.kind).toBeUndefined();
    expect(result.page).toBe(1);
    expect(result.total).toBe(2);
  });
});
