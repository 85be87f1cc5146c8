import { describe, expect, it } from "vitest";
import { highlightSnippet, highlightText } from "./highlight";
import { synonymsOf } from "./synonyms";
import { indexTerms, parseQuery, toTsquery } from "./tokenize";

describe("indexTerms", () => {
  it("keeps the segmenter's words and adds every Han bigram", () => {
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
  it("matches a Han run by all of its bigrams, so 老保 needs only 老保", () => {
    expect(toTsquery(parseQuery("养老保险"))).toBe("((养老 & 老保 & 保险))");
    expect(toTsquery(parseQuery("老保"))).toBe("((老保))");
  });

  it("uses prefixes for one Han character and for Latin words, and weights for title-only", () => {
    expect(toTsquery(parseQuery("桔 GB"))).toBe("((桔:*)) & ((gb:*))");
    expect(toTsquery(parseQuery("医保 GB"), "A")).toBe("((医保:A)) & ((gb:*A))");
  });

  it("ORs a term with its synonyms", () => {
    expect(toTsquery(parseQuery("低保", synonymsOf))).toBe("((低保) | (最低 & 低生 & 生活 & 活保 & 保障))");
  });

  it("drops terms with no letters or digits, so punctuation cannot break the tsquery", () => {
    expect(parseQuery("&|!() ：")).toEqual([]);
    expect(toTsquery(parseQuery("医保&(低保"))).toBe("((医保 & 低保))");
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
