import sharp from "sharp";
import zxing from "@zxing/library";
import { describe, expect, it } from "vitest";
import { readGreyPixels } from "../images/read-image";
import { barcodePng } from "./render-barcode";
import { decodeBarcode } from "./decode-barcode";

// Digital Links whose QR code zxing's detector misses at first sight (a false third finder
// pattern in the data, zxing/zxing#1763), found by generating labels as the e2e test does.
const HARD = [
  "http://127.0.0.1:3180/01/06900000000014/10/EMIIAO0LC0?11=261110&13=261113&17=270113",
  "http://127.0.0.1:3180/01/06900000000014/10/EMJ32WHK012?11=261110&13=261113&17=270113",
  "http://127.0.0.1:3180/01/06900000000014/10/EMJ89YLSO15?11=261110&13=261113&17=270113",
];

/** What a single look (the decoder before the second looks) finds. */
function firstLook(grey: { width: number; height: number; luminance: Uint8ClampedArray }): string | null {
  try {
    const bitmap = new zxing.BinaryBitmap(new zxing.HybridBinarizer(new zxing.RGBLuminanceSource(grey.luminance, grey.width, grey.height)));
    return new zxing.QRCodeReader().decode(bitmap, new Map([[zxing.DecodeHintType.TRY_HARDER, true]])).getText();
  } catch {
    return null;
  }
}

describe("decoding a label photo on the server", () => {
  it("reads QR codes the detector misses at first sight, as the API draws them", async () => {
    for (const text of HARD) {
      const png = await barcodePng("qrcode", text, 6);
      const grey = await readGreyPixels(new Uint8Array(png));
      expect(firstLook(grey), text).toBeNull();
      expect(decodeBarcode(grey), text).toBe(text);
    }
  });

  it("reads them in a photo-like picture too: on a wider grey background, as JPEG", async () => {
    for (const text of HARD.slice(1)) {
      const png = await barcodePng("qrcode", text, 6);
      const photo = await sharp(png).extend({ top: 80, bottom: 120, left: 60, right: 90, background: "#d8d8d0" }).jpeg({ quality: 85 }).toBuffer();
      const grey = await readGreyPixels(new Uint8Array(photo));
      // The first look misses (so this test would fail without the second looks).
      expect(firstLook(grey), text).toBeNull();
      expect(decodeBarcode(grey), text).toBe(text);
    }
  });
});
