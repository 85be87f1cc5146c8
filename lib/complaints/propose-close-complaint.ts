// 提请办结: a handler proposes closing the case with the reply to the citizen and evidence photos;
// the department head reviews it (review-close-proposal.ts). Nothing reaches the citizen yet.
import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZProposeCloseInput } from "./case-handling.schema";
import { departmentContacts } from "./notify-recipients";
import { checkPhotos, preparePhotos, type UploadedPhoto } from "./photos";
import { RESOLVABLE } from "./resolve-complaint";
import { transitionComplaint } from "./transition-complaint";

export async function proposeCloseComplaint({ actor, complaintId, expectedVersion, input, photos = [], now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; input: unknown; photos?: UploadedPhoto[]; now?: Date }) {
  const { reply } = parseInput(ZProposeCloseInput, input);
  // Evidence photos are decoded and stored as clean copies (no EXIF/GPS) like the citizen's,
  // before the transaction: decoding takes time.
  const prepared = await preparePhotos(photos);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.handle",
      allowedFrom: RESOLVABLE,
      scope: "department",
      verb: "提请办结",
      auditAction: "complaint.close_proposed",
      plan: async (c, tx) => {
        if (c.closeProposedAt) throw new AppError("CONFLICT", "该案件已提请办结，等待部门负责人审核。");
        const kept = await tx.attachment.count({ where: { complaintId: c.id, isEvidence: true } });
        const { accepted, error } = checkPhotos(prepared, kept);
        if (error) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { photos: error } });
        for (const p of accepted) {
          await tx.attachment.create({
            data: { complaintId: c.id, isEvidence: true, fileName: p.fileName.slice(0, 200) || "办理照片", mimeType: p.mimeType, size: p.bytes.length, sha256: createHash("sha256").update(p.bytes).digest("hex"), data: Buffer.from(p.bytes), createdAt: now },
          });
        }
        const heads = await departmentContacts(tx, c.departmentId);
        return {
          data: { closeProposedAt: now, closeProposedById: actor.id, proposedReply: reply, handlerId: c.handlerId ?? actor.id },
          event: { type: "CLOSE_PROPOSED", note: `${actor.name}提请办结。拟答复：${reply}${accepted.length ? `（附办理照片${accepted.length}张）` : ""}`, isPublic: false, data: { photos: accepted.length } },
          messages: heads.filter((h) => h.id !== actor.id).map((h) => ({ recipient: h.phone, officerId: h.id, template: "complaint.close_proposed", body: `案件${c.trackingNo}已由${actor.name}提请办结，请审核。`, dedupeKey: `close-proposed:${c.id}:${c.version}:${h.id}`, relatedType: "Complaint", relatedId: c.id })),
        };
      },
    },
    now,
  );
}
