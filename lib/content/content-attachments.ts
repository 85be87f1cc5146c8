// Attachments of content (policy texts, forms to fill in, maps). Checked by their content, not
// by their name or the browser's claim (DESIGN.md "Bad input"), like complaint photos
// (lib/complaints/photos.ts): PDF, Word, Excel, JPEG, PNG, WebP; 10 MB each. Images are stored
// as their clean copy (lib/images/read-image.ts: no EXIF such as where or with what phone the
// picture was taken, at most 2,048 px a side).
import "server-only";
import { createHash } from "node:crypto";
import { assertPermission, can, type Actor } from "../auth/actor";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { enqueueSearchSync } from "../search/enqueue-search-sync";
import { sniffImageType } from "../complaints/photos";
import { cleanImage, ImageError } from "../images/read-image";
import { isPublicNow, publishedWhere } from "./public-content";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 20;

export const DOCUMENT_TYPES = {
  pdf: "application/pdf",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

const startsWith = (bytes: Uint8Array, sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
const contains = (bytes: Uint8Array, ascii: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ascii, 0, "latin1");

/**
 * The file's real type from its first bytes. Legacy Word and Excel share one container (OLE2),
 * so for those the name's extension decides between the two; OOXML files are ZIPs whose entry
 * names (listed uncompressed in the archive) say whether they hold a document or a workbook.
 */
export function sniffDocumentType(bytes: Uint8Array, fileName: string): { mimeType: string; ext: string } | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mimeType: DOCUMENT_TYPES.pdf, ext: "pdf" }; // %PDF-
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const ext = fileName.toLowerCase().endsWith(".xls") ? "xls" : "doc";
    return { mimeType: DOCUMENT_TYPES[ext], ext };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (contains(bytes, "word/document.xml")) return { mimeType: DOCUMENT_TYPES.docx, ext: "docx" };
    if (contains(bytes, "xl/workbook.xml")) return { mimeType: DOCUMENT_TYPES.xlsx, ext: "xlsx" };
    return null; // any other ZIP
  }
  const image = sniffImageType(bytes);
  if (image) return { mimeType: image, ext: image.split("/")[1] === "jpeg" ? "jpg" : image.split("/")[1] };
  return null;
}

/** A safe file name to store and to offer on download (no paths, no control characters). */
export function cleanFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "").toWellFormed().replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "").trim().slice(0, 100);
  const stem = base.replace(/\.[^.]*$/, "") || "附件";
  return `${stem}.${ext}`;
}

export async function addContentAttachment({ actor, contentId, file }: { actor: Actor; contentId: string; file: { name: string; bytes: Uint8Array } }) {
  assertPermission(actor, "content.edit");
  const fail = (message: string) => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { file: message } });
  if (file.bytes.length === 0) throw fail("请选择要上传的文件");
  const shownName = file.name || "文件";
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) throw fail(`“${shownName}”超过10MB，请压缩或拆分后再上传`);
  const type = sniffDocumentType(file.bytes, file.name);
  if (!type) throw fail(`“${shownName}”不是PDF、Word、Excel或JPEG、PNG、WebP格式的文件`);
  let bytes = file.bytes;
  if (type.mimeType.startsWith("image/")) {
    try {
      bytes = (await cleanImage(file.bytes)).bytes;
    } catch (err) {
      if (err instanceof ImageError) throw fail(`“${shownName}”${err.reason === "unsupported" ? "不是JPEG、PNG或WebP格式的图片" : err.message}`);
      throw err;
    }
  }
  return prisma.$transaction(async (tx) => {
    const item = await tx.contentItem.findUnique({ where: { id: contentId }, select: { id: true, status: true, _count: { select: { attachments: true } } } });
    if (!item) throw new AppError("NOT_FOUND", "该内容不存在或已被删除。");
    if (item.status === "PUBLISHED" || item.status === "SCHEDULED") assertPermission(actor, "content.publish");
    if (item._count.attachments >= MAX_ATTACHMENTS) throw fail(`每项内容最多${MAX_ATTACHMENTS}个附件`);
    const fileName = cleanFileName(file.name, type.ext);
    const attachment = await tx.attachment.create({
      data: { contentId, fileName, mimeType: type.mimeType, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), data: Buffer.from(bytes) },
      select: { id: true, fileName: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: "content.attachment.added", targetType: "ContentItem", targetId: contentId, details: { attachmentId: attachment.id, fileName, size: bytes.length } });
    await enqueueSearchSync(tx, [{ type: "content", id: contentId }]);
    return attachment;
  });
}

export async function removeContentAttachment({ actor, attachmentId }: { actor: Actor; attachmentId: string }) {
  assertPermission(actor, "content.edit");
  return prisma.$transaction(async (tx) => {
    const attachment = await tx.attachment.findUnique({ where: { id: attachmentId }, select: { id: true, fileName: true, contentId: true, content: { select: { status: true } } } });
    if (!attachment?.contentId) throw new AppError("NOT_FOUND", "该附件不存在或已删除。");
    if (attachment.content?.status === "PUBLISHED" || attachment.content?.status === "SCHEDULED") assertPermission(actor, "content.publish");
    await tx.attachment.delete({ where: { id: attachmentId } });
    await writeAudit(tx, { actorId: actor.id, action: "content.attachment.removed", targetType: "ContentItem", targetId: attachment.contentId, details: { attachmentId, fileName: attachment.fileName } });
    await enqueueSearchSync(tx, [{ type: "content", id: attachment.contentId }]);
    return { contentId: attachment.contentId };
  });
}

/** For the download route: anyone for public content, editors for drafts too. */
export async function getContentAttachment({ actor, attachmentId, now = new Date() }: { actor: Actor | null; attachmentId: string; now?: Date }) {
  const attachment = await prisma.attachment.findFirst({
    where: { id: attachmentId, contentId: { not: null }, ...(can(actor, "content.edit") ? {} : { content: publishedWhere(now) }) },
    select: { fileName: true, mimeType: true, data: true, size: true, sha256: true, content: { select: { status: true, publishAt: true, publishedAt: true } } },
  });
  if (!attachment) throw new AppError("NOT_FOUND", "该附件不存在或已撤回。");
  const { content, ...file } = attachment;
  // Whether anyone may see it: only then may shared caches keep it.
  return { ...file, isPublic: !!content && isPublicNow(content, now) };
}
