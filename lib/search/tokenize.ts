// Terms for the index and for queries, shared by both backends.
//
// Text first goes through normalizeText: full-width to ASCII, lower case, traditional characters
// to simplified (opencc-js), so 醫保 and 医保, ＡＢＣ and abc are one term.
//
// Index terms of Han text are of two kinds, because a dictionary segmenter splits the same phrase
// differently in a document and in a short query (养老保险 may be one word in a title and 养老 +
// 保险 in a query, and nobody's segmenter finds 老保 inside 养老保险):
//   - the words of jieba's search segmentation (@node-rs/jieba, cutForSearch: 个体工商户 gives 个体,
//     工商, 商户, 工商户), which give whole-word matches; Latin letters and digits are their own terms;
//   - the overlapping character bigrams of every Han run (养老保险 → 养老 老保 保险), which make any
//     two or more consecutive characters findable wherever they stand in a word.
// Titles also get pinyin terms (pinyin-pro): from every character, the full pinyin of up to four
// syllables (yingyezhizhao) and the initials of up to six (yyzz), so pinyin and initials typed by
// prefix find a title, and so does a homophone typo (营业直照 reads yingyezhizhao too).
//
// A query is read as words (jieba, without guessing unknown words): question and filler words
// (怎么, 哪里, 需要 ...) are dropped, years and numbers are split from words, a word that sounds
// like a known word but is not a word itself is corrected to it (底保 → 低保), pinyin and initials
// of a known word are read as it (yyzz → 营业执照), and each word is ORed with its synonyms.
// How the words combine (all required, or ranked by how many match) is the backend's business.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";
import { onSynonymsChange, vocabulary } from "./synonyms";

const HAN = /\p{Script=Han}/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
// Runs of Han characters, or of other letters and digits. Everything else separates terms, so a
// term is only letters and digits: safe inside a tsquery and split the same way by PostgreSQL.
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const LATIN_OR_DIGITS = /^[\p{L}\p{N}]+$/u;

const jieba = Jieba.withDict(dict);
// The search vocabulary (synonyms, service names) are words, whatever the general dictionary says.
jieba.loadDict(Buffer.from(vocabulary().filter((w) => HAN_ONLY.test(w)).map((w) => `${w} 100000`).join("\n")));

// "tw" covers the standard traditional characters and Taiwan's variants.
const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });

/** Full-width forms to ASCII, lower case, traditional to simplified: 醫保 ＡＢＣ → 医保 abc. */
export function normalizeText(text: string): string {
  const lower = text.normalize("NFKC").toLowerCase();
  return HAN.test(lower) ? toSimplified(lower) : lower;
}

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** The syllables of a Han run without tones, ü as v (lexemes are plain letters). */
function syllablesOf(run: string): string[] {
  return pinyin(run, { toneType: "none", type: "array", v: true }).map((s) => s.replace(/[^a-z]/g, ""));
}

/** The full pinyin of a Han word, without tones or spaces: 营业执照 → yingyezhizhao. */
export function pinyinOf(word: string): string {
  return syllablesOf(word).join("");
}

/** The initials of a Han word: 营业执照 → yyzz. */
export function initialsOf(word: string): string {
  return syllablesOf(word)
    .map((s) => s[0] ?? "")
    .join("");
}

/** The index terms of a text: jieba words, Latin and digit runs, then Han bigrams. Repeats are kept (they rank). */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  const grams: string[] = [];
  for (const run of normalizeText(text).match(RUNS) ?? []) {
    if (!HAN.test(run)) {
      terms.push(run);
      continue;
    }
    terms.push(...jieba.cutForSearch(run, true).filter((w) => HAN_ONLY.test(w)));
    grams.push(...bigrams(run));
  }
  return [...terms, ...grams];
}

const MAX_PINYIN_SYLLABLES = 4;
const MAX_INITIALS = 6;

/** Pinyin terms of a title: from each character, full pinyin of up to 4 syllables and initials of up to 6. */
export function pinyinTerms(text: string): string[] {
  const out = new Set<string>();
  for (const run of normalizeText(text).match(/\p{Script=Han}+/gu) ?? []) {
    const syllables = syllablesOf(run);
    for (let i = 0; i + 1 < syllables.length; i++) {
      out.add(syllables.slice(i, i + MAX_PINYIN_SYLLABLES).join(""));
      out.add(
        syllables
          .slice(i, i + MAX_INITIALS)
          .map((s) => s[0] ?? "")
          .join(""),
      );
    }
  }
  return [...out].filter((t) => t.length >= 2);
}

/** Terms as the space-separated text the `tsv` column is generated from. */
export function indexTermsText(text: string): string {
  return indexTerms(text).join(" ");
}

/** A title's terms with its pinyin terms (the title column of the index). */
export function titleTermsText(title: string): string {
  return [...indexTerms(title), ...pinyinTerms(title)].join(" ");
}

/** One lexeme of a query: exact, or a prefix (a single Han character, a Latin or digit word, pinyin). */
export interface QueryLexeme {
  lexeme: string;
  isPrefix: boolean;
}

export interface QueryAlternative {
  text: string;
  lexemes: QueryLexeme[];
  /** A guess (the pinyin of a Han word, matching homophones in titles), ranked below a real match. */
  isFuzzy: boolean;
}

/**
 * One word of the query with its alternatives (itself, its synonyms, what its pinyin names). A
 * document matches the word when it has every lexeme of one alternative.
 */
export interface QueryTerm {
  text: string;
  /** How much the word says: a long word more than one character or a year. */
  weight: number;
  alternatives: QueryAlternative[];
}

export const MAX_QUERY_TERMS = 8;
export const MAX_QUERY_LENGTH = 64;

/**
 * Question and filler words: they say how a person asks, not what they look for, so a query
 * neither needs nor ranks by them (低保怎么申请 is 低保 申请).
 */
export const QUERY_FILLER_WORDS: ReadonlySet<string> = new Set([
  "怎么", "怎么样", "怎样", "怎么办", "如何", "咋", "咋办", "啥", "什么", "什么样", "什么时候", "哪里", "哪儿", "哪些", "哪个",
  "在哪", "在哪里", "去哪", "去哪里", "到哪", "到哪里", "多少", "多少钱", "几", "几个", "需要", "要", "想", "想要", "请问", "一下",
  "能", "能不能", "可以", "可不可以", "有没有", "是否", "吗", "呢", "吧", "啊", "呀", "了", "的", "地", "得", "是", "有", "在", "去",
  "到", "和", "与", "及", "或", "给", "把", "被", "我", "我们", "你", "您", "他", "她", "太", "很", "都", "也", "还", "就", "又",
  "办", "办理", "弄", "搞", "一个", "一年", "每年", "年", "年度", "月", "日", "号", "关于", "相关", "有关",
]);

function lexemesOf(text: string): QueryLexeme[] {
  const out: QueryLexeme[] = [];
  for (const run of text.match(RUNS) ?? []) {
    if (!HAN.test(run)) out.push({ lexeme: run, isPrefix: true });
    else if (Array.from(run).length === 1) out.push({ lexeme: run, isPrefix: true });
    else for (const gram of bigrams(run)) out.push({ lexeme: gram, isPrefix: false });
  }
  // The same bigram twice (保险保险) adds nothing to an AND.
  const seen = new Set<string>();
  return out.filter((l) => (seen.has(l.lexeme) ? false : (seen.add(l.lexeme), true)));
}

/** The cleaned query text: normalized, trimmed, at most MAX_QUERY_LENGTH characters. */
export function cleanQuery(query: string): string {
  return Array.from(normalizeText(query).replace(/\s+/g, " ").trim()).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

// The vocabulary by sound and by initials, for typos and pinyin.
let byPinyin: Map<string, string[]> | null = null;
let byInitials: Map<string, string[]> | null = null;
function soundIndex() {
  if (!byPinyin || !byInitials) {
    byPinyin = new Map();
    byInitials = new Map();
    for (const word of vocabulary().filter((w) => HAN_ONLY.test(w))) {
      const full = pinyinOf(word);
      byPinyin.set(full, [...(byPinyin.get(full) ?? []), word]);
      if (Array.from(word).length >= 2) {
        const initials = initialsOf(word);
        byInitials.set(initials, [...(byInitials.get(initials) ?? []), word]);
      }
    }
  }
  return { byPinyin, byInitials };
}

const vocabularySet = new Set(vocabulary());
// Words the editors add (lib/search/load-search-synonyms.ts) become words of the dictionary too,
// so 洋芋 is read as one word and finds its synonyms.
onSynonymsChange((words) => {
  const fresh = words.filter((w) => !vocabularySet.has(w));
  if (fresh.length === 0) return;
  for (const w of fresh) vocabularySet.add(w);
  const han = fresh.filter((w) => HAN_ONLY.test(w));
  if (han.length) jieba.loadDict(Buffer.from(han.map((w) => `${w} 100000`).join("\n")));
  byPinyin = null;
  byInitials = null;
});
const isDictionaryWord = (s: string) => vocabularySet.has(s) || jieba.cut(s, false).length === 1;

/**
 * Corrects homophone typos in a Han run: a stretch of 2 to 6 characters that is not a word but
 * sounds exactly like a vocabulary word becomes that word (底保 → 低保, 营业直照 → 营业执照).
 */
export function correctHanRun(run: string): string {
  const chars = Array.from(run);
  const syllables = syllablesOf(run);
  if (syllables.length !== chars.length) return run;
  const { byPinyin } = soundIndex();
  let out = "";
  let i = 0;
  while (i < chars.length) {
    let replaced = false;
    for (let len = Math.min(6, chars.length - i); len >= 2; len--) {
      const piece = chars.slice(i, i + len).join("");
      if (vocabularySet.has(piece)) break;
      const candidates = byPinyin.get(syllables.slice(i, i + len).join(""))?.filter((w) => w !== piece && Array.from(w).length === len);
      if (candidates?.length && !isDictionaryWord(piece)) {
        out += candidates[0];
        i += len;
        replaced = true;
        break;
      }
    }
    if (!replaced) out += chars[i++];
  }
  return out;
}

/** The query with homophone typos corrected, or the same text when there were none. */
export function correctQuery(query: string): string {
  return cleanQuery(query).replace(/\p{Script=Han}+/gu, (run) => correctHanRun(run));
}

/** The words of a query: typos corrected, segmented, filler words dropped, numbers apart. */
export function queryWords(query: string): string[] {
  const words: string[] = [];
  for (const run of correctQuery(query).match(RUNS) ?? []) {
    if (!HAN.test(run)) words.push(run);
    else words.push(...jieba.cut(run, false).filter((w) => HAN_ONLY.test(w) && !QUERY_FILLER_WORDS.has(w)));
  }
  return [...new Set(words)];
}

/** Vocabulary words a Latin word names by full pinyin or initials (dibao → 低保, yyzz → 营业执照). */
export function wordsForPinyin(latin: string): string[] {
  if (!/^[a-z]{2,}$/.test(latin)) return [];
  const { byPinyin, byInitials } = soundIndex();
  return [...new Set([...(byPinyin.get(latin) ?? []), ...(latin.length >= 3 ? (byInitials.get(latin) ?? []) : [])])];
}

function weightOf(word: string): number {
  if (HAN.test(word)) return Math.min(Array.from(word).length, 4) / 2;
  return /^\d+$/.test(word) ? 0.5 : 1;
}

/** Parses what the person typed; words without any letter or digit are dropped. */
export function parseQuery(query: string, synonymsOf: (term: string) => string[] = () => []): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const word of queryWords(query)) {
    const lexemes = lexemesOf(word);
    if (lexemes.length === 0) continue;
    const alternatives: QueryAlternative[] = [{ text: word, lexemes, isFuzzy: false }];
    const add = (text: string, isFuzzy: boolean) => {
      const normalized = normalizeText(text);
      if (alternatives.some((a) => a.text === normalized)) return;
      const l = lexemesOf(normalized);
      if (l.length) alternatives.push({ text: normalized, lexemes: l, isFuzzy });
    };
    for (const synonym of synonymsOf(word)) add(synonym, false);
    if (LATIN_OR_DIGITS.test(word) && !HAN.test(word)) {
      for (const named of wordsForPinyin(word)) {
        add(named, false);
        for (const synonym of synonymsOf(named)) add(synonym, false);
      }
    }
    const chars = Array.from(word);
    if (HAN_ONLY.test(word) && chars.length >= 2 && chars.length <= MAX_PINYIN_SYLLABLES) {
      const sound = pinyinOf(word);
      if (sound) alternatives.push({ text: sound, lexemes: [{ lexeme: sound, isPrefix: true }], isFuzzy: true });
    }
    terms.push({ text: word, weight: weightOf(word), alternatives });
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

/** The tsquery of one word: any of its alternatives (only the real ones with `exactOnly`). */
export function termTsquery(term: QueryTerm, { weight, exactOnly = false }: { weight?: "A"; exactOnly?: boolean } = {}): string {
  const suffix = (l: QueryLexeme) => (l.isPrefix || weight ? `:${l.isPrefix ? "*" : ""}${weight ?? ""}` : "");
  const alternatives = term.alternatives.filter((a) => !exactOnly || !a.isFuzzy);
  return `(${alternatives.map((alt) => `(${alt.lexemes.map((l) => `${l.lexeme}${suffix(l)}`).join(" & ")})`).join(" | ")})`;
}

/**
 * The tsquery text (for `to_tsquery('simple', ...)`): every word must match (`all`, the default)
 * or any of them (`any`), each by one of its alternatives. With `weight`, lexemes only match that
 * weight (A = the title).
 */
export function toTsquery(terms: QueryTerm[], weight?: "A", mode: "all" | "any" = "all"): string {
  return terms.map((term) => termTsquery(term, { weight })).join(mode === "all" ? " & " : " | ");
}
