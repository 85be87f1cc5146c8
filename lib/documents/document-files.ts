// Attachments of a draft (checked by content, 10 MB each, 20 at most) and the Word import
// (导入Word): a .docx is converted to HTML by mammoth and sanitised like a paste, then replaces
// the draft's body. Sealed PDFs and scans are stored in the same table by their own functions.
import "server-only";
import { createHash } from "node:crypto";
import mammoth from "mammoth";
import { assertPermission, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { cleanFileName, sniffDocumentType } from "../content/content-attachments";
import { cleanImage, ImageError } from "../images/read-image";
import { loadViewableDocument } from "./document-access";
import { sanitizeDocumentHtml } from "./rich-text";

export const MAX_DOCUMENT_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENT_FILES = 20;

const fail = (field: string, message: string) => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { [field]: message } });

/** A checked file: its type from its bytes, images re-encoded without metadata. */
export async function checkedFile(field: string, file: { name: string; bytes: Uint8Array }, allowed?: (mime: string) => boolean) {
  const shown = file.name || "文件";
  if (file.bytes.length === 0) throw fail(field, "请选择要上传的文件");
  if (file.bytes.length > MAX_DOCUMENT_FILE_BYTES) throw fail(field, `“${shown}”超过10MB，请压缩或拆分后再上传`);
  const type = sniffDocumentType(file.bytes, file.name);
  if (!type || (allowed && !allowed(type.mimeType))) throw fail(field, `“${shown}”的格式不支持${allowed ? "，请上传PDF或图片" : "，请上传PDF、Word、Excel或图片"}`);
  let bytes = file.bytes;
  if (type.mimeType.startsWith("image/")) {
    try {
      bytes = (await cleanImage(file.bytes)).bytes;
    } catch (err) {
      if (err instanceof ImageError) throw fail(field, `“${shown}”${err.message}`);
      throw err;
    }
  }
  return { fileName: cleanFileName(file.name, type.ext), mimeType: type.mimeType, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), data: Buffer.from(bytes) };
}

async function draftOf(tx: Tx, actor: Actor, documentId: string) {
  const doc = await tx.officialDocument.findUnique({ where: { id: documentId }, select: { id: true, drafterId: true, status: true, _count: { select: { files: { where: { kind: "ATTACHMENT" } } } } } });
  if (!doc || doc.drafterId !== actor.id) throw new AppError("NOT_FOUND", "没有找到该草稿，或您不是拟稿人。");
  if (doc.status !== "DRAFT") throw new AppError("CONFLICT", "该公文已送审，不能再修改附件。");
  return doc;
}

export async function addDocumentAttachment({ actor, documentId, file }: { actor: Actor; documentId: string; file: { name: string; bytes: Uint8Array } }) {
  assertPermission(actor, "documents.draft");
  const checked = await checkedFile("file", file);
  return prisma.$transaction(async (tx) => {
    const doc = await draftOf(tx, actor, documentId);
    if (doc._count.files >= MAX_DOCUMENT_FILES) throw fail("file", `每件公文最多${MAX_DOCUMENT_FILES}个附件`);
    const row = await tx.documentFile.create({ data: { documentId, kind: "ATTACHMENT", ...checked }, select: { id: true, fileName: true } });
    await writeAudit(tx, { actorId: actor.id, action: "document.attachment_added", targetType: "OfficialDocument", targetId: documentId, details: { fileName: row.fileName, size: checked.size } });
    return row;
  });
}

export async function removeDocumentAttachment({ actor, fileId }: { actor: Actor; fileId: string }) {
  assertPermission(actor, "documents.draft");
  return prisma.$transaction(async (tx) => {
    const file = await tx.documentFile.findUnique({ where: { id: fileId }, select: { id: true, documentId: true, kind: true, fileName: true } });
    if (!file?.documentId || file.kind !== "ATTACHMENT") throw new AppError("NOT_FOUND", "该附件不存在或已删除。");
    await draftOf(tx, actor, file.documentId);
    await tx.documentFile.delete({ where: { id: fileId } });
    await writeAudit(tx, { actorId: actor.id, action: "document.attachment_removed", targetType: "OfficialDocument", targetId: file.documentId, details: { fileName: file.fileName } });
    return { documentId: file.documentId };
  });
}

/** Word (.docx) → sanitised HTML, without saving: the form shows it in the editor. */
export async function convertWordToHtml(file: { name: string; bytes: Uint8Array }): Promise<string> {
  if (file.bytes.length === 0) throw fail("word", "请选择Word文件");
  if (file.bytes.length > MAX_DOCUMENT_FILE_BYTES) throw fail("word", "Word文件超过10MB");
  const type = sniffDocumentType(file.bytes, file.name);
  if (type?.ext !== "docx") throw fail("word", type?.ext === "doc" ? "请先在Word中另存为.docx格式再导入" : "只能导入Word（.docx）文件");
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) });
    return sanitizeDocumentHtml(value);
  } catch {
    throw fail("word", "Word文件已损坏或无法读取");
  }
}

/** 导入Word on a saved draft: the converted text replaces the body. */
export async function importWordIntoDraft({ actor, documentId, expectedVersion, file }: { actor: Actor; documentId: string; expectedVersion: number; file: { name: string; bytes: Uint8Array } }) {
  assertPermission(actor, "documents.draft");
  const bodyHtml = await convertWordToHtml(file);
  return prisma.$transaction(async (tx) => {
    await draftOf(tx, actor, documentId);
    const { count } = await tx.officialDocument.updateMany({ where: { id: documentId, version: expectedVersion, status: "DRAFT" }, data: { bodyHtml, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", "该草稿已在别处修改，请刷新页面后再导入。");
    await writeAudit(tx, { actorId: actor.id, action: "document.word_imported", targetType: "OfficialDocument", targetId: documentId, details: { fileName: file.name.slice(0, 100) } });
    return { id: documentId };
  });
}

/** A file of a document (attachment or sealed PDF) for the download route. */
export async function getDocumentFile({ actor, fileId }: { actor: Actor; fileId: string }) {
  const file = await prisma.documentFile.findUnique({ where: { id: fileId }, select: { documentId: true, incomingId: true, fileName: true, mimeType: true, data: true, size: true } });
  if (!file) throw new AppError("NOT_FOUND", "该文件不存在。");
  if (file.documentId) await loadViewableDocument(prisma, actor, file.documentId);
  else if (file.incomingId) {
    const { loadViewableIncoming } = await import("./incoming-access");
    await loadViewableIncoming(prisma, actor, file.incomingId);
  }
  return file;
}
