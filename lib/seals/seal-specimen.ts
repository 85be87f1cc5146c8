// 试盖章: the unit's 电子印章管理员 seals a specimen (样张) to check the seal image, the layout and
// the public verification before the first real document. A real use of the seal (recorded,
// audited, verifiable at /verify, marked 样张 there and across every page); its PDF is kept for
// download from the seal page.
import "server-only";
import { randomUUID } from "node:crypto";
import { assertPermission, type Actor } from "../auth/actor";
import { beijingDate } from "../calendar/work-calendar";
import { prisma } from "../db";
import { getEnv } from "../env";
import { AppError } from "../errors";
import type { OfficialDocumentLayout } from "./layout";
import { applySeal } from "./seal-official-document";

export function specimenLayout(input: { sealName: string; keeperName: string; now: Date; serial: number }): OfficialDocumentLayout {
  const [year] = beijingDate(input.now).split("-");
  const site = getEnv().SITE_URL.replace(/\/$/, "").replace(/^https?:\/\//, "");
  return {
    issuerMark: `${input.sealName}文件`,
    docNumber: `样张〔${year}〕${input.serial}号`,
    title: `${input.sealName}电子印章样张`,
    mainRecipients: ["电子印章管理员"],
    body: [
      {
        kind: "paragraph",
        text: `本样张由${input.sealName}电子印章管理员${input.keeperName}加盖，用于核对电子印章的印模、版式和公开核验功能，不是正式公文，不具有公文效力。`,
      },
      { kind: "heading1", text: "一、核对印模" },
      { kind: "paragraph", text: "印章应为红色圆形，上弧为单位全称，中心为五角星；印章居中下压发文机关署名和成文日期。" },
      { kind: "heading1", text: "二、核验文件" },
      {
        kind: "paragraph",
        text: `扫描页眉右侧的二维码，或访问${site}/verify上传本文件、输入验证码，可核验本文件是否由本系统签发且未被修改。对文件作任何改动（哪怕一个字节）后，核验将不能通过。`,
      },
    ],
    attachments: [],
    signingUnit: input.sealName,
    date: input.now,
    copyTo: [],
    printedBy: input.sealName,
    printedDate: input.now,
  };
}

export async function sealSpecimen({ actor }: { actor: Actor }): Promise<{ sealUseId: string; verificationCode: string }> {
  assertPermission(actor, "documents.seal");
  return prisma.$transaction(
    async (tx) => {
      const seal = await tx.seal.findFirst({ where: { departmentId: actor.departmentId, revokedAt: null }, select: { id: true, name: true } });
      if (!seal) throw new AppError("CONFLICT", "本单位没有启用中的电子印章，请联系系统管理员制作印章。");
      const serial = (await tx.sealUse.count({ where: { sealId: seal.id, kind: "SPECIMEN" } })) + 1;
      const officer = await tx.officer.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
      const now = new Date();
      const result = await applySeal(
        tx,
        actor,
        {
          departmentId: actor.departmentId,
          documentId: `specimen:${randomUUID()}`,
          layout: specimenLayout({ sealName: seal.name, keeperName: officer.name, now, serial }),
        },
        { kind: "SPECIMEN", watermark: "样张", keepPdf: true },
      );
      return { sealUseId: result.sealUseId, verificationCode: result.verificationCode };
    },
    { timeout: 30_000 },
  );
}
