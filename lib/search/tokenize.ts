// Chinese has no spaces between words, and a dictionary segmenter splits the same phrase
// differently in a document and in a short query (养老保险 may be one word in a title and
// 养老 + 保险 in a query, and nobody's segmenter finds 老保 inside 养老保险). So the index holds
// two kinds of term for Han text:
//   - the words of Intl.Segmenter('zh', { granularity: 'word' }), which give whole-word matches
//     (and for Latin letters and digits, the only terms);
//   - the overlapping character bigrams of every Han run (养老保险 → 养老 老保 保险), which make
//     any two or more consecutive characters findable wherever they stand in a word.
// A query is matched on bigrams (all of a run's bigrams must be present), a one-character query
// by prefix on the bigrams, and Latin or digit words by prefix.
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

const HAN = /\p{Script=Han}/u;
// Runs of Han characters, or of other letters and digits. Everything else separates terms, so a
// term is only letters and digits: safe inside a tsquery and split the same way by PostgreSQL.
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/** Full-width forms to ASCII, lower case: ＡＢＣ１２ and abc12 are one term. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** The index terms of a text: segmenter words, then Han bigrams. Repeats are kept (they rank). */
export function indexTerms(text: string): string[] {
  const normalized = normalizeText(text);
  const terms: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(normalized)) {
    if (!isWordLike) continue;
    for (const run of segment.match(RUNS) ?? []) terms.push(run);
  }
  for (const run of normalized.match(RUNS) ?? []) {
    if (HAN.test(run)) terms.push(...bigrams(run));
  }
  return terms;
}

/** Terms as the space-separated text the `tsv` column is generated from. */
export function indexTermsText(text: string): string {
  return indexTerms(text).join(" ");
}

/** One lexeme of a query: exact, or a prefix (a single Han character, a Latin or digit word). */
export interface QueryLexeme {
  lexeme: string;
  isPrefix: boolean;
}

/**
 * One term the person typed (split on spaces), with its alternatives (itself and its synonyms).
 * A document matches the term when it has every lexeme of one alternative.
 */
export interface QueryTerm {
  text: string;
  alternatives: { text: string; lexemes: QueryLexeme[] }[];
}

export const MAX_QUERY_TERMS = 8;
export const MAX_QUERY_LENGTH = 64;

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

/** Parses what the person typed; terms without any letter or digit are dropped. */
export function parseQuery(query: string, synonymsOf: (term: string) => string[] = () => []): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const text of cleanQuery(query).split(" ")) {
    const lexemes = lexemesOf(text);
    if (lexemes.length === 0) continue;
    const key = (text.match(RUNS) ?? []).join("");
    const alternatives = [{ text, lexemes }];
    for (const synonym of synonymsOf(key)) alternatives.push({ text: synonym, lexemes: lexemesOf(normalizeText(synonym)) });
    terms.push({ text, alternatives });
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

/**
 * The tsquery text (for `to_tsquery('simple', ...)`): every term must match, each by one of its
 * alternatives. With `weight`, lexemes only match that weight (A = the title).
 */
export function toTsquery(terms: QueryTerm[], weight?: "A"): string {
  const suffix = (l: QueryLexeme) => (l.isPrefix || weight ? `:${l.isPrefix ? "*" : ""}${weight ?? ""}` : "");
  return terms
    .map((term) => `(${term.alternatives.map((alt) => `(${alt.lexemes.map((l) => `${l.lexeme}${suffix(l)}`).join(" & ")})`).join(" | ")})`)
    .join(" & ");
}
