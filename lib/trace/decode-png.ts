// A small PNG reader (8-bit grey, grey+alpha, RGB, RGBA; not interlaced) giving luminance, for
// decoding barcodes on the server: the photo-upload fallback without JavaScript and the
// bwip-js → zxing round-trip test. Other images are refused with a message.
import { inflateSync } from "node:zlib";

export class PngError extends Error {}

export interface GreyImage {
  width: number;
  height: number;
  luminance: Uint8ClampedArray;
}

const SIGNATURE = "89504e470d0a1a0a";

export function isPng(buffer: Uint8Array): boolean {
  return Buffer.from(buffer.subarray(0, 8)).toString("hex") === SIGNATURE;
}

export function decodePng(input: Uint8Array): GreyImage {
  const buf = Buffer.from(input);
  if (!isPng(buf)) throw new PngError("not a PNG file");
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString("ascii", offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const bitDepth = data[8];
      colorType = data[9];
      if (bitDepth !== 8 || data[12] !== 0 || ![0, 2, 4, 6].includes(colorType)) throw new PngError("unsupported PNG format");
      if (width * height > 40_000_000) throw new PngError("image too large");
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colorType]!;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels] : 0;
      const b = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[x] = v & 0xff;
    }
    prev = out;
  }
  const luminance = new Uint8ClampedArray(width * height);
  for (let i = 0; i < width * height; i++) {
    const p = i * channels;
    let lum = channels >= 3 ? (pixels[p] * 299 + pixels[p + 1] * 587 + pixels[p + 2] * 114) / 1000 : pixels[p];
    const alpha = channels === 4 ? pixels[p + 3] : channels === 2 ? pixels[p + 1] : 255;
    // Transparent pixels count as white paper.
    lum = (lum * alpha + 255 * (255 - alpha)) / 255;
    luminance[i] = lum;
  }
  return { width, height, luminance };
}
