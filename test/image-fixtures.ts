// Hostile and broken images for tests and benchmarks, built byte by byte (no files in the repo).
import { crc32, createDeflate } from "node:zlib";

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdr(width: number, height: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8; // bit depth
  data[9] = 0; // greyscale
  return chunk("IHDR", data);
}

/** Deflates `inflatedBytes` zero bytes in 1 MiB pieces (never holding them all). */
async function deflateZeros(inflatedBytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const done = new Promise((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  const piece = Buffer.alloc(1 << 20);
  for (let left = inflatedBytes; left > 0; left -= piece.length) {
    const part = left >= piece.length ? piece : piece.subarray(0, left);
    if (!deflate.write(part)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/**
 * A decompression bomb: a PNG whose header says `width` × `height` but whose image data inflates
 * to `inflatedBytes` (1 GiB deflates to about 1 MB).
 */
export async function bombPng({ width, height, inflatedBytes }: { width: number; height: number; inflatedBytes: number }): Promise<Buffer> {
  return Buffer.concat([SIGNATURE, ihdr(width, height), chunk("IDAT", await deflateZeros(inflatedBytes)), chunk("IEND", Buffer.alloc(0))]);
}

/** A PNG with a good signature and header, then garbage where the image data should be. */
export function malformedPng(): Buffer {
  return Buffer.concat([SIGNATURE, ihdr(64, 64), chunk("IDAT", Buffer.from("this is not zlib data at all")), chunk("IEND", Buffer.alloc(0))]);
}

/** A PNG cut off in the middle of its image data. */
export async function truncatedPng(): Promise<Buffer> {
  const whole = await bombPng({ width: 256, height: 256, inflatedBytes: 257 * 256 });
  return whole.subarray(0, 60);
}

/** A phone photo as uploaded: a JPEG carrying the phone model and a GPS position in its EXIF. */
export async function gpsJpeg({ width = 64, height = 48 } = {}): Promise<Buffer> {
  const { default: sharp } = await import("sharp");
  return sharp({ create: { width, height, channels: 3, background: "#c33" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "X1 Pro" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "30/1 15/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "120/1 10/1 0/1" },
    })
    .withMetadata({ orientation: 6 }) // held turned a quarter, as phones often are
    .toBuffer();
}

/** A real 1 × 1 PNG. */
export const TINY_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
