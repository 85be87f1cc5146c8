// The round red seal drawn from the unit's name (not a copied picture): a red ring, the name set
// along the upper arc in a Song face, a five-pointed star in the centre and optional text under
// it, as official seals of administrative organs are cut (国务院《关于国家行政机关和企业事业单位
// 社会团体印章管理的规定》: round, star in the centre, the name around it, Song characters).
// Drawn as SVG in units of 0.1 mm for a 42 mm seal, rasterised by sharp (librsvg) to a PNG with
// transparency, so it can be pressed over text in the PDF.
import sharp from "sharp";

export const SEAL_DIAMETER_MM = 42;
export const SEAL_RED = "#d9001b";
const SIZE = SEAL_DIAMETER_MM * 10; // SVG units: 0.1 mm
const C = SIZE / 2;
const RING_WIDTH = 14;
const RING_RADIUS = C - 4 - RING_WIDTH / 2;
const FONT = "'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', SimSun, serif";

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function starPath(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.382; // the regular pentagram's inner radius ratio
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + r * Math.cos(a)).toFixed(2)},${(cy + r * Math.sin(a)).toFixed(2)}`);
  }
  return `M${points.join("L")}Z`;
}

export interface SealImageInput {
  /** The unit's full name, set along the upper arc. */
  name: string;
  /** Optional horizontal text under the star (e.g. 公文专用章). */
  bottomText?: string | null;
}

export function sealSvg({ name, bottomText }: SealImageInput): string {
  const chars = Array.from(name.replace(/\s+/g, ""));
  const n = Math.max(chars.length, 1);
  const fontSize = n <= 12 ? 66 : n <= 16 ? 58 : 50;
  // The glyphs' tops stay a little inside the ring; their baselines face the centre.
  const topRadius = RING_RADIUS - RING_WIDTH / 2 - 10;
  const baselineRadius = topRadius - fontSize * 0.86;
  const midRadius = baselineRadius + fontSize * 0.45;
  const naturalStep = (fontSize * 1.04) / midRadius; // radians per character at its own width
  const maxSpan = (250 * Math.PI) / 180;
  const minSpan = ((n >= 5 ? 200 : 120) * Math.PI) / 180;
  let step = naturalStep;
  let squeeze = 1;
  if (n * step > maxSpan) {
    step = maxSpan / n;
    squeeze = step / naturalStep;
  } else if (n > 1 && n * step < minSpan) {
    step = Math.min(minSpan / (n - 1), naturalStep * 1.6);
  }
  const span = step * (n - 1);
  const glyphs = chars
    .map((ch, i) => {
      const deg = ((-span / 2 + i * step) * 180) / Math.PI;
      return (
        `<g transform="rotate(${deg.toFixed(3)} ${C} ${C})">` +
        `<text x="0" y="0" transform="translate(${C} ${(C - baselineRadius).toFixed(2)}) scale(${squeeze.toFixed(3)} 1)" ` +
        `text-anchor="middle" font-size="${fontSize}">${escapeXml(ch)}</text></g>`
      );
    })
    .join("");
  const bottom = bottomText?.trim()
    ? `<text x="${C}" y="${C + 118}" text-anchor="middle" font-size="38">${escapeXml(bottomText.trim())}</text>`
    : "";
  const starY = C + (bottom ? -4 : 6);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">` +
    `<g fill="${SEAL_RED}" font-family="${FONT}" font-weight="bold">` +
    `<circle cx="${C}" cy="${C}" r="${RING_RADIUS}" fill="none" stroke="${SEAL_RED}" stroke-width="${RING_WIDTH}"/>` +
    glyphs +
    `<path d="${starPath(C, starY, 70)}"/>` +
    bottom +
    `</g></svg>`
  );
}

/** The seal as a square PNG with transparency, `pixels` wide (about 600 dpi at 42 mm by default). */
export async function renderSealPng(input: SealImageInput, pixels = 1000): Promise<Buffer> {
  const svg = Buffer.from(sealSvg(input));
  return sharp(svg, { density: (72 * pixels) / SIZE })
    .resize(pixels, pixels)
    .png({ compressionLevel: 9 })
    .toBuffer();
}
