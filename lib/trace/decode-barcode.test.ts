import sharp from "sharp";
import zxing from "@zxing/library";
import { describe, expect, it } from "vitest";
import { readGreyPixels } from "../images/read-image";
import { barcodePng } from "./render-barcode";
import { decodeBarcode } from "./decode-barcode";

// Digital Links whose QR code zxing's detector misses at first sight (a false third finder
// pattern in the data, zxing/zxing#1763), found by generating labels as the e2e test does.
const HARD = [
  "http://localhost:3180/01/06900000000012/10/EMX1I1OYS1785?11=261110&13=261113&17=270113",
  "http://localhost:3180/01/06900000000012/10/EMX4N7BAV461?11=261110&13=261113&17=270113",
  "http://localhost:3180/01/06900000000012/10/EMX4RX1WM2912?11=261110&13=261113&17=270113",
];

describe("decoding a label photo on the server", () => {
  it("reads QR codes the detector misses at first sight, as the API draws them", async () => {
    for (const text of HARD) {
      const png = await barcodePng("qrcode", text, 6);
      expect(decodeBarcode(await readGreyPixels(new Uint8Array(png))), text).toBe(text);
    }
  });

  it("reads them in a photo-like picture too: on a wider grey background, as JPEG", async () => {
    for (const text of HARD.slice(1)) {
      const png = await barcodePng("qrcode", text, 6);
      const photo = await sharp(png).extend({ top: 80, bottom: 120, left: 60, right: 90, background: "#d8d8d0" }).jpeg({ quality: 85 }).toBuffer();
      const grey = await readGreyPixels(new Uint8Array(photo));
      // The first look misses (so this test would fail without the second looks).
      expect(new zxing.QRCodeReader().decode.bind(new zxing.QRCodeReader(), new zxing.BinaryBitmap(new zxing.HybridBinarizer(new zxing.RGBLuminanceSource(grey.luminance, grey.width, grey.height))), new Map([[zxing.DecodeHintType.TRY_HARDER, true]]))).toThrow();
      expect(decodeBarcode(grey), text).toBe(text);
    }
  });
});
