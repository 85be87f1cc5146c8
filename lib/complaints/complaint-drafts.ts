// A complaint being written, between the form and the check-your-answers page. The draft keeps
// the answers and the photos already uploaded, so a validation error or a "change" link never
// loses them; its id is the idempotency key of the filing.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { createHash } from "node:crypto";
import { prisma } from "../db";
import { AppError } from "../errors";
import { fieldErrorsOf, unsafeTextErrors } from "../validation";
import { ZComplaintAnswers, type TComplaintAnswers } from "./complaint.schema";
import { checkPhotos, MAX_PHOTOS, preparePhotos, type UploadedPhoto } from "./photos";

export type DraftValues = Record<string, string>;

export interface DraftPhoto {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
}

export interface ComplaintDraftView {
  id: string;
  values: DraftValues;
  photos: DraftPhoto[];
  complaintId: string | null;
}

const DRAFT_ID = /^[0-9a-f-]{36}$/;
const ANSWER_KEYS = ["categoryId", "title", "description", "address", "occurredOn", "isAnonymous", "citizenName", "citizenPhone", "consentToPublish"];

export function newDraftId(): string {
  return randomUUID();
}

export function isDraftId(value: unknown): value is string {
  return typeof value === "string" && DRAFT_ID.test(value);
}

function pickAnswers(values: DraftValues): DraftValues {
  return Object.fromEntries(ANSWER_KEYS.filter((k) => values[k] !== undefined).map((k) => [k, values[k]]));
}

export async function getComplaintDraft(draftId: string): Promise<ComplaintDraftView | null> {
  if (!isDraftId(draftId)) return null;
  const draft = await prisma.complaintDraft.findUnique({
    where: { id: draftId },
    include: { attachments: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!draft) return null;
  return { id: draft.id, values: draft.data as DraftValues, photos: draft.attachments, complaintId: draft.complaintId };
}

interface Saved {
  draft: ComplaintDraftView;
  photoError?: string;
}

const ALREADY_FILED = () => new AppError("CONFLICT", "这份诉求已经提交，请查看回执。");

/**
 * Answers only (the common case): one statement saves them unless the draft was filed already and
 * returns the photos kept so far. A filed draft's answers are never overwritten.
 */
async function saveAnswers(draftId: string, answers: DraftValues): Promise<Saved> {
  const at = new Date().toISOString();
  const [row] = await prisma.$queryRaw<{ saved: number; photos: DraftPhoto[] }[]>`
    WITH saved AS (
      INSERT INTO "ComplaintDraft" ("id", "data", "createdAt", "updatedAt")
      VALUES (${draftId}, ${JSON.stringify(answers)}::jsonb, ${at}::timestamp, ${at}::timestamp)
      ON CONFLICT ("id") DO UPDATE SET "data" = EXCLUDED."data", "updatedAt" = EXCLUDED."updatedAt"
      WHERE "ComplaintDraft"."complaintId" IS NULL
      RETURNING "id"
    )
    SELECT (SELECT count(*) FROM saved)::int AS "saved",
      COALESCE((SELECT json_agg(json_build_object('id', a."id", 'fileName', a."fileName", 'mimeType', a."mimeType", 'size', a."size") ORDER BY a."createdAt")
        FROM "Attachment" a WHERE a."draftId" = ${draftId}), '[]'::json) AS "photos"`;
  if (!row || row.saved === 0) throw ALREADY_FILED();
  return { draft: { id: draftId, values: answers, photos: row.photos, complaintId: null } };
}

async function saveAnswersAndPhotos(draftId: string, answers: DraftValues, photos: UploadedPhoto[], removePhotoIds: string[]): Promise<Saved> {
  const existing = await prisma.complaintDraft.findUnique({ where: { id: draftId }, select: { complaintId: true } });
  if (existing?.complaintId) throw ALREADY_FILED();
  // Decoded and cleaned before the transaction, which should not wait on images.
  const prepared = await preparePhotos(photos);
  const photoError = await prisma.$transaction(async (tx) => {
    await tx.complaintDraft.upsert({
      where: { id: draftId },
      create: { id: draftId, data: answers as Prisma.InputJsonValue },
      update: { data: answers as Prisma.InputJsonValue },
    });
    if (removePhotoIds.length) await tx.attachment.deleteMany({ where: { draftId, id: { in: removePhotoIds } } });
    const kept = await tx.attachment.count({ where: { draftId } });
    const { accepted, error } = checkPhotos(prepared, kept);
    for (const photo of accepted) {
      await tx.attachment.create({
        data: {
          draftId,
          fileName: photo.fileName.slice(0, 200) || "照片",
          mimeType: photo.mimeType,
          size: photo.bytes.length,
          sha256: createHash("sha256").update(photo.bytes).digest("hex"),
          data: Uint8Array.from(photo.bytes),
        },
      });
    }
    return error;
  });
  return { draft: (await getComplaintDraft(draftId))!, photoError };
}

export interface SaveDraftResult {
  draft: ComplaintDraftView;
  answers: TComplaintAnswers;
}

/**
 * Saves the answers and any new photos, removes the photos the person unticked, then validates.
 * Good photos are kept even when other answers are wrong; on any problem it throws a VALIDATION
 * AppError whose field messages the form shows, after everything acceptable has been saved.
 */
export async function saveComplaintDraft({
  draftId,
  values,
  photos = [],
  removePhotoIds = [],
}: {
  draftId: string;
  values: DraftValues;
  photos?: UploadedPhoto[];
  removePhotoIds?: string[];
}): Promise<SaveDraftResult> {
  if (!isDraftId(draftId)) throw new AppError("VALIDATION", "表单已失效，请重新填写", { fieldErrors: { form: "表单已失效，请刷新页面后重新填写" } });
  const answers = pickAnswers(values);
  const unsafe = unsafeTextErrors(answers);
  if (unsafe) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: unsafe });
  const { draft, photoError } = photos.length === 0 && removePhotoIds.length === 0 ? await saveAnswers(draftId, answers) : await saveAnswersAndPhotos(draftId, answers, photos, removePhotoIds);

  const parsed = ZComplaintAnswers.safeParse(answers);
  const fieldErrors: Record<string, string> = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (photoError) fieldErrors.photos = photoError;
  if (!parsed.success || photoError) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors });
  if (draft.photos.length > MAX_PHOTOS) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { photos: `最多上传${MAX_PHOTOS}张照片` } });
  return { draft, answers: parsed.data };
}

/** A photo of a draft, for the check-your-answers page (whoever holds the draft id holds the draft). */
export async function getDraftPhoto({ draftId, attachmentId }: { draftId: string; attachmentId: string }) {
  if (!isDraftId(draftId)) return null;
  const a = await prisma.attachment.findFirst({ where: { id: attachmentId, draftId }, select: { mimeType: true, fileName: true, data: true } });
  return a ? { mimeType: a.mimeType, fileName: a.fileName, data: Buffer.from(a.data) } : null;
}
