// Highlights as data, not HTML: a text is returned as segments, and the page wraps the matched
// ones in <mark> with React, which escapes everything. Content never reaches the page as markup.
import { normalizeText, type QueryTerm } from "./tokenize";

export interface TextSegment {
  text: string;
  isMatch: boolean;
}

/** What to mark for a query: each alternative's runs; a Han run not found whole falls back to its bigrams. */
function needlesFor(text: string, terms: QueryTerm[]): string[] {
  const haystack = normalizeText(text);
  const needles: string[] = [];
  for (const term of terms) {
    for (const alt of term.alternatives) {
      const runs = normalizeText(alt.text).match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? [];
      for (const run of runs) {
        if (haystack.includes(run)) needles.push(run);
        else needles.push(...alt.lexemes.filter((l) => !l.isPrefix && haystack.includes(l.lexeme)).map((l) => l.lexeme));
      }
    }
  }
  return needles;
}

function matchRanges(text: string, needles: string[]): [number, number][] {
  // NFKC lower-casing keeps the length of CJK and ASCII text; for anything else the positions
  // could drift, so fall back to the text as it is.
  const normalized = normalizeText(text);
  const haystack = normalized.length === text.length ? normalized : text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function toSegments(text: string, ranges: [number, number][], from = 0, to = text.length): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s > at) segments.push({ text: text.slice(at, s), isMatch: false });
    segments.push({ text: text.slice(s, e), isMatch: true });
    at = e;
  }
  if (at < to) segments.push({ text: text.slice(at, to), isMatch: false });
  return segments;
}

/** The whole text, with the query's matches marked (titles). */
export function highlightText(text: string, terms: QueryTerm[]): TextSegment[] {
  return toSegments(text, matchRanges(text, needlesFor(text, terms)));
}

/** A window of the text around its first match (or its start), with matches marked (snippets). */
export function highlightSnippet(text: string, terms: QueryTerm[], length = 110): TextSegment[] {
  const flat = text.replace(/\s+/g, " ").trim();
  const ranges = matchRanges(flat, needlesFor(flat, terms));
  const first = ranges[0]?.[0] ?? 0;
  const from = Math.max(0, Math.min(first - 25, flat.length - length));
  const to = Math.min(flat.length, from + length);
  const segments = toSegments(flat, ranges, from, to);
  if (from > 0) segments.unshift({ text: "…", isMatch: false });
  if (to < flat.length) segments.push({ text: "…", isMatch: false });
  return segments;
}
