// An official document (公文) as PDF in the layout of GB/T 9704-2012 《党政机关公文格式》, drawn
// with pdfkit on the standard's grid: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines of
// 28 characters of 3号 (16 pt) 仿宋 (5.2). Fonts are embedded as subsets (DOCUMENT_FONT_* in
// lib/env.ts, falling back to the CJK label font when a face is not installed).
//
// The text is set line by line on the grid by this file rather than by pdfkit's wrapper, because
// the standard's rules are about the grid: paragraphs indent two characters and justify to the
// type area, no line starts with closing punctuation (a simple 禁则), the seal's position depends on
// the lines above it, and the 版记 sits on the last line of the last page.
import "server-only";
import { existsSync, readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { beijingDate } from "../calendar/work-calendar";
import { getEnv, type TEnv } from "../env";
import { barcodePng } from "../trace/render-barcode";
import type { DocumentBlock, OfficialDocumentLayout } from "./layout";
import { SEAL_DIAMETER_MM } from "./render-seal-image";
import { formatVerificationCode } from "./verification-code";

const MM = 72 / 25.4;

/** GB/T 9704-2012 5.2: page, margins and the type area (版心), in PDF points. */
export const GBT9704 = {
  pageWidth: 210 * MM,
  pageHeight: 297 * MM,
  top: 37 * MM,
  left: 28 * MM,
  width: 156 * MM,
  height: 225 * MM,
  linesPerPage: 22,
  charsPerLine: 28,
} as const;

const TOP = GBT9704.top;
const LEFT = GBT9704.left;
const W = GBT9704.width;
const BOTTOM = GBT9704.top + GBT9704.height;
/** One line of the grid: 225 mm / 22 ≈ 28.95 pt. */
const PITCH = GBT9704.height / GBT9704.linesPerPage;
/** One character of the grid: 156 mm / 28 ≈ 15.79 pt (a 16 pt face set 0.21 pt tight). */
const CHAR = W / GBT9704.charsPerLine;
const SIZE_2 = 22; // 二号
const SIZE_3 = 16; // 三号
const SIZE_4 = 14; // 四号
const RED = "#e60012";
const BLACK = "#000000";

// ---------------------------------------------------------------------------------- fonts ----

type Face = "fangsong" | "xiaobiaosong" | "heiti" | "kaiti";
interface FontFile {
  path: string;
  name?: string;
}

export class DocumentFontError extends Error {
  constructor(readonly fontPath: string) {
    super(
      `公文 PDF 需要中文字体，但找不到字体文件 ${fontPath}。请安装 Noto CJK 字体（Debian/Ubuntu：apt-get install fonts-noto-cjk），` +
        `或把环境变量 DOCUMENT_FONT_FANGSONG（.ttc 另用 DOCUMENT_FONT_FANGSONG_NAME 指定字体名）设为一个含中文字形的仿宋类字体。`,
    );
    this.name = "DocumentFontError";
  }
}

const file = (path: string | undefined, name: string | undefined): FontFile | null =>
  path && existsSync(path) ? { path, name: /\.ttc$/i.test(path) ? name : undefined } : null;

/** Each face the standard names, or the fallback named in lib/env.ts. */
export function resolveDocumentFonts(env: TEnv = getEnv()): Record<Face, FontFile> {
  const label = file(env.TRACE_LABEL_FONT, env.TRACE_LABEL_FONT_NAME);
  const fangsong = file(env.DOCUMENT_FONT_FANGSONG, env.DOCUMENT_FONT_FANGSONG_NAME) ?? label;
  if (!fangsong) throw new DocumentFontError(env.DOCUMENT_FONT_FANGSONG);
  return {
    fangsong,
    xiaobiaosong: file(env.DOCUMENT_FONT_XIAOBIAOSONG, env.DOCUMENT_FONT_XIAOBIAOSONG_NAME) ?? fangsong,
    heiti: file(env.DOCUMENT_FONT_HEITI, env.DOCUMENT_FONT_HEITI_NAME) ?? label ?? fangsong,
    kaiti: file(env.DOCUMENT_FONT_KAITI, env.DOCUMENT_FONT_KAITI_NAME) ?? fangsong,
  };
}

// Font files (about 20 MB each for Noto CJK) are read once per process; pdfkit embeds subsets.
const fontBytes = new Map<string, Buffer>();
function readFont(path: string): Buffer {
  let bytes = fontBytes.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    fontBytes.set(path, bytes);
  }
  return bytes;
}

// ------------------------------------------------------------------------------- text setting --

// 禁则 (line-breaking rules of Chinese typesetting): what may not start or end a line.
const NO_LINE_START = new Set(Array.from("，。、；：？！）》」』】〕〉”’…—·%‰,.;:?!)]}"));
const NO_LINE_END = new Set(Array.from("（《「『【〔〈“‘([{"));

/**
 * Han characters and punctuation one by one; runs of Latin letters and digits stay whole, with a
 * date or number unit after them (2027年, 12号), so a line never breaks inside "2027年".
 */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.,\-_/@:%+#]*[年月日号元]?|\s+|./gsu) ?? [];
}
/** A Latin run longer than this may be broken anywhere (addresses, long numbers). */
const BREAKABLE_RUN = 10;

interface Style {
  font: Face;
  size: number;
  /** Added after each character (negative: set tight to the grid). */
  spacing: number;
  color?: string;
}

const bodyStyle = (font: Face = "fangsong"): Style => ({ font, size: SIZE_3, spacing: CHAR - SIZE_3 });

class Setter {
  readonly doc: PDFKit.PDFDocument;
  /** Top of the next free line on the current page. */
  y = TOP;
  page = 1;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc;
  }

  use(style: Style) {
    this.doc.font(style.font).fontSize(style.size);
  }

  width(text: string, style: Style): number {
    this.use(style);
    const chars = Array.from(text).length;
    return this.doc.widthOfString(text) + style.spacing * chars;
  }

  /** Breaks text into lines: the first `first` wide, the others `rest` wide. */
  breakLines(text: string, style: Style, first: number, rest: number): string[] {
    const lines: string[][] = [];
    let line: string[] = [];
    let used = 0;
    let limit = first;
    const push = () => {
      lines.push(line);
      line = [];
      used = 0;
      limit = rest;
    };
    const queue = tokens(text.replace(/\s+/g, " ").trim());
    while (queue.length) {
      const token = queue.shift()!;
      const w = this.width(token, style);
      if (used + w <= limit + 0.01) {
        if (!(line.length === 0 && token === " ")) {
          line.push(token);
          used += w;
        }
        continue;
      }
      if (line.length === 0 || (Array.from(token).length > BREAKABLE_RUN && limit - used > 2 * style.size)) {
        // A token longer than a line, or a long run (a URL) that would leave a gap: cut it into characters.
        const chars = Array.from(token);
        if (chars.length > 1) {
          queue.unshift(...chars);
          continue;
        }
        line.push(token);
        push();
        continue;
      }
      // 禁则: closing punctuation never starts a line, opening punctuation never ends one; the
      // character before it moves down with it.
      queue.unshift(token);
      if ((NO_LINE_START.has(token[0]) || NO_LINE_END.has(line[line.length - 1].slice(-1))) && line.length > 1) {
        queue.unshift(line.pop()!);
      }
      while (line.length && line[line.length - 1] === " ") line.pop();
      push();
    }
    if (line.length) lines.push(line);
    return lines.map((l) => l.join(""));
  }

  /** Draws one line whose line box starts at `top`; `justify` stretches it to that width. */
  draw(text: string, x: number, top: number, style: Style, opts: { justify?: number; lineHeight?: number } = {}) {
    if (!text) return;
    this.use(style);
    const lineHeight = opts.lineHeight ?? PITCH;
    // Ideographs sit in the em box from 0.88 em above the baseline to 0.12 em below it: centre it.
    const baseline = top + lineHeight / 2 + 0.38 * style.size;
    let spacing = style.spacing;
    const count = Array.from(text).length;
    if (opts.justify && count > 1) {
      const extra = (opts.justify - this.width(text, style)) / (count - 1);
      if (extra > 0 && extra < style.size * 0.6) spacing += extra;
    }
    this.doc.fillColor(style.color ?? BLACK).text(text, x, baseline, { lineBreak: false, baseline: "alphabetic", characterSpacing: spacing });
  }

  newPage() {
    this.doc.addPage({ size: "A4", margin: 0 });
    this.page += 1;
    this.y = TOP;
  }

  /** Lines still free on this page. */
  linesLeft(): number {
    return Math.floor((BOTTOM - this.y + 0.5) / PITCH);
  }

  ensure(lines: number) {
    if (this.linesLeft() < lines) this.newPage();
  }

  /** A paragraph on the grid: first line indented `indent`, later lines at `hang`, justified. */
  paragraph(text: string, style: Style, indent = 2 * CHAR, hang = 0, keepWithNext = 0) {
    const lines = this.breakLines(text, style, W - indent, W - hang);
    lines.forEach((line, i) => {
      this.ensure(i === 0 ? Math.min(lines.length, 1 + keepWithNext) : 1);
      const x = LEFT + (i === 0 ? indent : hang);
      const isLast = i === lines.length - 1;
      this.draw(line, x, this.y, style, { justify: isLast ? undefined : W - (i === 0 ? indent : hang) });
      this.y += PITCH;
    });
  }
}

// ------------------------------------------------------------------------------- the parts ----

/** 2026年11月29日: the 成文日期 in Arabic numerals (GB/T 9704-2012 7.3.5), China time. */
export function documentDateText(date: Date): string {
  const [y, m, d] = beijingDate(date).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

const BLOCK_FACE: Record<DocumentBlock["kind"], Face> = {
  // 7.3.3: 第一层 黑体, 第二层 楷体, 第三层和第四层 仿宋.
  heading1: "heiti",
  heading2: "kaiti",
  heading3: "fangsong",
  heading4: "fangsong",
  paragraph: "fangsong",
};

/** 版头: 密级/紧急程度, 发文机关标志, 发文字号 (and 签发人), the red rule. Returns the rule's y. */
function drawMasthead(s: Setter, layout: OfficialDocumentLayout): number {
  const corner = [layout.secrecy, layout.urgency].filter((v): v is string => !!v);
  corner.forEach((text, i) => s.draw(text, LEFT, TOP + i * PITCH, bodyStyle("heiti")));

  // 7.2.4: the mark's top edge 35 mm below the type area's (上行文: 80 mm), red, 小标宋, centred.
  const isUpward = !!layout.signer;
  const markTop = TOP + (isUpward ? 80 : 35) * MM;
  const chars = Array.from(layout.issuerMark).length || 1;
  const markSize = Math.min(48, (W * 0.96) / (chars * 1.06));
  const markStyle: Style = { font: "xiaobiaosong", size: markSize, spacing: markSize * 0.06, color: RED };
  const markWidth = s.width(layout.issuerMark, markStyle) - markStyle.spacing;
  s.use(markStyle);
  s.doc
    .fillColor(RED)
    .text(layout.issuerMark, LEFT + (W - markWidth) / 2, markTop + 0.88 * markSize, {
      lineBreak: false,
      baseline: "alphabetic",
      characterSpacing: markStyle.spacing,
    });
  const markBottom = markTop + markSize;

  // 7.2.5/7.2.6: the number two lines under the mark, centred; 上行文: number left (空一字) and
  // 签发人 right (空一字) on one line.
  const numberTop = markBottom + 2 * PITCH;
  const style = bodyStyle();
  if (isUpward) {
    s.draw(layout.docNumber, LEFT + CHAR, numberTop, style);
    const label = "签发人：";
    const nameStyle = bodyStyle("kaiti");
    const nameWidth = s.width(layout.signer!, nameStyle);
    const labelWidth = s.width(label, style);
    const right = LEFT + W - CHAR;
    s.draw(label, right - nameWidth - labelWidth, numberTop, style);
    s.draw(layout.signer!, right - nameWidth, numberTop, nameStyle);
  } else {
    const w = s.width(layout.docNumber, style) - style.spacing;
    s.draw(layout.docNumber, LEFT + (W - w) / 2, numberTop, style);
  }
  // 7.2.7: a red rule as wide as the type area, 4 mm under the number.
  const numberBottom = numberTop + PITCH / 2 + 0.38 * SIZE_3 + 0.12 * SIZE_3;
  const ruleY = numberBottom + 4 * MM;
  s.doc.save().moveTo(LEFT, ruleY).lineTo(LEFT + W, ruleY).lineWidth(1.2).strokeColor(RED).stroke().restore();
  return ruleY;
}

/** 7.3.1: the title in 2号 小标宋, two lines under the rule, centred, long titles in balanced lines. */
function drawTitle(s: Setter, title: string, top: number): number {
  const style: Style = { font: "xiaobiaosong", size: SIZE_2, spacing: 0 };
  const lineHeight = SIZE_2 * 1.5;
  const maxWidth = W - 2 * CHAR;
  const total = s.width(title, style);
  const count = Math.max(1, Math.ceil(total / maxWidth));
  // Balanced lines (the standard asks for a symmetrical shape): the narrowest width that still
  // gives the fewest lines.
  let width = Math.min(maxWidth, total / count + SIZE_2 * 0.99);
  let lines = s.breakLines(title, style, width, width);
  while (lines.length > count && width < maxWidth) {
    width = Math.min(maxWidth, width + SIZE_2 / 2);
    lines = s.breakLines(title, style, width, width);
  }
  lines.forEach((line, i) => {
    const w = s.width(line, style);
    s.draw(line, LEFT + (W - w) / 2, top + i * lineHeight, style, { lineHeight });
  });
  return top + lines.length * lineHeight;
}

function drawAttachments(s: Setter, attachments: string[]) {
  if (!attachments.length) return;
  // 7.3.4: one line under the body, indented two characters: "附件：1.名称", later items aligned
  // with the first item's number, wrapped names aligned with the name's first character.
  s.ensure(2);
  s.y += PITCH;
  const style = bodyStyle();
  const label = "附件：";
  const labelX = LEFT + 2 * CHAR;
  const itemX = labelX + s.width(label, style);
  attachments.forEach((name, i) => {
    const number = attachments.length > 1 ? `${i + 1}.` : "";
    const nameX = itemX + (number ? s.width(number, style) : 0);
    const lines = s.breakLines(name.replace(/[。；;，,.]+$/u, ""), style, LEFT + W - nameX, LEFT + W - nameX);
    lines.forEach((line, j) => {
      s.ensure(1);
      if (i === 0 && j === 0) s.draw(label, labelX, s.y, style);
      if (j === 0 && number) s.draw(number, itemX, s.y, style);
      s.draw(line, nameX, s.y, style, { justify: j < lines.length - 1 ? LEFT + W - nameX : undefined });
      s.y += PITCH;
    });
  });
}

interface SealPlacement {
  x: number;
  y: number;
  page: number;
}

/**
 * 7.3.5: 发文机关署名 and 成文日期. With a seal (7.3.5.1): the date four characters from the right,
 * the unit centred over the date, the seal centred on them and pressing both, its top within a
 * line of the text above, so the unit and date sit a little below the seal's centre. Without a
 * seal (7.3.5.2): one line under the text, the unit two characters from the right and the date
 * under it moved two characters right.
 */
function drawSignature(s: Setter, layout: OfficialDocumentLayout, sealed: boolean): SealPlacement | null {
  const style = bodyStyle();
  const date = documentDateText(layout.date);
  const dateWidth = s.width(date, style) - style.spacing;
  const unitWidth = s.width(layout.signingUnit, style) - style.spacing;
  const seal = SEAL_DIAMETER_MM * MM;
  if (sealed) {
    // Four lines and the seal's lower edge (about 4.3 lines from here) must fit on the page.
    if (s.y + 0.2 * PITCH + seal > BOTTOM + 0.5) s.newPage();
    const unitTop = s.y + 2 * PITCH;
    const dateTop = unitTop + PITCH;
    const dateX = LEFT + W - 4 * CHAR - dateWidth;
    const centre = dateX + dateWidth / 2;
    const unitX = Math.min(centre - unitWidth / 2, LEFT + W - unitWidth);
    s.draw(layout.signingUnit, unitX, unitTop, style);
    s.draw(date, dateX, dateTop, style);
    const sealTop = s.y + 0.2 * PITCH;
    s.y = Math.max(dateTop + PITCH, sealTop + seal);
    return { x: centre - seal / 2, y: sealTop, page: s.page };
  }
  s.ensure(3);
  s.y += PITCH;
  let unitX = LEFT + W - 2 * CHAR - unitWidth;
  let dateX = unitX + 2 * CHAR;
  if (dateX + dateWidth > LEFT + W - 2 * CHAR) {
    dateX = LEFT + W - 2 * CHAR - dateWidth;
    unitX = dateX - 2 * CHAR;
  }
  s.draw(layout.signingUnit, unitX, s.y, style);
  s.draw(date, dateX, s.y + PITCH, style);
  s.y += 2 * PITCH;
  return null;
}

/**
 * 7.4: 版记 on the last page: 抄送 and 印发机关/印发日期 in 4号 仿宋, between rules as wide as the
 * type area (first and last 0.35 mm, the middle 0.25 mm), the last rule on the type area's lower
 * edge.
 */
function drawRecordBlock(s: Setter, layout: OfficialDocumentLayout) {
  const style: Style = { font: "fangsong", size: SIZE_4, spacing: 0 };
  const indent = SIZE_4; // 左右各空一字
  const copyLabel = "抄送：";
  const copyLines = layout.copyTo.length
    ? s.breakLines(`${layout.copyTo.join("，")}。`, style, W - 2 * indent - s.width(copyLabel, style), W - 2 * indent - s.width(copyLabel, style))
    : [];
  const rows = copyLines.length + 1;
  let top = BOTTOM - rows * PITCH;
  if (top < s.y) {
    s.newPage();
    top = BOTTOM - rows * PITCH;
  }
  const rule = (y: number, mm: number) =>
    s.doc.save().moveTo(LEFT, y).lineTo(LEFT + W, y).lineWidth(mm * MM).strokeColor(BLACK).stroke().restore();
  rule(top, 0.35);
  copyLines.forEach((line, i) => {
    const y = top + i * PITCH;
    if (i === 0) s.draw(copyLabel, LEFT + indent, y, style);
    s.draw(line, LEFT + indent + s.width(copyLabel, style), y, style);
  });
  if (copyLines.length) rule(top + copyLines.length * PITCH, 0.25);
  const printedTop = BOTTOM - PITCH;
  s.draw(layout.printedBy, LEFT + indent, printedTop, style);
  const printed = `${documentDateText(layout.printedDate)}印发`;
  s.draw(printed, LEFT + W - indent - s.width(printed, style), printedTop, style);
  rule(BOTTOM, 0.35);
}

/** 7.5: "— 1 —" in 4号 under the type area (its dashes 7 mm below it), odd pages right, even left. */
function drawPageNumbers(doc: PDFKit.PDFDocument) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const n = i + 1;
    const text = `— ${n} —`;
    doc.font("fangsong").fontSize(SIZE_4);
    const w = doc.widthOfString(text);
    const x = n % 2 === 1 ? LEFT + W - SIZE_4 - w : LEFT + SIZE_4;
    doc.fillColor(BLACK).text(text, x, BOTTOM + 7 * MM + 0.38 * SIZE_4, { lineBreak: false, baseline: "alphabetic" });
  }
}

/** The QR code to /verify with the code beside it, in the first page's top margin (outside the type area). */
async function drawVerifyMark(doc: PDFKit.PDFDocument, verifyUrl: string, code: string | undefined) {
  const size = 17 * MM;
  const x = LEFT + W - size;
  const y = 11 * MM;
  const png = await barcodePng("qrcode", verifyUrl, 4);
  doc.image(png, x, y, { width: size, height: size });
  const lines = ["电子公文核验", code ? `验证码 ${formatVerificationCode(code)}` : "", `扫码或访问 ${verifyUrl.replace(/\?.*$/, "")}`].filter(Boolean);
  doc.font("fangsong").fontSize(7).fillColor("#333333");
  lines.forEach((line, i) => {
    const w = doc.widthOfString(line);
    doc.text(line, x - 2 * MM - w, y + size / 2 - (lines.length * 9) / 2 + i * 9 + 7, { lineBreak: false, baseline: "alphabetic" });
  });
}

/** A light diagonal word across each page (样张 on specimens). */
function drawWatermark(doc: PDFKit.PDFDocument, text: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.save();
    doc.rotate(-35, { origin: [GBT9704.pageWidth / 2, GBT9704.pageHeight / 2] });
    doc.font("heiti").fontSize(120).fillColor("#000000").fillOpacity(0.07);
    const w = doc.widthOfString(text);
    doc.text(text, (GBT9704.pageWidth - w) / 2, GBT9704.pageHeight / 2 + 40, { lineBreak: false, baseline: "alphabetic" });
    doc.restore();
  }
}

/** Presses the seal: multiply blending, so the black text under the red ink stays legible. */
function drawSeal(doc: PDFKit.PDFDocument, png: Buffer, at: SealPlacement) {
  doc.switchToPage(at.page - 1);
  const internals = doc as unknown as {
    ref(data: object): PDFKit.PDFKitReference & { end(): void };
    page: { ext_gstates: Record<string, unknown> };
  };
  const gs = internals.ref({ Type: "ExtGState", BM: "Multiply" });
  gs.end();
  doc.save();
  internals.page.ext_gstates.GsSeal = gs;
  doc.addContent("/GsSeal gs");
  const d = SEAL_DIAMETER_MM * MM;
  doc.image(png, at.x, at.y, { width: d, height: d });
  doc.restore();
}

// ------------------------------------------------------------------------------- the entry ----

/** The seal pressed on the date: the unit's round red image (PNG with transparency). */
export interface PdfSeal {
  png: Buffer;
}

export interface RenderOfficialDocumentOptions {
  seal?: PdfSeal;
  /** Printed as a QR code (with the code beside it) in the first page's margin. */
  verifyUrl?: string;
  /** The verification code printed beside the QR code. */
  verificationCode?: string;
  /** A light diagonal word over every page (样张). */
  watermark?: string;
  /** The PDF's creation date (default now). */
  createdAt?: Date;
  /** Told the number of pages once the layout is done. */
  onPageCount?: (pages: number) => void;
}

export async function renderOfficialDocumentPdf(
  layout: OfficialDocumentLayout,
  opts: RenderOfficialDocumentOptions = {},
): Promise<Buffer> {
  const fonts = resolveDocumentFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    bufferPages: true,
    info: {
      Title: layout.title,
      Author: layout.signingUnit,
      Subject: layout.docNumber,
      Creator: "county-portal lib/seals (GB/T 9704-2012)",
      CreationDate: opts.createdAt ?? new Date(),
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  for (const [face, f] of Object.entries(fonts)) doc.registerFont(face, readFont(f.path), f.name);

  const s = new Setter(doc);
  const ruleY = drawMasthead(s, layout);
  const titleBottom = drawTitle(s, layout.title, ruleY + 2 * PITCH);
  // 7.3.2: 主送机关 one line under the title, flush left, ending with a full-width colon.
  s.y = titleBottom + PITCH;
  const style = bodyStyle();
  if (layout.mainRecipients.length) s.paragraph(`${layout.mainRecipients.join("、")}：`, style, 0, 0);
  for (const block of layout.body) {
    const isHeading = block.kind !== "paragraph";
    s.paragraph(block.text, bodyStyle(BLOCK_FACE[block.kind]), 2 * CHAR, 0, isHeading ? 1 : 0);
  }
  drawAttachments(s, layout.attachments);
  const sealAt = drawSignature(s, layout, !!opts.seal);
  drawRecordBlock(s, layout);

  if (opts.watermark) drawWatermark(doc, opts.watermark);
  if (opts.seal && sealAt) drawSeal(doc, opts.seal.png, sealAt);
  drawPageNumbers(doc);
  opts.onPageCount?.(doc.bufferedPageRange().count);
  if (opts.verifyUrl) {
    doc.switchToPage(0);
    await drawVerifyMark(doc, opts.verifyUrl, opts.verificationCode);
  }
  doc.end();
  return done;
}
