// Fills lib/seals' OfficialDocumentLayout (GB/T 9704-2012) from a document: the register gives
// 发文机关标志 and 署名, 成文日期 is the 签发 date, 印发 is the issuing unit's office on the
// sealing date (ARCHITECTURE.md "Official documents": choices).
import "server-only";
import type { OfficialDocument } from "@/generated/prisma/client";
import type { Tx } from "../db";
import { htmlToDocumentBlocks, type OfficialDocumentLayout } from "../seals";
import { siteConfig } from "../site";
import { UPWARD_KINDS } from "./labels";
import { defaultRegister, registerFor } from "./numbering";

export async function documentLayout(tx: Tx, doc: OfficialDocument, printedDate: Date): Promise<OfficialDocumentLayout> {
  const register = doc.registerId ? await tx.documentRegister.findUnique({ where: { id: doc.registerId } }) : await registerFor(tx, doc.departmentId, doc.kind);
  const unitIds = [...new Set([...doc.mainToIds, ...doc.copyToIds, doc.departmentId])];
  const units = await tx.department.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true, code: true, kind: true } });
  const nameOf = (id: string) => units.find((u) => u.id === id)?.name ?? "";
  const own = units.find((u) => u.id === doc.departmentId)!;
  const names = register ?? defaultRegister(own, doc.kind);
  const attachments = await tx.documentFile.findMany({ where: { documentId: doc.id, kind: "ATTACHMENT" }, orderBy: { createdAt: "asc" }, select: { fileName: true } });
  const signer = doc.signerId && UPWARD_KINDS.includes(doc.kind) ? await tx.officer.findUnique({ where: { id: doc.signerId }, select: { name: true } }) : null;
  return {
    issuerMark: names.issuerMark,
    docNumber: doc.docNumber ?? "",
    ...(signer ? { signer: signer.name } : {}),
    urgency: doc.urgency === "EXTRA_URGENT" ? "特急" : doc.urgency === "URGENT" ? "加急" : null,
    secrecy: null,
    title: doc.title,
    mainRecipients: doc.mainToIds.map(nameOf).filter(Boolean),
    body: htmlToDocumentBlocks(doc.bodyHtml),
    attachments: attachments.map((a) => a.fileName.replace(/\.[^.]+$/, "")),
    signingUnit: names.issuerName,
    date: doc.signedAt ?? printedDate,
    copyTo: doc.copyToIds.map(nameOf).filter(Boolean),
    // 印发机关: the office that prints (县政府办 for county documents), by its full name.
    printedBy: own.kind === "GOVERNMENT_OFFICE" ? `${siteConfig().name.replace(/人民政府$/, "")}${own.name.replace(/^县/, "")}` : names.issuerName,
    printedDate,
  };
}
