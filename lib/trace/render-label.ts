// Batch labels: a QR code holding the Digital Link, a Code 128 of the trace code, and the
// product, producer, origin and dates in text. A print sheet places N copies on A4 pages.
import "server-only";
import { barcodeSvgSymbol } from "./render-barcode";
import { formatTraceCode } from "./parse-scanned-code";

export interface LabelData {
  digitalLink: string;
  traceCode: string;
  productName: string;
  producerName: string;
  origin: string;
  /** Already formatted, e.g. "采收 2026-11-12 · 保质期至 2027-01-13". */
  dates: string;
}

interface LabelLayout {
  label: string;
  width: number;
  height: number;
  columns: number;
  rows: number;
  qr: { x: number; y: number; size: number };
  /** Where the text column starts (x, mm) and its largest font size (mm); y is kept for callers. */
  text: { x: number; y: number; size: number };
  code128: { x: number; y: number; width: number; height: number };
}

// Sizes of common A4 label stock (mm). Columns × label width and rows × height fit in 210 × 297.
export const LABEL_SIZES = {
  "70x37": {
    label: "70 × 37 毫米（每页24枚）",
    width: 70,
    height: 37,
    columns: 3,
    rows: 8,
    qr: { x: 2, y: 2.5, size: 22 },
    text: { x: 26, y: 5.5, size: 2.4 },
    code128: { x: 26, y: 22, width: 40, height: 8 },
  },
  "105x74": {
    label: "105 × 74 毫米（每页8枚）",
    width: 105,
    height: 74,
    columns: 2,
    rows: 4,
    qr: { x: 4, y: 5, size: 40 },
    text: { x: 48, y: 10, size: 3.6 },
    code128: { x: 48, y: 45, width: 52, height: 14 },
  },
} satisfies Record<string, LabelLayout>;

export type LabelSize = keyof typeof LABEL_SIZES;
export const A4 = { width: 210, height: 297 };
export const MAX_SHEET_LABELS = 5000;

const FONT = `font-family="'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif"`;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

// Text is never cut: each field wraps onto as many lines as it needs, and the text block shrinks
// until it fits between the top of the label and the barcode. Widths are estimated per character
// (CJK and full-width characters one em, others 0.6 em: wider than the digits and Latin letters of
// the CJK fonts we name), so the estimate errs on the side of fitting.
const MIN_FONT_MM = 1.2;
const RIGHT_MARGIN_MM = 1.5;

/** Estimated width in em of a string in a CJK sans font. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u3000-\u303F\u{20000}-\u{3FFFD}]/u.test(ch) ? 1 : 0.6;
  return em;
}

function wrap(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of Array.from(text)) {
    if (line && textWidthEm(line + ch) > maxEm) {
      lines.push(line);
      line = ch.trim() ? ch : "";
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** The label's fields in print order, dates one per line. */
function labelFields(data: LabelData) {
  return [
    { text: data.productName, isBold: true, scale: 1.25 },
    { text: data.producerName, isBold: false, scale: 1 },
    { text: `产地：${data.origin}`, isBold: false, scale: 1 },
    ...data.dates
      .split(" · ")
      .filter(Boolean)
      .map((d) => ({ text: d, isBold: false, scale: 0.9 })),
  ];
}

/** Where the text may go: from the text's x to the right margin, from the top to above the barcode. */
export function labelTextBox(size: LabelSize) {
  const l: LabelLayout = LABEL_SIZES[size];
  return { left: l.text.x, right: l.width - RIGHT_MARGIN_MM, top: l.qr.y, bottom: l.code128.y - 0.6 };
}

/** The label's text lines beside the QR code (mm; y is the baseline), shared by the SVG and PDF sheets. */
export function labelLines(data: LabelData, size: LabelSize): { text: string; y: number; fontSize: number; isBold: boolean }[] {
  const t = LABEL_SIZES[size].text;
  const box = labelTextBox(size);
  const fields = labelFields(data);
  const layout = (base: number) => {
    const out: { text: string; y: number; fontSize: number; isBold: boolean }[] = [];
    let y = box.top;
    for (const f of fields) {
      const fontSize = base * f.scale;
      for (const text of wrap(f.text, (box.right - box.left) / fontSize)) {
        y += fontSize * (out.length ? 1.3 : 1);
        out.push({ text, y, fontSize, isBold: f.isBold });
      }
    }
    return out;
  };
  let base = t.size;
  let lines = layout(base);
  while ((lines.at(-1)?.y ?? 0) > box.bottom && base > MIN_FONT_MM) {
    base = Math.max(MIN_FONT_MM, base * 0.95);
    lines = layout(base);
  }
  return lines;
}

/** The label's defs: the two barcodes as <symbol>s and the whole label as one group. */
export function labelDefs(data: LabelData, size: LabelSize, idPrefix = "tl"): string {
  const l: LabelLayout = LABEL_SIZES[size];
  const qr = barcodeSvgSymbol("qrcode", data.digitalLink);
  const bar = barcodeSvgSymbol("code128", data.traceCode);
  const t = l.text;
  const textEls = labelLines(data, size)
    .map((line) => `<text x="${t.x}" y="${line.y.toFixed(2)}" font-size="${line.fontSize.toFixed(2)}"${line.isBold ? ' font-weight="bold"' : ""}>${escapeXml(line.text)}</text>`)
    .join("");
  const c = l.code128;
  const barHeight = c.height - t.size - 0.6;
  return [
    `<symbol id="${idPrefix}-qr" viewBox="${qr.viewBox}">${qr.body}</symbol>`,
    `<symbol id="${idPrefix}-bar" viewBox="${bar.viewBox}" preserveAspectRatio="none">${bar.body}</symbol>`,
    `<g id="${idPrefix}-label" ${FONT} fill="#000">`,
    `<rect width="${l.width}" height="${l.height}" fill="#fff" stroke="#bbb" stroke-width="0.2" stroke-dasharray="1 1"/>`,
    `<use href="#${idPrefix}-qr" x="${l.qr.x}" y="${l.qr.y}" width="${l.qr.size}" height="${l.qr.size}"/>`,
    `<text x="${l.qr.x + l.qr.size / 2}" y="${(l.qr.y + l.qr.size + t.size + 0.8).toFixed(2)}" font-size="${(t.size * 0.85).toFixed(2)}" text-anchor="middle">扫码查询来源</text>`,
    textEls,
    `<use href="#${idPrefix}-bar" x="${c.x}" y="${c.y}" width="${c.width}" height="${barHeight.toFixed(2)}"/>`,
    `<text x="${c.x + c.width / 2}" y="${(c.y + c.height).toFixed(2)}" font-size="${t.size.toFixed(2)}" text-anchor="middle" font-family="monospace" letter-spacing="0.3">${formatTraceCode(data.traceCode)}</text>`,
    `</g>`,
  ].join("");
}

export interface LabelSheet {
  size: LabelSize;
  count: number;
  perPage: number;
  /** One <svg> per A4 page; each refers to the defs by id. */
  pages: string[];
  defs: string;
}

/**
 * A sheet of `count` labels on A4 pages. The label is drawn once (defs) and each position is a
 * <use>, so 1,000 labels cost one QR rendering, not a thousand.
 */
export function renderLabelSheet(data: LabelData, options: { size: LabelSize; count: number; idPrefix?: string }): LabelSheet {
  const l: LabelLayout = LABEL_SIZES[options.size];
  const idPrefix = options.idPrefix ?? "tl";
  const count = Math.max(1, Math.min(MAX_SHEET_LABELS, Math.floor(options.count)));
  const perPage = l.columns * l.rows;
  const marginX = (A4.width - l.columns * l.width) / 2;
  const marginY = (A4.height - l.rows * l.height) / 2;
  const pages: string[] = [];
  for (let start = 0; start < count; start += perPage) {
    const uses: string[] = [];
    for (let i = 0; i < Math.min(perPage, count - start); i++) {
      const x = marginX + (i % l.columns) * l.width;
      const y = marginY + Math.floor(i / l.columns) * l.height;
      uses.push(`<use href="#${idPrefix}-label" x="${x.toFixed(2)}" y="${y.toFixed(2)}"/>`);
    }
    pages.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${A4.width}mm" height="${A4.height}mm" viewBox="0 0 ${A4.width} ${A4.height}">${uses.join("")}</svg>`);
  }
  return { size: options.size, count, perPage, pages, defs: labelDefs(data, options.size, idPrefix) };
}

/** The sheet as one standalone SVG file: the A4 pages stacked top to bottom. */
export function labelSheetSvg(sheet: LabelSheet): string {
  const height = A4.height * sheet.pages.length;
  const pages = sheet.pages.map((page, i) => page.replace("<svg ", `<svg y="${i * A4.height}" `).replace(/ width="210mm" height="297mm"/, ` width="${A4.width}" height="${A4.height}"`));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${A4.width}mm" height="${height}mm" viewBox="0 0 ${A4.width} ${height}"><defs>${sheet.defs}</defs>${pages.join("")}</svg>`;
}

/** One label as a standalone SVG (for the label preview and the photo round trip). */
export function labelSvg(data: LabelData, size: LabelSize, scale = 1): string {
  const l: LabelLayout = LABEL_SIZES[size];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${l.width * scale}mm" height="${l.height * scale}mm" viewBox="0 0 ${l.width} ${l.height}"><defs>${labelDefs(data, size)}</defs><use href="#tl-label"/></svg>`;
}
