// Images of a report: re-encoded without metadata (sharp's cleanImage) under a size limit.
import "server-only";
import { AppError } from "../errors";
import { cleanImage, ImageError } from "../images/read-image";

export const MAX_REPORT_IMAGES = 6;
const MAX_BYTES = 10 * 1024 * 1024;

const invalid = (message: string) => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { images: message } });

export async function prepareReportImages(files: { name: string; bytes: Uint8Array }[]) {
  const real = files.filter((f) => f.bytes.byteLength > 0);
  if (real.length > MAX_REPORT_IMAGES) throw invalid(`最多上传${MAX_REPORT_IMAGES}张图片`);
  const out = [];
  for (const f of real) {
    if (f.bytes.byteLength > MAX_BYTES) throw invalid(`“${f.name}”超过10MB`);
    try {
      const c = await cleanImage(f.bytes);
      out.push({ mimeType: c.mimeType, width: c.width, height: c.height, data: new Uint8Array(c.bytes) });
    } catch (err) {
      if (err instanceof ImageError) throw invalid(`“${f.name}”不是可识别的照片（JPG、PNG 或 WebP）`);
      throw err;
    }
  }
  return out;
}
