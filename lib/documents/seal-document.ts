// 盖章: a seal keeper of the issuing unit applies its electronic seal to a signed document
// (lib/seals renders the GB/T 9704 PDF, presses the seal on the date, prints the verify QR code,
// signs with SM2 over SM3 and audits the use). The sealed PDF is stored with the document.
import "server-only";
import { assertPermission, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import { prisma } from "../db";
import { AppError } from "../errors";
import { renderOfficialDocumentPdf, sealOfficialDocument } from "../seals";
import { documentLayout } from "./document-layout";
import { loadViewableDocument } from "./document-access";
import { createHash } from "node:crypto";

export async function sealDocument({ actor, documentId, now = new Date() }: { actor: Actor; documentId: string; now?: Date }) {
  assertPermission(actor, "documents.seal");
  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "OfficialDocument" WHERE "id" = ${documentId} FOR UPDATE`;
      const doc = await tx.officialDocument.findUnique({ where: { id: documentId } });
      if (!doc) throw new AppError("NOT_FOUND", "没有找到该公文。");
      if (doc.departmentId !== actor.departmentId) throw new AppError("FORBIDDEN", "只能为本单位的公文盖章。");
      if (doc.status !== "SIGNED") throw new AppError("CONFLICT", doc.sealedAt ? "该公文已经盖章。" : "该公文尚未签发，不能盖章。");
      const step = await tx.documentStep.findFirst({ where: { documentId, round: doc.round, kind: "SEAL", status: "OPEN" } });
      if (!step) throw new AppError("CONFLICT", "该公文没有待盖章的环节。");
      const layout = await documentLayout(tx, doc, now);
      const sealed = await sealOfficialDocument(tx, actor, { departmentId: doc.departmentId, documentId, layout });
      const pdf = Buffer.from(sealed.pdf);
      await tx.documentFile.create({
        data: { documentId, kind: "SEALED_PDF", fileName: `${doc.docNumber ?? "公文"}.pdf`, mimeType: "application/pdf", size: pdf.length, sha256: createHash("sha256").update(pdf).digest("hex"), data: pdf },
      });
      await tx.documentStep.update({ where: { id: step.id }, data: { status: "DONE", doneAt: now, doneById: actor.id, phrase: "已加盖电子印章" } });
      await tx.officialDocument.update({ where: { id: documentId }, data: { status: "SEALED", sealedAt: now, sealedById: actor.id, verificationCode: sealed.verificationCode, sealUseId: sealed.sealUseId, pageCount: sealed.pageCount, version: { increment: 1 } } });
      await writeAudit(tx, { actorId: actor.id, action: "document.sealed", targetType: "OfficialDocument", targetId: documentId, details: { title: doc.title, docNumber: doc.docNumber, verificationCode: sealed.verificationCode } });
      return { verificationCode: sealed.verificationCode };
    },
    { timeout: 60_000 },
  );
}

/** An unsealed preview PDF (送审稿 / before sealing), for anyone who may read the document. */
export async function previewDocumentPdf({ actor, documentId, now = new Date() }: { actor: Actor; documentId: string; now?: Date }) {
  const doc = await loadViewableDocument(prisma, actor, documentId);
  const layout = await documentLayout(prisma, doc, now);
  if (!layout.docNumber) layout.docNumber = "（签发后编号）";
  return { pdf: await renderOfficialDocumentPdf(layout), fileName: `${doc.title.slice(0, 40)}（预览）.pdf` };
}
