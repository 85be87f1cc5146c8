// Every uploaded image is read here, with sharp (libvips), never by hand: the trace page's photo
// of a label (decoded to grey pixels for zxing) and the photos and pictures people upload
// (complaint photos, content images), which are stored only as a cleaned copy.
//
// Limits, so that a hostile file costs little: the bytes are capped by the caller (5–10 MB), the
// pixel count by `limitInputPixels` (checked from the header before any pixel is decoded, so a
// "decompression bomb" is refused at once), and a decode that still takes too long is stopped by
// sharp's timeout. libvips decodes on libuv's thread pool, so the event loop stays free.
// Anything sharp cannot read (not an image, truncated, corrupt, too large) is an ImageError with
// a message for the person; callers show it and never answer 500.
import "server-only";
import { promisify } from "node:util";
import { inflate } from "node:zlib";
import sharp from "sharp";

/** 40 megapixels: a 48 MP phone sensor's default output is 12 MP; 7,000 × 5,700 still fits. */
export const MAX_INPUT_PIXELS = 40_000_000;
/** The longest side of a stored photo: enough to see a pothole, small enough to serve. */
export const DISPLAY_MAX_SIDE = 2048;
/** zxing runs in JavaScript: a label fills a phone photo, 1,600 px keeps its modules readable. */
const BARCODE_MAX_SIDE = 1600;
const TIMEOUT_SECONDS = 10;

// Decoded images are not reused: no cache, so memory is returned after each upload.
sharp.cache(false);

export type ImageType = "image/jpeg" | "image/png" | "image/webp";

export class ImageError extends Error {
  constructor(
    message: string,
    readonly reason: "unsupported" | "too-large" | "unreadable",
  ) {
    super(message);
  }
}

const FORMATS: Record<string, ImageType> = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp" };

function open(bytes: Uint8Array) {
  // failOn "error": a truncated or corrupt file is an error, not a half-grey picture.
  return sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", sequentialRead: true }).timeout({ seconds: TIMEOUT_SECONDS });
}

function toImageError(err: unknown): ImageError {
  const text = err instanceof Error ? err.message : String(err);
  if (/pixel limit|exceeds pixel/i.test(text)) return new ImageError("图片尺寸过大", "too-large");
  if (/unsupported image format/i.test(text)) return new ImageError("不是JPEG、PNG或WebP格式的图片", "unsupported");
  return new ImageError("图片已损坏或不完整，无法读取", "unreadable");
}

const inflateAsync = promisify(inflate);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * A PNG's image data may inflate to no more than its header's size calls for. libvips reads the
 * whole zlib stream even when the header says 10 × 10 (a 1 MB file with 1 GiB inside kept a
 * thread busy for over a second), so the stream is inflated here first, on the thread pool, and
 * stopped at that size (zlib's maxOutputLength).
 */
async function checkPngDataSize(bytes: Uint8Array): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let bitsPerPixel = 0;
  const idat: Buffer[] = [];
  for (let offset = 8; offset + 8 <= buf.length; ) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString("latin1", offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR" && data.length >= 13) {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bitsPerPixel = data[8] * (CHANNELS[data[9]] ?? 4);
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  if (!width || !height || idat.length === 0) return; // sharp says what is wrong
  // Rows with their filter byte, plus room for interlacing's seven passes.
  const expected = height * (Math.ceil((width * bitsPerPixel) / 8) + 1);
  const limit = expected + 16 * height + 65_536;
  try {
    await inflateAsync(Buffer.concat(idat), { maxOutputLength: limit });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new ImageError("图片数据与尺寸不符（可能是恶意文件），无法读取", "unreadable");
    // A truncated or corrupt stream: sharp reports it below.
  }
}

/** The type of a JPEG, PNG or WebP by its header (sharp reads the header only); otherwise an ImageError. */
export async function imageTypeOf(bytes: Uint8Array): Promise<ImageType> {
  let format: string | undefined;
  try {
    format = (await open(bytes).metadata()).format;
  } catch (err) {
    throw toImageError(err);
  }
  const type = format ? FORMATS[format] : undefined;
  if (!type) throw new ImageError("不是JPEG、PNG或WebP格式的图片", "unsupported");
  if (type === "image/png") await checkPngDataSize(bytes);
  return type;
}

export interface GreyImage {
  width: number;
  height: number;
  luminance: Uint8ClampedArray;
}

/** Grey pixels (one byte each) of a JPEG, PNG or WebP, turned upright and at most 1,600 px a side. */
export async function readGreyPixels(bytes: Uint8Array): Promise<GreyImage> {
  await imageTypeOf(bytes);
  try {
    const { data, info } = await open(bytes)
      .rotate()
      .resize({ width: BARCODE_MAX_SIDE, height: BARCODE_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    // greyscale() with raw output gives one channel.
    return { width: info.width, height: info.height, luminance: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
  } catch (err) {
    throw toImageError(err);
  }
}

export interface CleanImage {
  bytes: Uint8Array;
  mimeType: ImageType;
  width: number;
  height: number;
}

/**
 * The copy of an uploaded photo that is stored and shown: turned upright by its EXIF orientation,
 * at most DISPLAY_MAX_SIDE a side, re-encoded in its own format, and without any metadata (sharp
 * writes none unless asked): no GPS position, no camera or phone model, no time taken.
 */
export async function cleanImage(bytes: Uint8Array): Promise<CleanImage> {
  const mimeType = await imageTypeOf(bytes);
  try {
    let pipeline = open(bytes).rotate().resize({ width: DISPLAY_MAX_SIDE, height: DISPLAY_MAX_SIDE, fit: "inside", withoutEnlargement: true });
    if (mimeType === "image/jpeg") pipeline = pipeline.jpeg({ quality: 85, mozjpeg: true });
    else if (mimeType === "image/png") pipeline = pipeline.png({ compressionLevel: 9 });
    else pipeline = pipeline.webp({ quality: 85 });
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), mimeType, width: info.width, height: info.height };
  } catch (err) {
    throw toImageError(err);
  }
}
