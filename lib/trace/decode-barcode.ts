// Reads a QR code or Code 128 from an image on the server with @zxing/library (the same decoder
// the browser uses through @zxing/browser). The two readers are asked directly: the
// MultiFormatReader also tries formats we never print and logs each miss.
import zxing from "@zxing/library";
import type { GreyImage } from "../images/read-image";

const { BinaryBitmap, Code128Reader, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } = zxing;

/** The text of a QR code (tried first, as phones do) or a Code 128 in the image, or null. */
export function decodeBarcode(image: GreyImage): string | null {
  const hints = new Map([[DecodeHintType.TRY_HARDER, true]]);
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.luminance, image.width, image.height)));
  for (const reader of [new QRCodeReader(), new Code128Reader()]) {
    try {
      return reader.decode(bitmap, hints).getText();
    } catch {
      // not this format; try the next
    }
  }
  return null;
}
