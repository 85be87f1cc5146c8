import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { bombPng, gpsJpeg as phoneJpeg, malformedPng, truncatedPng } from "@/test/image-fixtures";
import { cleanImage, DISPLAY_MAX_SIDE, ImageError, imageTypeOf, readGreyPixels } from "./read-image";

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe("cleanImage: the stored copy of an uploaded photo", () => {
  it("drops the GPS position and the phone model, and turns the photo upright", async () => {
    const jpeg = await phoneJpeg();
    const before = await sharp(jpeg).metadata();
    expect(before.exif?.toString("latin1")).toContain("PhoneCo");
    expect(before.exif?.toString("latin1")).toMatch(/GPS|N\0/);
    expect(before.orientation).toBe(6);

    const clean = await cleanImage(jpeg);
    const after = await sharp(clean.bytes).metadata();
    expect(clean.mimeType).toBe("image/jpeg");
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(Buffer.from(clean.bytes).includes("PhoneCo")).toBe(false);
    expect(Buffer.from(clean.bytes).includes("X1 Pro")).toBe(false);
    // Orientation 6 (turned 90°) is applied to the pixels: 64×48 becomes 48×64.
    expect([clean.width, clean.height]).toEqual([48, 64]);
  });

  it("keeps PNG and WebP in their format and shrinks large photos for display", async () => {
    const png = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: "#39c" } }).png().toBuffer();
    const clean = await cleanImage(png);
    expect(clean).toMatchObject({ mimeType: "image/png", width: DISPLAY_MAX_SIDE, height: 683 });
    const webp = await sharp({ create: { width: 20, height: 10, channels: 4, background: "#39c8" } }).webp().toBuffer();
    expect(await cleanImage(webp)).toMatchObject({ mimeType: "image/webp", width: 20, height: 10 });
  });

  it("refuses what is not an image", async () => {
    const err = await refusal(cleanImage(new TextEncoder().encode("MZ not an image")));
    expect(err).toBeInstanceOf(ImageError);
    expect(err).toMatchObject({ reason: "unsupported", message: "不是JPEG、PNG或WebP格式的图片" });
    // GIF is an image, but not one we accept.
    const gif = await sharp({ create: { width: 2, height: 2, channels: 3, background: "#000" } }).gif().toBuffer();
    expect(await refusal(imageTypeOf(gif))).toMatchObject({ reason: "unsupported" });
  });
});

describe("hostile and broken images", () => {
  it("refuses a bomb whose header claims 100,000 × 100,000 pixels before decoding it", async () => {
    const bomb = await bombPng({ width: 100_000, height: 100_000, inflatedBytes: 64 << 20 });
    const started = Date.now();
    expect(await refusal(readGreyPixels(bomb))).toMatchObject({ reason: "too-large", message: "图片尺寸过大" });
    expect(await refusal(cleanImage(bomb))).toMatchObject({ reason: "too-large" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("refuses a PNG whose image data inflates past what its header calls for (256 MiB inside; e2e posts 1 GiB)", async () => {
    for (const [width, height] of [[10, 10], [4000, 4000]]) {
      const bomb = await bombPng({ width, height, inflatedBytes: 256 << 20 });
      expect(bomb.length).toBeLessThan(300_000);
      const memoryBefore = process.memoryUsage().rss;
      const started = performance.now();
      expect(await refusal(readGreyPixels(bomb))).toMatchObject({ reason: "unreadable", message: "图片数据与尺寸不符（可能是恶意文件），无法读取" });
      expect(await refusal(cleanImage(bomb))).toMatchObject({ reason: "unreadable" });
      // Stopped at the header's size (16 MB for 4000 × 4000), never the whole stream.
      expect(process.memoryUsage().rss - memoryBefore).toBeLessThan(200 << 20);
      console.log(`${width}×${height} bomb refused twice in ${Math.round(performance.now() - started)} ms`);
    }
  });

  it("refuses malformed and truncated PNGs with a message", async () => {
    expect(await refusal(readGreyPixels(malformedPng()))).toMatchObject({ reason: "unreadable", message: "图片已损坏或不完整，无法读取" });
    expect(await refusal(cleanImage(malformedPng()))).toBeInstanceOf(ImageError);
    expect(await refusal(readGreyPixels(await truncatedPng()))).toBeInstanceOf(ImageError);
    expect(await refusal(readGreyPixels(new Uint8Array(0)))).toBeInstanceOf(ImageError);
  });

  it("reads a phone's JPEG as grey pixels for the barcode reader", async () => {
    const grey = await readGreyPixels(await phoneJpeg({ width: 4000, height: 3000 }));
    expect([grey.width, grey.height]).toEqual([1200, 1600]); // upright, at most 1,600 a side
    expect(grey.luminance.length).toBe(1200 * 1600);
  });
});
