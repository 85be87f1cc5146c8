// Barcode drawing with bwip-js (SVG for print sheets, PNG for the API). Symbols are memoised by
// content: every label of a batch carries the same QR code and Code 128, so a sheet draws each
// once and places it many times (a naive QR rendering costs about 10 ms a label).
import "server-only";
import bwipjs from "bwip-js/node";

export type Symbology = "qrcode" | "code128" | "gs1-128";

export interface SvgSymbol {
  viewBox: string;
  width: number;
  height: number;
  /** The drawing inside the <svg> element (paths only). */
  body: string;
}

const cache = new Map<string, SvgSymbol>();
const CACHE_LIMIT = 500;

function options(symbology: Symbology, text: string) {
  switch (symbology) {
    case "qrcode":
      // Level M survives a scuffed label; quiet zone drawn by the label layout.
      return { bcid: "qrcode", text, eclevel: "M" };
    case "code128":
      return { bcid: "code128", text, height: 10 };
    case "gs1-128":
      // bwip-js takes the bracketed element string and inserts FNC1 itself.
      return { bcid: "gs1-128", text, height: 10, includetext: true };
  }
}

export function barcodeSvgSymbol(symbology: Symbology, text: string): SvgSymbol {
  const key = `${symbology}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const svg = bwipjs.toSVG(options(symbology, text));
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? "0 0 1 1";
  const [, , width, height] = viewBox.split(/\s+/).map(Number);
  const body = svg.replace(/^[\s\S]*?<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
  const symbol = { viewBox, width, height, body };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, symbol);
  return symbol;
}

export function barcodeSvg(symbology: Symbology, text: string): string {
  const s = barcodeSvgSymbol(symbology, text);
  const pad = symbology === "qrcode" ? 8 : 10;
  const [x, y, w, h] = s.viewBox.split(/\s+/).map(Number);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x - pad} ${y - pad} ${w + 2 * pad} ${h + 2 * pad}" width="${w + 2 * pad}" height="${h + 2 * pad}"><rect x="${x - pad}" y="${y - pad}" width="${w + 2 * pad}" height="${h + 2 * pad}" fill="#fff"/>${s.body}</svg>`;
}

export async function barcodePng(symbology: Symbology, text: string, scale = 4): Promise<Buffer> {
  return bwipjs.toBuffer({ ...options(symbology, text), scale, paddingwidth: 10, paddingheight: 10, backgroundcolor: "FFFFFF" });
}
