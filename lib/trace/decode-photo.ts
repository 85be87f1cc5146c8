// The no-JavaScript fallback for "upload a photo of the label": PNG images are decoded on the
// server with the same zxing decoder (with JavaScript, the browser decodes any photo itself).
import "server-only";
import { decodeBarcode } from "./decode-barcode";
import { decodePng, isPng, PngError } from "./decode-png";

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export type PhotoResult = { ok: true; text: string } | { ok: false; message: string };

export async function decodePhoto({ file }: { file: File | null }): Promise<PhotoResult> {
  if (!file || file.size === 0) return { ok: false, message: "请选择标签的照片" };
  if (file.size > MAX_PHOTO_BYTES) return { ok: false, message: "照片不能超过8MB" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Checked by content, not by name (DESIGN.md).
  if (!isPng(bytes)) return { ok: false, message: "未开启JavaScript时只能识别PNG图片；请开启JavaScript后上传照片，或直接输入标签上的12位追溯码" };
  try {
    const text = decodeBarcode(decodePng(bytes));
    return text ? { ok: true, text } : { ok: false, message: "照片中没有识别到二维码或条码。请拍得更近、更清楚一些，或直接输入追溯码" };
  } catch (err) {
    if (err instanceof PngError) return { ok: false, message: "无法读取这张图片，请换一张照片或输入追溯码" };
    throw err;
  }
}
