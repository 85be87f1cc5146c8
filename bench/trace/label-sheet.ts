// Label sheet benchmark: time to draw sheets of 1,000 labels with bwip-js (SVG and PDF), against
// naive per-label QR rendering. Run: npx tsx --conditions=react-server bench/trace/label-sheet.ts
// (the react-server condition lets lib modules marked "server-only" load outside Next).
import bwipjs from "bwip-js/node";
import { labelSheetSvg, renderLabelSheet, type LabelData } from "../../lib/trace/render-label";
import { labelSheetPdf } from "../../lib/trace/render-label-pdf";

const label = (i: number): LabelData => ({
  digitalLink: `https://trace.example.gov.cn/01/06900000000014/10/BENCH${i}?13=261113&17=270113`,
  traceCode: "202611010014",
  productName: "清溪脐橙",
  producerName: "桐川县清溪柑橘专业合作社",
  origin: "清溪镇桃花村",
  dates: "采收 2026-11-12 · 保质期至 2027-01-13",
});

async function time(name: string, fn: () => number | Promise<number>) {
  const started = performance.now();
  const bytes = await fn();
  console.log(`${name.padEnd(52)} ${(performance.now() - started).toFixed(0).padStart(6)} ms  ${(bytes / 1024).toFixed(0)} KiB`);
}

// tsx runs this file as CommonJS, so no top-level await.
async function main() {
  console.log(`Node ${process.version}, ${new Date().toISOString()}`);
  await time("1,000 labels, 70x37 (42 A4 pages), cold symbols", () => labelSheetSvg(renderLabelSheet(label(1), { size: "70x37", count: 1000 })).length);
  await time("1,000 labels, 105x74 (125 A4 pages), new batch", () => labelSheetSvg(renderLabelSheet(label(2), { size: "105x74", count: 1000 })).length);
  await time("5,000 labels, 70x37, new batch", () => labelSheetSvg(renderLabelSheet(label(3), { size: "70x37", count: 5000 })).length);
  // PDF: most of a sheet's time is subsetting the CJK font (per sheet, whatever the count); the
  // first sheet in a process also reads and parses the font file.
  await time("PDF: 1,000 labels, 70x37, first PDF (font file read)", async () => (await labelSheetPdf(label(4), { size: "70x37", count: 1000 })).length);
  await time("PDF: 1,000 labels, 70x37, another batch", async () => (await labelSheetPdf(label(5), { size: "70x37", count: 1000 })).length);
  await time("PDF: 1,000 labels, 105x74, another batch", async () => (await labelSheetPdf(label(6), { size: "105x74", count: 1000 })).length);
  await time("PDF: 24 labels (one page), another batch", async () => (await labelSheetPdf(label(7), { size: "70x37", count: 24 })).length);
  await time("naive: 100 QR codes drawn one by one (x10 = 1,000)", () => {
    let n = 0;
    for (let i = 0; i < 100; i++) n += bwipjs.toSVG({ bcid: "qrcode", text: label(1000 + i).digitalLink, eclevel: "M" } as Parameters<typeof bwipjs.toSVG>[0]).length;
    return n;
  });
}

void main();
