// Files attached to tasks and progress entries: photos are re-encoded without metadata
// (cleanImage), documents are accepted only when their bytes are PDF, Word or Excel, like content
// attachments. Errors are field messages of the form's `files` field.
import "server-only";
import { AppError } from "../errors";
import { cleanFileName, sniffDocumentType } from "../content/content-attachments";
import { cleanImage, ImageError } from "../images/read-image";

export const MAX_TASK_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_TASK_FILES = 5;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface StoredFile {
  name: string;
  mimeType: string;
  size: number;
  data: Uint8Array<ArrayBuffer>;
}

const invalid = (message: string, field = "files") => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { [field]: message } });

export async function prepareFiles(files: UploadedFile[], field = "files"): Promise<StoredFile[]> {
  const real = files.filter((f) => f.bytes.byteLength > 0);
  if (real.length > MAX_TASK_FILES) throw invalid(`最多上传${MAX_TASK_FILES}个文件`, field);
  const out: StoredFile[] = [];
  for (const f of real) {
    if (f.bytes.byteLength > MAX_TASK_FILE_BYTES) throw invalid(`“${f.name}”超过10MB`, field);
    const type = sniffDocumentType(f.bytes, f.name);
    if (!type) throw invalid(`“${f.name}”不是可接受的文件（照片 JPG/PNG/WebP，或 PDF、Word、Excel）`, field);
    if (type.mimeType.startsWith("image/")) {
      try {
        const clean = await cleanImage(f.bytes);
        out.push({ name: cleanFileName(f.name, type.ext), mimeType: clean.mimeType, size: clean.bytes.byteLength, data: new Uint8Array(clean.bytes) });
      } catch (err) {
        if (err instanceof ImageError) throw invalid(`“${f.name}”无法识别为照片或太大，请换一张`, field);
        throw err;
      }
    } else {
      out.push({ name: cleanFileName(f.name, type.ext), mimeType: type.mimeType, size: f.bytes.byteLength, data: new Uint8Array(f.bytes) });
    }
  }
  return out;
}
