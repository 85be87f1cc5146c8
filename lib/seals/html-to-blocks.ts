// Turns rich text (the editor's sanitised HTML or mammoth's conversion of a Word file) into the
// plain blocks of a 公文 body. Tags are dropped, never rendered: only the text and the block
// boundaries survive. Lists and table rows become paragraphs (table cells separated by a
// full-width space), line breaks split paragraphs.
//
// Heading levels follow the numbering the text carries (GB/T 9704-2012 7.3.3: 一、 （一） 1. （1）),
// because drafters number by hand and Word's heading styles are used inconsistently; an <h1>-<h4>
// without such numbering keeps its tag's level. A long numbered paragraph ("（一）标题。正文……")
// stays a paragraph, so its text is not set in the heading face.
import type { DocumentBlock } from "./layout";

const BLOCK_TAGS = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "blockquote", "pre", "section", "article", "header",
  "footer", "table", "thead", "tbody", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "hr", "address",
]);
const SKIP_CONTENT = new Set(["script", "style", "head", "title", "template", "noscript", "svg", "math"]);
const CELL_TAGS = new Set(["td", "th"]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ",
  ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", hellip: "…", mdash: "—", ndash: "–", middot: "·", times: "×",
  divide: "÷", deg: "°", plusmn: "±", copy: "©", reg: "®", yen: "¥",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const CN_NUM = "[一二三四五六七八九十百零〇]+";
const LEVELS: { kind: DocumentBlock["kind"]; pattern: RegExp }[] = [
  { kind: "heading1", pattern: new RegExp(`^${CN_NUM}、`) },
  { kind: "heading2", pattern: new RegExp(`^[（(]${CN_NUM}[）)]`) },
  { kind: "heading3", pattern: /^\d{1,2}[.．](?!\d)/ },
  { kind: "heading4", pattern: /^[（(]\d{1,2}[）)]/ },
];
/** Longer than this, numbered text is a paragraph that starts with its number. */
const HEADING_MAX_CHARS = 40;

function classify(text: string, tag: string | null): DocumentBlock["kind"] {
  const numbered = LEVELS.find((l) => l.pattern.test(text));
  const short = Array.from(text).length <= HEADING_MAX_CHARS;
  if (numbered) return short ? numbered.kind : "paragraph";
  if (tag && /^h[1-4]$/.test(tag) && short) return `heading${tag[1]}` as DocumentBlock["kind"];
  return "paragraph";
}

export function htmlToDocumentBlocks(html: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let text = "";
  let blockTag: string | null = null;
  let skipDepth = 0;
  let skipTag = "";
  const lists: { ordered: boolean; n: number }[] = [];
  let listPrefix = "";
  let cellCount = 0;

  const flush = () => {
    // A list item's number waits for its text (<li><p>text</p></li>).
    if (!text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, "")) {
      text = "";
      cellCount = 0;
      return;
    }
    const clean = (listPrefix + text)
      .replace(/[\u200b\ufeff]/g, "")
      .replace(/[ \t\r\n\f\u00a0]+/g, " ")
      .replace(/\u3000+$/u, "")
      .trim()
      // Indentation typed as spaces or full-width spaces: the layout indents paragraphs itself.
      .replace(/^[\u3000 ]+/u, "");
    if (clean) blocks.push({ kind: classify(clean, blockTag), text: clean });
    text = "";
    listPrefix = "";
    blockTag = null;
    cellCount = 0;
  };

  const tokens = html.match(/<!--[\s\S]*?-->|<\/?[a-zA-Z][a-zA-Z0-9]*\b(?:[^>"']|"[^"]*"|'[^']*')*>|<|[^<]+/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith("<!--")) continue;
    const tagMatch = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(token);
    if (!tagMatch) {
      if (!skipDepth) text += decodeEntities(token);
      continue;
    }
    const closing = tagMatch[1] === "/";
    const tag = tagMatch[2].toLowerCase();
    if (skipDepth) {
      if (tag === skipTag) skipDepth += closing ? -1 : token.endsWith("/>") ? 0 : 1;
      continue;
    }
    if (SKIP_CONTENT.has(tag) && !closing && !token.endsWith("/>")) {
      skipDepth = 1;
      skipTag = tag;
      continue;
    }
    if (tag === "br") {
      flush();
      continue;
    }
    if (CELL_TAGS.has(tag)) {
      if (!closing && cellCount++ > 0) text += "\u3000";
      continue;
    }
    if (!BLOCK_TAGS.has(tag)) continue; // inline: strong, em, span, a, img, sup, …
    if (closing) {
      flush();
      if (tag === "ul" || tag === "ol") lists.pop();
      continue;
    }
    flush();
    if (tag === "ul" || tag === "ol") lists.push({ ordered: tag === "ol", n: 0 });
    if (tag === "li") {
      const list = lists[lists.length - 1];
      if (list?.ordered) listPrefix = `${++list.n}.`;
    }
    blockTag = tag;
  }
  flush();
  // An ordered item whose text already carries a number keeps only its own.
  return blocks.map((b) => {
    const doubled = /^\d+\.((?:[一二三四五六七八九十]+、|[（(]|\d+[.．]).*)$/su.exec(b.text);
    return doubled ? { kind: classify(doubled[1], null), text: doubled[1] } : b;
  });
}
