// Reads a QR code or Code 128 from an image on the server with @zxing/library (the same decoder
// the browser uses through @zxing/browser). The two readers are asked directly: the
// MultiFormatReader also tries formats we never print and logs each miss.
//
// zxing's QR detector sometimes takes a run of data modules for the third finder pattern and
// gives up on a perfectly sharp code (zxing/zxing#1763): about one Digital Link label in sixteen
// here, at any size. Sampling the same picture at another size moves that false candidate, so a
// miss is tried again at a few other sizes (RETRY_FACTORS), and at last as an image of nothing
// but the code (PURE_BARCODE). components/trace/code-scanner.tsx does the same in the browser.
import zxing from "@zxing/library";
import type { GreyImage } from "../images/read-image";

const { BinaryBitmap, Code128Reader, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } = zxing;

/** Other sizes to look again at, most often helpful first (measured on generated labels). */
export const RETRY_FACTORS = [0.8, 1.5, 2 / 3, 0.5, 1.25];

/** Pixels up to which an image is also tried enlarged. */
const MAX_RETRY_PIXELS = 6_000_000;

function readOnce(image: GreyImage, pure = false): string | null {
  const hints = new Map<zxing.DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);
  if (pure) hints.set(DecodeHintType.PURE_BARCODE, true);
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.luminance, image.width, image.height)));
  for (const reader of pure ? [new QRCodeReader()] : [new QRCodeReader(), new Code128Reader()]) {
    try {
      return reader.decode(bitmap, hints).getText();
    } catch {
      // not this format; try the next
    }
  }
  return null;
}

/** The image resampled by `factor` (bilinear), for a second look at another size. */
export function resampleGrey(image: GreyImage, factor: number): GreyImage {
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  const out = new Uint8ClampedArray(width * height);
  const src = image.luminance;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(image.height - 1, Math.max(0, (y + 0.5) / factor - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(image.height - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(image.width - 1, Math.max(0, (x + 0.5) / factor - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(image.width - 1, x0 + 1);
      const fx = sx - x0;
      const top = src[y0 * image.width + x0] * (1 - fx) + src[y0 * image.width + x1] * fx;
      const bottom = src[y1 * image.width + x0] * (1 - fx) + src[y1 * image.width + x1] * fx;
      out[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width, height, luminance: out };
}

/** The text of a QR code (tried first, as phones do) or a Code 128 in the image, or null. */
export function decodeBarcode(image: GreyImage): string | null {
  const first = readOnce(image);
  if (first !== null) return first;
  for (const factor of RETRY_FACTORS) {
    if (image.width * image.height * factor * factor > MAX_RETRY_PIXELS) continue;
    const text = readOnce(resampleGrey(image, factor));
    if (text !== null) return text;
  }
  return readOnce(image, true);
}
