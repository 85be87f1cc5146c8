import bwipjs from "bwip-js/node";
import { describe, expect, it } from "vitest";
import { decodeBarcode } from "./decode-barcode";
import { readGreyPixels } from "../images/read-image";
import { barcodePng } from "./render-barcode";
import { LABEL_SIZES, labelLines, labelSheetSvg, labelTextBox, renderLabelSheet, textWidthEm, type LabelData, type LabelSize } from "./render-label";

const data: LabelData = {
  digitalLink: "http://127.0.0.1:3300/01/06900000000014/10/QX2611A?17=270113",
  traceCode: "202611010013",
  productName: "清溪脐橙",
  producerName: "桐川县清溪柑橘专业合作社",
  origin: "清溪镇桃花村3组果园",
  dates: "采收 2026-11-12 · 保质期至 2027-01-13",
};

describe("labels drawn by bwip-js, read back by @zxing/library", () => {
  it("round-trips the QR code's Digital Link", async () => {
    const image = await readGreyPixels(await barcodePng("qrcode", data.digitalLink));
    expect(decodeBarcode(image)).toBe(data.digitalLink);
  });

  it("round-trips the Code 128 trace code", async () => {
    const image = await readGreyPixels(await barcodePng("code128", data.traceCode, 3));
    expect(decodeBarcode(image)).toBe(data.traceCode);
  });

  it("reads a label with both codes on it (the QR code wins, as on a phone)", async () => {
    // A rough photo: the QR code rendered with a wider margin, rotated a quarter turn.
    const png = await bwipjs.toBuffer({ bcid: "qrcode", text: data.digitalLink, scale: 5, rotate: "R", paddingwidth: 30, paddingheight: 30, backgroundcolor: "FFFFFF" });
    expect(decodeBarcode(await readGreyPixels(png))).toBe(data.digitalLink);
  });

  it("returns null for an image without a code", async () => {
    expect(decodeBarcode({ width: 50, height: 50, luminance: new Uint8ClampedArray(2500).fill(255) })).toBeNull();
  });
});

describe("label sheets", () => {
  it("lays out N labels over A4 pages, drawing the codes once", () => {
    const sheet = renderLabelSheet(data, { size: "70x37", count: 50 });
    expect(sheet.perPage).toBe(24);
    expect(sheet.pages).toHaveLength(3);
    const uses = sheet.pages.join("").match(/href="#tl-label"/g) ?? [];
    expect(uses).toHaveLength(50);
    expect(sheet.defs.match(/<symbol id="tl-qr"/g)).toHaveLength(1);
    expect(sheet.defs).toContain("清溪脐橙");
    expect(sheet.defs).toContain("2026 1101 0013");
    const svg = labelSheetSvg(sheet);
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('height="891mm"');
  });

  it("escapes text from the database", () => {
    const sheet = renderLabelSheet({ ...data, productName: "<script>&" }, { size: "105x74", count: 1 });
    expect(sheet.defs).toContain("&lt;script&gt;&amp;");
    expect(sheet.defs).not.toContain("<script>");
  });
});

describe("label text fits at every size, with the longest values the forms accept", () => {
  // trace.schema.ts: product name 40, producer name 60, town 30 + village 30 characters.
  const longest = {
    digitalLink: "https://trace.example.gov.cn/01/06900000000014/10/ABCDEFGHIJ0123456789?13=261113&17=270113",
    traceCode: "202611010013",
    productName: "清".repeat(40),
    producerName: "溪".repeat(60),
    origin: "镇".repeat(30) + "村".repeat(30),
    dates: "采收 2026-11-12 · 保质期至 2027-01-13",
  };
  for (const size of Object.keys(LABEL_SIZES) as LabelSize[]) {
    it(`${size}: nothing cut, every line inside the text box`, () => {
      for (const data of [longest, { ...longest, productName: "脐橙", producerName: "桃花村合作社", origin: "清溪镇桃花村" }]) {
        const lines = labelLines(data, size);
        const box = labelTextBox(size);
        for (const line of lines) {
          expect(textWidthEm(line.text) * line.fontSize, line.text).toBeLessThanOrEqual(box.right - box.left + 1e-9);
          expect(line.y - line.fontSize).toBeGreaterThanOrEqual(box.top - 1e-9);
          expect(line.y).toBeLessThanOrEqual(box.bottom + 1e-9);
        }
        const all = lines.map((l) => l.text).join("");
        for (const field of [data.productName, data.producerName, `产地：${data.origin}`, "采收 2026-11-12", "保质期至 2027-01-13"]) expect(all).toContain(field);
        expect(all).not.toContain("…");
      }
    });
  }

  it("keeps the usual values at the full font size", () => {
    const lines = labelLines({ ...longest, productName: "清溪脐橙", producerName: "清溪镇桃花村柑橘合作社", origin: "清溪镇桃花村" }, "105x74");
    expect(lines[0].fontSize).toBeCloseTo(LABEL_SIZES["105x74"].text.size * 1.25);
  });
});
