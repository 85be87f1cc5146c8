// The no-JavaScript fallback for "upload a photo of the label": the photo (JPEG, PNG or WebP, as
// a phone camera gives it) is read by sharp (lib/images/read-image.ts: pixel and time limits) and
// decoded on the server with the same zxing decoder the browser uses with JavaScript.
import "server-only";
import { ImageError, readGreyPixels } from "../images/read-image";
import { decodeBarcode } from "./decode-barcode";

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

/** What the trace page says for each failure; the page is sent only the key (never free text). */
export const PHOTO_ERRORS = {
  missing: "请选择标签的照片",
  "too-big": "照片不能超过8MB",
  unsupported: "只能识别JPEG、PNG或WebP格式的照片；也可以直接输入标签上的12位追溯码",
  "too-large": "照片尺寸过大（超过4000万像素），请换一张照片或输入追溯码",
  unreadable: "无法读取这张图片（文件已损坏或不完整），请换一张照片或输入追溯码",
  "no-code": "照片中没有识别到二维码或条码。请拍得更近、更清楚一些，或直接输入追溯码",
} as const;

export type PhotoErrorCode = keyof typeof PHOTO_ERRORS;

export type PhotoResult = { ok: true; text: string } | { ok: false; code: PhotoErrorCode; message: string };

const fail = (code: PhotoErrorCode): PhotoResult => ({ ok: false, code, message: PHOTO_ERRORS[code] });

export async function decodePhoto({ file }: { file: File | null }): Promise<PhotoResult> {
  if (!file || file.size === 0) return fail("missing");
  if (file.size > MAX_PHOTO_BYTES) return fail("too-big");
  try {
    const text = decodeBarcode(await readGreyPixels(new Uint8Array(await file.arrayBuffer())));
    return text ? { ok: true, text } : fail("no-code");
  } catch (err) {
    if (err instanceof ImageError) return fail(err.reason);
    throw err;
  }
}
