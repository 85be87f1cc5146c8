// Makes the mobile office's icons (public/office-icons/) from one SVG with sharp:
// icon-192.png and icon-512.png (rounded square), maskable-512.png (full-bleed background, the
// glyph inside the 80% safe zone of the maskable-icon rule), apple-touch-icon.png (180 px, opaque:
// iOS draws its own corners). Run after changing the design: `npx tsx scripts/generate-office-icons.ts`.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const BRAND = "#163f76"; // Tailwind brand-700 (app/globals.css)
const ACCENT = "#b3261e"; // accent-600
const FONT = "Noto Sans CJK SC, Noto Sans SC, PingFang SC, Microsoft YaHei, sans-serif";

/** The design on a 512 canvas; `glyphScale` shrinks the mark towards the centre. */
function svg({ rounded, glyphScale }: { rounded: boolean; glyphScale: number }): string {
  const r = 150 * glyphScale;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" ${rounded ? 'rx="96"' : ""} fill="${BRAND}"/>
  <circle cx="256" cy="236" r="${r}" fill="${ACCENT}"/>
  <text x="256" y="236" dy="0.35em" text-anchor="middle" font-family="${FONT}" font-size="${190 * glyphScale}" font-weight="700" fill="#fff">办</text>
  <rect x="${256 - 120 * glyphScale}" y="${236 + r + 22 * glyphScale}" width="${240 * glyphScale}" height="${26 * glyphScale}" rx="${13 * glyphScale}" fill="#fff" opacity="0.9"/>
</svg>`;
}

async function main() {
  const out = path.join(process.cwd(), "public", "office-icons");
  await mkdir(out, { recursive: true });
  const plain = Buffer.from(svg({ rounded: true, glyphScale: 1 }));
  const bleed = Buffer.from(svg({ rounded: false, glyphScale: 0.78 }));
  const opaque = Buffer.from(svg({ rounded: false, glyphScale: 0.9 }));
  const png = (input: Buffer, size: number, file: string) =>
    sharp(input, { density: 300 }).resize(size, size).png({ compressionLevel: 9, palette: true }).toFile(path.join(out, file));
  await Promise.all([
    png(plain, 192, "icon-192.png"),
    png(plain, 512, "icon-512.png"),
    png(bleed, 512, "maskable-512.png"),
    png(opaque, 180, "apple-touch-icon.png"),
  ]);
  console.log(`icons written to ${out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
