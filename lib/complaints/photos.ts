// Photos attached to a complaint are checked by their content, not their name or the browser's
// claimed type (DESIGN.md "Bad input"): JPEG, PNG or WebP only, 5 MB each, three at most.
export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export type PhotoType = "image/jpeg" | "image/png" | "image/webp";

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

/** Splits uploads into acceptable photos and a message about the first refused one. */
export function checkPhotos(uploads: UploadedPhoto[], alreadyKept: number): { accepted: CheckedPhoto[]; error?: string } {
  const accepted: CheckedPhoto[] = [];
  let error: string | undefined;
  for (const upload of uploads) {
    if (upload.bytes.length === 0) continue; // an empty file input
    const name = upload.fileName || "照片";
    if (alreadyKept + accepted.length >= MAX_PHOTOS) {
      error ??= `最多上传${MAX_PHOTOS}张照片，“${name}”未保存`;
      continue;
    }
    if (upload.bytes.length > MAX_PHOTO_BYTES) {
      error ??= `“${name}”超过5MB，请压缩后再上传`;
      continue;
    }
    const mimeType = sniffImageType(upload.bytes);
    if (!mimeType) {
      error ??= `“${name}”不是JPEG、PNG或WebP格式的图片`;
      continue;
    }
    accepted.push({ ...upload, mimeType });
  }
  return { accepted, error };
}
