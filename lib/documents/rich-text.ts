// The body of a 公文 as rich text that survives a paste from Word (the editor island) or a Word
// import (mammoth), made safe on the server. Nothing of the input is kept as markup: the HTML is
// read into blocks (paragraphs, headings, list items) of text runs (bold, italic, underline), and
// the stored HTML is written again from those blocks with a fixed set of tags and no attributes.
// So whatever arrives (scripts, styles, event handlers, Word's mso markup), only text and these
// tags are stored, and pages render the blocks through React, never the HTML.

export type BlockType = "p" | "h1" | "h2" | "h3" | "h4" | "li";

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface RichBlock {
  type: BlockType;
  /** For list items: which list they belong to. */
  list?: "ul" | "ol";
  runs: TextRun[];
}

/** Bodies longer than this are refused (about 100 pages of text). */
export const MAX_BODY_HTML_CHARS = 400_000;

const DROP_WITH_CONTENT = ["script", "style", "head", "title", "xml", "template", "noscript", "iframe", "object", "svg", "math", "textarea", "select"];
const BLOCKS: Record<string, BlockType> = { p: "p", div: "p", section: "p", article: "p", blockquote: "p", tr: "p", pre: "p", h1: "h1", h2: "h2", h3: "h3", h4: "h4", h5: "h4", h6: "h4", li: "li" };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", mdash: "—", ndash: "–", hellip: "…", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", middot: "·", times: "×" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Reads any HTML into blocks. */
export function parseRichText(html: string): RichBlock[] {
  const source = html
    .toWellFormed()
    .replace(UNSAFE_CHARS, "")
    .replace(/<!--[\s\S]*?(-->|$)/g, "")
    .replace(/<!\[CDATA\[[\s\S]*?(\]\]>|$)/g, "")
    .replace(/<![^>]*>/g, "");
  const blocks: RichBlock[] = [];
  let current: RichBlock | null = null;
  const lists: ("ul" | "ol")[] = [];
  const formats: { tag: string; bold?: boolean; italic?: boolean; underline?: boolean }[] = [];
  let dropUntil: string | null = null;

  const flush = () => {
    if (current && current.runs.some((r) => r.text.trim() !== "")) {
      // Trim the block's edges; keep inner spacing.
      current.runs[0].text = current.runs[0].text.replace(/^\s+/, "");
      const last = current.runs[current.runs.length - 1];
      last.text = last.text.replace(/\s+$/, "");
      current.runs = current.runs.filter((r) => r.text !== "");
      blocks.push(current);
    }
    current = null;
  };
  const open = (type: BlockType) => {
    flush();
    current = { type, runs: [], ...(type === "li" ? { list: lists[lists.length - 1] ?? "ul" } : {}) };
  };
  const addText = (raw: string) => {
    const text = decodeEntities(raw).replace(/[\t\r\n ]+/g, " ");
    if (text === "") return;
    if (!current) {
      if (text.trim() === "") return;
      current = { type: "p", runs: [] };
    }
    const style = { bold: formats.some((f) => f.bold), italic: formats.some((f) => f.italic), underline: formats.some((f) => f.underline) };
    const prev = current.runs[current.runs.length - 1];
    if (prev && !!prev.bold === style.bold && !!prev.italic === style.italic && !!prev.underline === style.underline) prev.text += text;
    else current.runs.push({ text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}), ...(style.underline ? { underline: true } : {}) });
  };

  const token = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)|</g;
  for (let m = token.exec(source); m; m = token.exec(source)) {
    const [, closing, rawName, attrs, text] = m;
    if (text !== undefined || (rawName === undefined && m[0] === "<")) {
      if (!dropUntil) addText(text ?? "<");
      continue;
    }
    const name = rawName.toLowerCase();
    if (dropUntil) {
      if (closing && name === dropUntil) dropUntil = null;
      continue;
    }
    if (!closing && DROP_WITH_CONTENT.includes(name)) {
      if (!/\/\s*$/.test(attrs)) dropUntil = name;
      continue;
    }
    if (name === "br") {
      const was = current as RichBlock | null;
      const type: BlockType = was?.type ?? "p";
      const list: "ul" | "ol" | undefined = was?.list;
      flush();
      current = { type: type === "li" ? "li" : type, runs: [], ...(list ? { list } : {}) };
      continue;
    }
    if (name === "ul" || name === "ol") {
      flush();
      if (closing) lists.pop();
      else lists.push(name);
      continue;
    }
    if (name === "td" || name === "th") {
      if (closing) addText(" ");
      continue;
    }
    const block = BLOCKS[name];
    if (block) {
      if (closing) flush();
      else open(block);
      continue;
    }
    const style = /style\s*=\s*("[^"]*"|'[^']*')/i.exec(attrs)?.[1] ?? "";
    const format =
      name === "b" || name === "strong"
        ? { bold: true }
        : name === "i" || name === "em"
          ? { italic: true }
          : name === "u" || name === "ins"
            ? { underline: true }
            : name === "span" || name === "font"
              ? {
                  ...(/font-weight\s*:\s*(bold|[6-9]00)/i.test(style) ? { bold: true } : {}),
                  ...(/font-style\s*:\s*italic/i.test(style) ? { italic: true } : {}),
                  ...(/text-decoration[^;]*underline/i.test(style) ? { underline: true } : {}),
                }
              : null;
    if (!format) continue; // any other tag: dropped, its text kept
    if (closing) {
      const at = formats.map((f) => f.tag).lastIndexOf(name);
      if (at >= 0) formats.splice(at, 1);
    } else if (!/\/\s*$/.test(attrs)) formats.push({ tag: name, ...format });
  }
  flush();
  return blocks;
}

function runHtml(run: TextRun): string {
  let html = escapeText(run.text);
  if (run.underline) html = `<u>${html}</u>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** Writes blocks as the stored HTML: p, h1–h4, ul/ol/li, strong, em, u; no attributes. */
export function blocksToHtml(blocks: RichBlock[]): string {
  let html = "";
  let list: "ul" | "ol" | null = null;
  for (const b of blocks) {
    const want = b.type === "li" ? (b.list ?? "ul") : null;
    if (list && list !== want) html += `</${list}>`;
    if (want && list !== want) html += `<${want}>`;
    list = want;
    html += `<${b.type}>${b.runs.map(runHtml).join("")}</${b.type}>`;
  }
  if (list) html += `</${list}>`;
  return html;
}

/** The one way rich text is stored: any HTML in, only safe canonical HTML out. */
export function sanitizeDocumentHtml(html: string): string {
  return blocksToHtml(parseRichText(html));
}

/** The body as plain text (one block a line): SMS summaries, search, tests. */
export function richTextToPlain(html: string): string {
  return parseRichText(html)
    .map((b) => b.runs.map((r) => r.text).join(""))
    .join("\n");
}
