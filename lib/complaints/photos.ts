// Photos attached to a complaint are checked by their content, not their name or the browser's
// claimed type (DESIGN.md "Bad input"): JPEG, PNG or WebP only, 5 MB each, three at most. What is
// stored is never the upload itself but its clean copy (lib/images/read-image.ts): upright, at
// most 2,048 px a side, without EXIF, so a published photo never tells where the citizen stood.
import "server-only";
import { cleanImage, ImageError, type ImageType } from "../images/read-image";

import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "./photo-limits";

export { MAX_PHOTO_BYTES, MAX_PHOTOS };

export type PhotoType = ImageType;

/** The type by the first bytes only (a quick check; cleanImage reads the whole file). */
export function sniffImageType(bytes: Uint8Array): PhotoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return "image/png";
  if (
    bytes.length >= 12 &&
    String.fromCharCode(...bytes.subarray(0, 4)) === "RIFF" &&
    String.fromCharCode(...bytes.subarray(8, 12)) === "WEBP"
  ) {
    return "image/webp";
  }
  return null;
}

export interface UploadedPhoto {
  fileName: string;
  bytes: Uint8Array;
}

export interface CheckedPhoto extends UploadedPhoto {
  mimeType: PhotoType;
}

/** The name as shown later: no path, no control characters or half characters, 200 at most. */
function storableFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = (name.split(/[\\/]/).pop() ?? "").toWellFormed().replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return clean.slice(0, 200) || "照片";
}

type Prepared = { photo: CheckedPhoto; error?: undefined } | { photo?: undefined; error: string };

/**
 * Checks and cleans each upload (outside any database transaction: decoding takes time). Only the
 * first MAX_PHOTOS non-empty uploads are decoded; more can never be kept anyway.
 */
export async function preparePhotos(uploads: UploadedPhoto[]): Promise<Prepared[]> {
  const prepared: Prepared[] = [];
  for (const upload of uploads) {
    if (upload.bytes.length === 0) continue; // an empty file input
    const name = upload.fileName || "照片";
    if (prepared.length >= MAX_PHOTOS) {
      prepared.push({ error: `最多上传${MAX_PHOTOS}张照片，“${name}”未保存` });
      continue;
    }
    if (upload.bytes.length > MAX_PHOTO_BYTES) {
      prepared.push({ error: `“${name}”超过5MB，请压缩后再上传` });
      continue;
    }
    if (!sniffImageType(upload.bytes)) {
      prepared.push({ error: `“${name}”不是JPEG、PNG或WebP格式的图片` });
      continue;
    }
    try {
      const clean = await cleanImage(upload.bytes);
      prepared.push({ photo: { fileName: storableFileName(upload.fileName), bytes: clean.bytes, mimeType: clean.mimeType } });
    } catch (err) {
      if (!(err instanceof ImageError)) throw err;
      prepared.push({ error: err.reason === "unsupported" ? `“${name}”不是JPEG、PNG或WebP格式的图片` : `“${name}”${err.message}` });
    }
  }
  return prepared;
}

/** Of the prepared photos, those that still fit next to `alreadyKept`, and the first refusal. */
export function checkPhotos(prepared: Prepared[], alreadyKept: number): { accepted: CheckedPhoto[]; error?: string } {
  const accepted: CheckedPhoto[] = [];
  let error: string | undefined;
  for (const item of prepared) {
    if (item.error !== undefined) {
      error ??= item.error;
    } else if (alreadyKept + accepted.length >= MAX_PHOTOS) {
      error ??= `最多上传${MAX_PHOTOS}张照片，“${item.photo.fileName || "照片"}”未保存`;
    } else {
      accepted.push(item.photo);
    }
  }
  return { accepted, error };
}
