// 会议材料: files checked by their bytes (PDF, Word, Excel, images: the content attachments'
// checks), 10 MB each, served only to the meeting's participants and organisers. After the
// meeting the organiser may withdraw them; withdrawn files are no longer served.
import "server-only";
import { assertPermission, type Actor } from "../auth/actor";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../errors";
import { cleanFileName, MAX_ATTACHMENT_BYTES, sniffDocumentType } from "../content/content-attachments";
import { loadManagedMeeting } from "./meeting-access";
import { meetingViewer } from "./meeting-read";

export async function addMeetingMaterial({ actor, meetingId, file }: { actor: Actor; meetingId: string; file: { name: string; bytes: Uint8Array } }) {
  assertPermission(actor, "meetings.organise");
  if (file.bytes.length === 0) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { file: "请选择要上传的文件" } });
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { file: "文件不能超过10MB" } });
  const type = sniffDocumentType(file.bytes, file.name);
  if (!type) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { file: "只能上传PDF、Word、Excel或图片文件" } });
  return prisma.$transaction(async (tx) => {
    const meeting = await loadManagedMeeting(tx, actor, meetingId);
    if (meeting.status === "CANCELLED") throw new AppError("CONFLICT", "会议已取消。");
    const material = await tx.meetingMaterial.create({
      data: { meetingId, fileName: cleanFileName(file.name, type.ext), mimeType: type.mimeType, size: file.bytes.length, data: Buffer.from(file.bytes), uploadedById: actor.id },
      select: { id: true, fileName: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.material_added", targetType: "Meeting", targetId: meetingId, details: { fileName: material.fileName } });
    return material;
  });
}

/** Withdraws a material; only once the meeting has ended (before, replace it by uploading a new one). */
export async function withdrawMeetingMaterial({ actor, materialId, now = new Date() }: { actor: Actor; materialId: string; now?: Date }) {
  assertPermission(actor, "meetings.organise");
  return prisma.$transaction(async (tx) => {
    const material = await tx.meetingMaterial.findUnique({ where: { id: materialId }, select: { id: true, meetingId: true, fileName: true, withdrawnAt: true } });
    if (!material) throw new AppError("NOT_FOUND", "该材料不存在。");
    const meeting = await loadManagedMeeting(tx, actor, material.meetingId);
    if (meeting.status !== "CANCELLED" && meeting.endAt > now) throw new AppError("CONFLICT", "会议结束后才能撤回材料。");
    if (!material.withdrawnAt) await tx.meetingMaterial.update({ where: { id: materialId }, data: { withdrawnAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.material_withdrawn", targetType: "Meeting", targetId: meeting.id, details: { fileName: material.fileName } });
    return { meetingId: meeting.id };
  });
}

/** For the download route: participants and organisers of the meeting, while not withdrawn. */
export async function getMeetingMaterial({ actor, materialId }: { actor: Actor | null; materialId: string }) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录。");
  const material = await prisma.meetingMaterial.findUnique({ where: { id: materialId }, select: { meetingId: true, fileName: true, mimeType: true, size: true, data: true, withdrawnAt: true } });
  if (!material || material.withdrawnAt) throw new AppError("NOT_FOUND", "该材料不存在或已撤回。");
  const viewer = await meetingViewer(prisma, actor, material.meetingId);
  if (!viewer.canManage && viewer.invitations.length === 0) throw new AppError("NOT_FOUND", "该材料不存在或已撤回。");
  return material;
}
