import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeBarcode } from "./decode-barcode";
import { barcodeSvgSymbol } from "./render-barcode";
import type { LabelData } from "./render-label";
import { labelSheetPdf, symbolPaths } from "./render-label-pdf";

const data: LabelData = {
  digitalLink: "http://127.0.0.1:3300/01/06900000000014/10/QX2611A?13=261113&17=270113",
  traceCode: "202611010013",
  productName: "清溪脐橙",
  producerName: "桐川县清溪柑橘专业合作社",
  origin: "清溪镇桃花村3组果园",
  dates: "采收 2026-11-12 · 保质期至 2027-01-13",
};

/** The PDF's streams, inflated (pdfkit compresses every stream). */
function streams(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  return Array.from(text.matchAll(/stream\n([\s\S]*?)\nendstream/g)).map(([, body]) => {
    try {
      return inflateSync(Buffer.from(body, "latin1")).toString("latin1");
    } catch {
      return "";
    }
  });
}

/** Fills SVG path outlines (axis-aligned, nonzero winding, as the PDF fills them) into a grey image. */
function rasterise(paths: { d: string }[], width: number, height: number, pad: number) {
  const edges: { x: number; y1: number; y2: number; dir: number }[] = [];
  for (const { d } of paths) {
    for (const sub of d.split(/Z/i).filter((s) => s.trim())) {
      const points = Array.from(sub.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)).map(([, x, y]) => [Number(x), Number(y)]);
      points.forEach(([x1, y1], i) => {
        const [x2, y2] = points[(i + 1) % points.length];
        if (y1 !== y2) edges.push({ x: x1, y1: Math.min(y1, y2), y2: Math.max(y1, y2), dir: y2 > y1 ? 1 : -1 });
      });
    }
  }
  const w = width + 2 * pad;
  const h = height + 2 * pad;
  const luminance = new Uint8ClampedArray(w * h).fill(255);
  for (let y = 0; y < height; y++) {
    const crossing = edges.filter((e) => e.y1 <= y + 0.5 && y + 0.5 < e.y2);
    for (let x = 0; x < width; x++) {
      const winding = crossing.reduce((sum, e) => (e.x < x + 0.5 ? sum + e.dir : sum), 0);
      if (winding !== 0) luminance[(y + pad) * w + x + pad] = 0;
    }
  }
  return { width: w, height: h, luminance };
}

describe("PDF label sheets", () => {
  it("places N labels over A4 pages, drawing the label once", async () => {
    const pdf = await labelSheetPdf(data, { size: "70x37", count: 50 });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdf.toString("latin1");
    expect(text.match(/\/Type \/Page\n/g)).toHaveLength(3); // 24 a page: 24 + 24 + 2
    expect(text.match(/\/Subtype \/Form/g)).toHaveLength(1);
    const placements = streams(pdf).map((s) => s.match(/\/TraceLabel Do/g)?.length ?? 0);
    expect(placements.filter((n) => n > 0)).toEqual([24, 24, 2]);
    // The CJK font is embedded as a subset, not the 20 MB file.
    expect(text).toMatch(/\/FontFile[23]?/);
    expect(pdf.length).toBeLessThan(400_000);
  });

  it("uses the chosen label size", async () => {
    const pdf = await labelSheetPdf(data, { size: "105x74", count: 9 });
    expect(pdf.toString("latin1").match(/\/Type \/Page\n/g)).toHaveLength(2); // 8 a page
  });

  it("draws a QR code that reads back as the Digital Link", () => {
    // The same paths labelSheetPdf fills, rasterised at one pixel per unit (4 per module).
    const qr = barcodeSvgSymbol("qrcode", data.digitalLink);
    const image = rasterise(symbolPaths(qr), qr.width, qr.height, 16);
    expect(decodeBarcode(image)).toBe(data.digitalLink);
  });

  it("says which font is missing and how to fix it", async () => {
    const { getEnv } = await import("../env");
    const env = getEnv();
    const saved = env.TRACE_LABEL_FONT;
    env.TRACE_LABEL_FONT = "/nonexistent/NotoSansCJK-Regular.ttc";
    try {
      await expect(labelSheetPdf(data, { size: "70x37", count: 1 })).rejects.toThrow(/找不到字体文件 \/nonexistent\/NotoSansCJK-Regular\.ttc.*fonts-noto-cjk.*TRACE_LABEL_FONT/);
    } finally {
      env.TRACE_LABEL_FONT = saved;
    }
  });
});
