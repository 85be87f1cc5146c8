import { describe, expect, it } from "vitest";
import { highlightSnippet, highlightText } from "./highlight";
import { synonymsOf } from "./synonyms";
import { correctQuery, indexTerms, normalizeText, parseQuery, pinyinTerms, queryWords, termTsquery, titleTermsText, toTsquery, wordsForPinyin } from "./tokenize";

describe("indexTerms", () => {
  it("keeps jieba's search words and adds every Han bigram", () => {
    const terms = indexTerms("城乡居民养老保险参保登记");
    expect(terms).toEqual(expect.arrayContaining(["城乡", "居民", "养老", "保险", "登记"]));
    // Bigrams across word boundaries make the middle of a word findable.
    expect(terms).toEqual(expect.arrayContaining(["老保", "乡居", "民养", "险参"]));
  });

  it("splits Latin letters and digits from Han text and drops punctuation", () => {
    const terms = indexTerms("《桐政发〔2026〕5号》ＧＢ 2763，执行");
    expect(terms).toEqual(expect.arrayContaining(["2026", "5", "gb", "2763", "桐政", "执行"]));
    expect(terms.some((t) => /[《》〔〕，]/.test(t))).toBe(false);
    expect(terms).not.toContain("2026号");
  });
});

describe("parseQuery / toTsquery", () => {
  it("matches a Han word by all of its bigrams, or by its pinyin in a title (a homophone guess)", () => {
    expect(toTsquery(parseQuery("养老保险"))).toBe("((养老 & 老保 & 保险) | (yanglaobaoxian:*))");
    const [term] = parseQuery("养老保险");
    expect(term.alternatives.find((a) => a.isFuzzy)?.text).toBe("yanglaobaoxian");
    expect(termTsquery(term, { exactOnly: true })).toBe("((养老 & 老保 & 保险))");
  });

  it("uses prefixes for one Han character and for Latin words, and weights for title-only", () => {
    expect(toTsquery(parseQuery("桔 GB"))).toBe("((桔:*)) & ((gb:*))");
    expect(toTsquery(parseQuery("医保 GB"), "A")).toBe("((医保:A) | (yibao:*A)) & ((gb:*A))");
  });

  it("ORs every word with its synonyms, not only a whole query", () => {
    expect(toTsquery(parseQuery("低保", synonymsOf))).toBe("((低保) | (最低 & 低生 & 生活 & 活保 & 保障) | (dibao:*))");
    const [cabbage, price] = parseQuery("包菜 价格", synonymsOf);
    expect(cabbage.alternatives.map((a) => a.text)).toContain("甘蓝");
    expect(price.text).toBe("价格");
  });

  it("applies one-way expansions: 社保 finds 医疗保险, 养老保险 does not", () => {
    expect(synonymsOf("社保")).toEqual(expect.arrayContaining(["养老保险", "医疗保险"]));
    expect(synonymsOf("养老保险")).not.toContain("医疗保险");
    expect(synonymsOf("park")).toContain("园区");
  });

  it("drops terms with no letters or digits, so punctuation cannot break the tsquery", () => {
    expect(parseQuery("&|!() ：")).toEqual([]);
    expect(toTsquery(parseQuery("医保&(低保"))).toBe("((医保) | (yibao:*)) & ((低保) | (dibao:*))");
  });

  it("drops question and filler words and splits years from words", () => {
    expect(queryWords("低保怎么申请")).toEqual(["低保", "申请"]);
    expect(queryWords("去哪里办营业执照")).toEqual(["营业执照"]);
    expect(queryWords("办个体户需要什么材料")).toEqual(["个体户", "材料"]);
    expect(queryWords("2027年医保")).toEqual(["2027", "医保"]);
    expect(parseQuery("2027年医保").map((t) => t.weight)).toEqual([0.5, 1]);
  });

  it("reads traditional characters as simplified", () => {
    expect(normalizeText("醫保 營業執照 ＡＢＣ")).toBe("医保 营业执照 abc");
    expect(queryWords("低保申請")).toEqual(["低保", "申请"]);
  });

  it("corrects a homophone typo to a known word, never a real word", () => {
    expect(correctQuery("底保")).toBe("低保");
    expect(correctQuery("营业直照")).toBe("营业执照");
    expect(correctQuery("寒朝预警")).toBe("寒潮预警");
    expect(correctQuery("个体工商护登记")).toBe("个体工商户登记");
    expect(correctQuery("营业执照")).toBe("营业执照");
    expect(correctQuery("保险")).toBe("保险");
  });

  it("reads pinyin and initials of a known word as the word", () => {
    expect(wordsForPinyin("dibao")).toEqual(["低保"]);
    expect(wordsForPinyin("yyzz")).toContain("营业执照");
    expect(parseQuery("yibao", synonymsOf)[0].alternatives.map((a) => a.text)).toEqual(expect.arrayContaining(["yibao", "医保", "医疗保险"]));
    expect(wordsForPinyin("2027")).toEqual([]);
  });
});

describe("pinyinTerms", () => {
  it("gives each title position's full pinyin (up to 4 syllables) and initials (up to 6)", () => {
    const terms = pinyinTerms("個體工商戶營業執照");
    expect(terms).toEqual(expect.arrayContaining(["getigongshang", "gtgshy", "yingyezhizhao", "yyzz", "gongshanghuying"]));
    expect(pinyinTerms("2026 ABC")).toEqual([]);
    expect(titleTermsText("医保")).toBe("医保 医保 yibao yb");
  });
});

describe("highlight", () => {
  const terms = parseQuery("老保", synonymsOf);

  it("marks a match inside a word", () => {
    expect(highlightText("城乡居民养老保险", terms)).toEqual([
      { text: "城乡居民养", isMatch: false },
      { text: "老保", isMatch: true },
      { text: "险", isMatch: false },
    ]);
  });

  it("returns text, never markup: a <script> in a document stays text", () => {
    const segments = highlightText("<script>alert(1)</script>老保", terms);
    expect(segments[0]).toEqual({ text: "<script>alert(1)</script>", isMatch: false });
  });

  it("cuts a snippet around the first match", () => {
    const body = `${"前言".repeat(100)}这里讲养老保险的缴费${"后记".repeat(100)}`;
    const snippet = highlightSnippet(body, terms, 60);
    expect(snippet[0]).toEqual({ text: "…", isMatch: false });
    expect(snippet.find((s) => s.isMatch)?.text).toBe("老保");
    expect(snippet.map((s) => s.text).join("").length).toBeLessThanOrEqual(62);
  });
});
