// A handwritten signature drawn on the phone's <canvas> arrives as a PNG data URL. It is checked
// like any uploaded image (lib/images/read-image.ts: sharp under the pixel limit, re-encoded, no
// metadata) with tighter limits: PNG only, 300 KB, at most 1,600 × 800 px, not blank.
import "server-only";
import sharp from "sharp";
import { AppError } from "../errors";
import { cleanImage, ImageError } from "../images/read-image";

export const MAX_SIGNATURE_BYTES = 300 * 1024;
const MAX_WIDTH = 1600;
const MAX_HEIGHT = 800;

const fail = (message: string) => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { signature: message } });

/** The stored PNG of a drawn signature, or null when none was drawn. */
export async function readSignatureDataUrl(dataUrl: string): Promise<Uint8Array<ArrayBuffer> | null> {
  if (dataUrl.trim() === "") return null;
  const m = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl.trim());
  if (!m) throw fail("签名图片格式不正确，请清除后重新签写");
  const bytes = Buffer.from(m[1], "base64");
  if (bytes.length > MAX_SIGNATURE_BYTES) throw fail("签名图片过大，请清除后重新签写");
  let clean;
  try {
    clean = await cleanImage(bytes);
  } catch (err) {
    if (err instanceof ImageError) throw fail(`签名图片无法读取：${err.message}`);
    throw err;
  }
  if (clean.mimeType !== "image/png") throw fail("签名图片应为PNG格式");
  if (clean.width > MAX_WIDTH || clean.height > MAX_HEIGHT) throw fail("签名图片尺寸过大，请清除后重新签写");
  // A blank canvas is no signature: every pixel transparent (or one colour).
  const stats = await sharp(clean.bytes).stats();
  const alpha = stats.channels[3];
  const blank = alpha ? alpha.max === 0 : stats.channels.every((c) => c.min === c.max);
  if (blank) throw fail("签名是空白的，请用手指在方框内签名，或清除后只选常用语");
  return new Uint8Array(clean.bytes);
}
