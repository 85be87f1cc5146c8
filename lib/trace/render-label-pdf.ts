// The label print sheet as a PDF (A4, the chosen label size), for print shops and label printers
// that take PDF rather than SVG. Same layout as the SVG sheet (render-label.ts); barcodes drawn by
// bwip-js as vector paths, text in a CJK font embedded as a subset (pdfkit + fontkit).
//
// Speed: the label is drawn once into a PDF form XObject and each position is one "Do" of it, so
// 1,000 labels cost one label's drawing and a few bytes per placement (drawing every label took
// about 2.5 s for 1,000 on the development machine). pdfkit has no public form XObject API:
// drawLabelForm points the current page's content stream at the form while the label is drawn.
import "server-only";
import { existsSync, readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { getEnv } from "../env";
import { barcodeSvgSymbol, type SvgSymbol } from "./render-barcode";
import { A4, LABEL_SIZES, MAX_SHEET_LABELS, labelLines, type LabelData, type LabelSize } from "./render-label";
import { formatTraceCode } from "./parse-scanned-code";

const PT_PER_MM = 72 / 25.4;

export class LabelFontError extends Error {
  constructor(
    readonly fontPath: string,
    problem = "找不到字体文件",
  ) {
    super(
      `标签 PDF 需要中文字体，但${problem} ${fontPath}。请安装 Noto CJK 字体（Debian/Ubuntu：apt-get install fonts-noto-cjk），` +
        `或把环境变量 TRACE_LABEL_FONT 设为一个含中文字形的 .ttf/.otf/.ttc 文件（.ttc 另用 TRACE_LABEL_FONT_NAME 指定字体名）。`,
    );
    this.name = "LabelFontError";
  }
}

/** The paths of a bwip-js SVG symbol, with how each is painted. */
export function symbolPaths(symbol: SvgSymbol): { d: string; strokeWidth: number | null }[] {
  return Array.from(symbol.body.matchAll(/<path([^>]*)\sd="([^"]+)"/g)).map(([, attrs, d]) => {
    const stroke = /stroke-width="([\d.]+)"/.exec(attrs);
    return { d, strokeWidth: stroke ? Number(stroke[1]) : null };
  });
}

function drawSymbol(doc: PDFKit.PDFDocument, symbol: SvgSymbol, box: { x: number; y: number; width: number; height: number }) {
  doc.save();
  doc.translate(box.x, box.y).scale(box.width / symbol.width, box.height / symbol.height);
  for (const p of symbolPaths(symbol)) {
    if (p.strokeWidth === null) doc.path(p.d).fill("#000");
    else doc.path(p.d).lineWidth(p.strokeWidth).stroke("#000");
  }
  doc.restore();
}

const FORM_NAME = "TraceLabel";

// The font file (about 20 MB for Noto Sans CJK) is read once per process; pdfkit parses it and
// embeds only the glyphs a sheet uses. Subsetting a CJK font is most of a sheet's time (a few
// hundred ms whatever the number of labels).
let fontFile: { path: string; bytes: Buffer } | null = null;

function loadFont(path: string): Buffer {
  if (fontFile?.path !== path) {
    if (!existsSync(path)) throw new LabelFontError(path);
    fontFile = { path, bytes: readFileSync(path) };
  }
  return fontFile.bytes;
}

interface PageInternals {
  content: PDFKit.PDFKitReference;
  fonts: Record<string, PDFKit.PDFKitReference>;
  xobjects: Record<string, PDFKit.PDFKitReference>;
}

const pageOf = (doc: PDFKit.PDFDocument) => (doc as unknown as { page: PageInternals }).page;

/**
 * Draws with `draw` into a new form XObject instead of the page. The page's content stream is the
 * only sink pdfkit writes drawing operators to, so it is swapped for the form's stream meanwhile;
 * the fonts the drawing used become the form's resources. Coordinates are the page's (top-left
 * origin), with the label at 0,0.
 */
function drawLabelForm(doc: PDFKit.PDFDocument, widthPt: number, heightPt: number, draw: () => void): PDFKit.PDFKitReference {
  const page = pageOf(doc);
  const form = doc.ref({ Type: "XObject", Subtype: "Form", FormType: 1, BBox: [-1, -1, widthPt + 1, heightPt + 1], Resources: {} });
  const pageContent = page.content;
  page.content = form;
  try {
    doc.save();
    draw();
    doc.restore();
  } finally {
    page.content = pageContent;
  }
  (form as unknown as { data: Record<string, unknown> }).data.Resources = { ProcSet: ["PDF", "Text"], Font: { ...page.fonts } };
  (form as unknown as { end(): void }).end();
  return form;
}

/** A sheet of `count` labels as one PDF file. Throws LabelFontError when the CJK font is missing. */
export async function labelSheetPdf(data: LabelData, options: { size: LabelSize; count: number }): Promise<Buffer> {
  const env = getEnv();
  const font = loadFont(env.TRACE_LABEL_FONT);
  const l = LABEL_SIZES[options.size];
  const count = Math.max(1, Math.min(MAX_SHEET_LABELS, Math.floor(options.count)));
  const perPage = l.columns * l.rows;
  const marginX = (A4.width - l.columns * l.width) / 2;
  const marginY = (A4.height - l.rows * l.height) / 2;

  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: `追溯标签 ${formatTraceCode(data.traceCode)}`, Creator: "county-portal" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const isCollection = /\.ttc$/i.test(env.TRACE_LABEL_FONT);
  try {
    doc.registerFont("cjk", font, isCollection ? env.TRACE_LABEL_FONT_NAME : undefined);
  } catch {
    throw new LabelFontError(env.TRACE_LABEL_FONT, `无法读取字体（或 TRACE_LABEL_FONT_NAME=${env.TRACE_LABEL_FONT_NAME} 不在其中）`);
  }

  const qr = barcodeSvgSymbol("qrcode", data.digitalLink);
  const bar = barcodeSvgSymbol("code128", data.traceCode);
  const t = l.text;
  const lines = labelLines(data, options.size);
  const code = formatTraceCode(data.traceCode);

  const widthPt = l.width * PT_PER_MM;
  const heightPt = l.height * PT_PER_MM;
  let form: PDFKit.PDFKitReference | null = null;
  for (let i = 0; i < count; i++) {
    const slot = i % perPage;
    if (slot === 0) {
      doc.addPage({ size: "A4", margin: 0 });
      form ??= drawLabelForm(doc, widthPt, heightPt, () => {
        doc.scale(PT_PER_MM);
        doc.rect(0, 0, l.width, l.height).lineWidth(0.2).dash(1, { space: 1 }).stroke("#bbbbbb").undash();
        drawSymbol(doc, qr, { x: l.qr.x, y: l.qr.y, width: l.qr.size, height: l.qr.size });
        drawSymbol(doc, bar, { x: l.code128.x, y: l.code128.y, width: l.code128.width, height: l.code128.height - t.size - 0.6 });
        doc.font("cjk").fillColor("#000");
        doc.fontSize(t.size * 0.85).text("扫码查询来源", l.qr.x, l.qr.y + l.qr.size + t.size + 0.8, { width: l.qr.size, align: "center", baseline: "alphabetic", lineBreak: false });
        for (const line of lines) doc.fontSize(line.fontSize).text(line.text, t.x, line.y, { baseline: "alphabetic", lineBreak: false });
        doc.fontSize(t.size).text(code, l.code128.x, l.code128.y + l.code128.height, { width: l.code128.width, align: "center", baseline: "alphabetic", lineBreak: false, characterSpacing: 0.3 });
      });
      pageOf(doc).xobjects[FORM_NAME] = form;
    }
    const x = (marginX + (slot % l.columns) * l.width) * PT_PER_MM;
    const y = (marginY + Math.floor(slot / l.columns) * l.height) * PT_PER_MM;
    doc.addContent(`q 1 0 0 1 ${x.toFixed(3)} ${y.toFixed(3)} cm /${FORM_NAME} Do Q`);
  }
  doc.end();
  return done;
}
