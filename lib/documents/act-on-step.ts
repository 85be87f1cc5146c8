// 核稿, 会签 and 签发: the officer of an open step agrees (with an opinion, a standard phrase and
// optionally a drawn signature) or sends the document back to its drafter. Finishing the last
// step of a group opens the next group; 签发 numbers the document and opens 盖章 for the unit's
// seal keepers. The document row is locked first, so two co-signers finishing at once cannot both
// think the other is still open.
import "server-only";
import { assertPermission, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import { prisma } from "../db";
import { AppError } from "../errors";
import { beijingDate } from "../calendar/work-calendar";
import { enqueueMessages } from "../notify/enqueue-message";
import { parseInput } from "../validation";
import { ZStepActInput } from "./document.schema";
import { STEP_KIND_LABELS } from "./labels";
import { nextDocumentNumber, registerFor } from "./numbering";
import { readSignatureDataUrl } from "./signature-image";
import { openStepGroup } from "./step-flow";

const invalid = (field: string, message: string) => new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { [field]: message } });

export async function actOnDocumentStep({ actor, stepId, input, now = new Date() }: { actor: Actor; stepId: string; input: unknown; now?: Date }) {
  const data = parseInput(ZStepActInput, input);
  const signaturePng = data.decision === "approve" ? await readSignatureDataUrl(data.signature) : null;
  // "请XX同志阅办" is a template: the opinion names the comrade; alone it is refused.
  const phrase = data.phrase.includes("XX") ? "" : data.phrase;
  if (data.phrase.includes("XX") && !data.opinion) throw invalid("opinion", "选择“请XX同志阅办”时，请在意见中写明同志姓名");
  return prisma.$transaction(async (tx) => {
    const probe = await tx.documentStep.findUnique({ where: { id: stepId }, select: { documentId: true } });
    if (!probe) throw new AppError("NOT_FOUND", "没有找到该办理环节。");
    await tx.$queryRaw`SELECT 1 FROM "OfficialDocument" WHERE "id" = ${probe.documentId} FOR UPDATE`;
    const step = await tx.documentStep.findUniqueOrThrow({ where: { id: stepId } });
    const doc = await tx.officialDocument.findUniqueOrThrow({ where: { id: step.documentId } });
    if (step.assigneeId !== actor.id) throw new AppError("FORBIDDEN", "这一环节不是交给您办理的。");
    if (step.kind === "SEAL") throw new AppError("CONFLICT", "盖章请在盖章页面办理。");
    if (step.status !== "OPEN" || doc.status !== "ROUTING" || step.round !== doc.round) throw new AppError("CONFLICT", "该环节已经办理或已被退回，请刷新页面。");
    if (step.kind === "SIGN") assertPermission(actor, "documents.sign");
    const label = STEP_KIND_LABELS[step.kind];

    if (data.decision === "return") {
      if (!data.opinion) throw invalid("opinion", "退回时请填写退回意见");
      await tx.documentStep.update({ where: { id: stepId }, data: { status: "RETURNED", opinion: data.opinion, doneAt: now, doneById: actor.id } });
      await tx.documentStep.updateMany({ where: { documentId: doc.id, round: doc.round, status: { in: ["OPEN", "WAITING"] } }, data: { status: "CANCELLED" } });
      await tx.officialDocument.update({ where: { id: doc.id }, data: { status: "DRAFT", returnNote: `${actor.name}（${label}）退回：${data.opinion}`, signerId: null, version: { increment: 1 } } });
      const drafter = await tx.officer.findUnique({ where: { id: doc.drafterId }, select: { id: true, phone: true } });
      if (drafter?.phone) {
        await enqueueMessages(tx, [{ recipient: drafter.phone, template: "document.returned", body: `公文《${doc.title}》被${actor.name}在${label}环节退回：${data.opinion.slice(0, 40)}`, dedupeKey: `document.returned:${stepId}`, officerId: drafter.id, relatedType: "OfficialDocument", relatedId: doc.id }]);
      }
      await writeAudit(tx, { actorId: actor.id, action: "document.returned", targetType: "OfficialDocument", targetId: doc.id, details: { title: doc.title, step: label, opinion: data.opinion } });
      return { status: "DRAFT" as const };
    }

    if (step.kind === "SIGN" && !data.opinion && !phrase && !signaturePng) throw invalid("opinion", "请填写签发意见，或选择常用语");
    await tx.documentStep.update({ where: { id: stepId }, data: { status: "DONE", opinion: data.opinion || null, phrase: phrase || (data.opinion || signaturePng ? null : "同意"), signaturePng, doneAt: now, doneById: actor.id } });
    await writeAudit(tx, { actorId: actor.id, action: step.kind === "SIGN" ? "document.signed" : step.kind === "COSIGN" ? "document.cosigned" : "document.reviewed", targetType: "OfficialDocument", targetId: doc.id, details: { title: doc.title, opinion: data.opinion || phrase || "同意", signature: !!signaturePng } });

    const stillOpen = await tx.documentStep.count({ where: { documentId: doc.id, round: doc.round, seq: step.seq, status: "OPEN" } });
    if (stillOpen > 0) return { status: "ROUTING" as const };

    if (step.kind === "SIGN") {
      // 编号: in this transaction, so a rollback gives the number back.
      const register = await registerFor(tx, doc.departmentId, doc.kind);
      const numbered = await nextDocumentNumber(tx, register, Number(beijingDate(now).slice(0, 4)));
      await tx.officialDocument.update({
        where: { id: doc.id },
        data: { status: "SIGNED", signerId: actor.id, signedAt: now, registerId: register.id, numberYear: numbered.year, numberSeq: numbered.seq, docNumber: numbered.docNumber, version: { increment: 1 } },
      });
      await tx.documentStep.create({ data: { documentId: doc.id, round: doc.round, seq: step.seq + 1, kind: "SEAL", assigneeId: null, departmentId: doc.departmentId } });
      await openStepGroup(tx, doc, doc.round, step.seq + 1, now);
      await writeAudit(tx, { actorId: actor.id, action: "document.numbered", targetType: "OfficialDocument", targetId: doc.id, details: { title: doc.title, docNumber: numbered.docNumber } });
      return { status: "SIGNED" as const, docNumber: numbered.docNumber };
    }
    await openStepGroup(tx, doc, doc.round, step.seq + 1, now);
    return { status: "ROUTING" as const };
  });
}
