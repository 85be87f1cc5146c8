// What the seal pages show. An admin (settings.manage) sees every unit's seals; a unit's
// 电子印章管理员 (documents.seal) sees their own unit's. Images travel as data: URLs (CSP allows
// data: images), so no public image route exposes seals by id.
import "server-only";
import { can, type Actor } from "../auth/actor";
import { prisma } from "../db";
import { AppError } from "../errors";
import { defaultSealName } from "./insert-seal";

const dataUrl = (png: Uint8Array) => `data:image/png;base64,${Buffer.from(png).toString("base64")}`;

function assertSealReader(actor: Actor, departmentId?: string) {
  if (can(actor, "settings.manage")) return;
  if (can(actor, "documents.seal") && (departmentId === undefined || departmentId === actor.departmentId)) return;
  throw new AppError("FORBIDDEN", "您没有查看该单位电子印章的权限。");
}

export interface SealUnitRow {
  departmentId: string;
  departmentName: string;
  suggestedName: string;
  active: { id: string; name: string; imageDataUrl: string; createdAt: Date; uses: number } | null;
  revokedCount: number;
}

/** One row per unit the actor may see, with its active seal. */
export async function listSealUnits({ actor }: { actor: Actor }): Promise<{ units: SealUnitRow[]; canManage: boolean }> {
  assertSealReader(actor);
  const canManage = can(actor, "settings.manage");
  const departments = await prisma.department.findMany({
    where: canManage ? {} : { id: actor.departmentId },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      seals: {
        orderBy: { createdAt: "desc" },
        select: { id: true, name: true, revokedAt: true, createdAt: true, imagePng: true, _count: { select: { uses: true } } },
      },
    },
  });
  const units = departments.map((d) => {
    const active = d.seals.find((s) => !s.revokedAt);
    return {
      departmentId: d.id,
      departmentName: d.name,
      suggestedName: defaultSealName(d.name),
      active: active ? { id: active.id, name: active.name, imageDataUrl: dataUrl(active.imagePng), createdAt: active.createdAt, uses: active._count.uses } : null,
      revokedCount: d.seals.filter((s) => s.revokedAt).length,
    };
  });
  return { units, canManage };
}

export const SEAL_USES_PAGE_SIZE = 50;

/** A seal with its uses (newest first), for the seal's page. */
export async function getSealDetail({ actor, sealId, page = 1 }: { actor: Actor; sealId: string; page?: number }) {
  const seal = await prisma.seal.findUnique({
    where: { id: sealId },
    select: {
      id: true,
      name: true,
      bottomText: true,
      departmentId: true,
      department: { select: { name: true } },
      publicKeyHex: true,
      imagePng: true,
      createdAt: true,
      createdById: true,
      revokedAt: true,
      revokedById: true,
      revokeReason: true,
    },
  });
  if (!seal) throw new AppError("NOT_FOUND", "没有找到该电子印章。");
  assertSealReader(actor, seal.departmentId);
  const [total, uses, people] = await Promise.all([
    prisma.sealUse.count({ where: { sealId } }),
    prisma.sealUse.findMany({
      where: { sealId },
      orderBy: { sealedAt: "desc" },
      skip: (Math.max(1, page) - 1) * SEAL_USES_PAGE_SIZE,
      take: SEAL_USES_PAGE_SIZE,
      select: { id: true, kind: true, docNumber: true, title: true, signerName: true, sealedAt: true, verificationCode: true },
    }),
    prisma.officer.findMany({ where: { id: { in: [seal.createdById, seal.revokedById].filter((v): v is string => !!v) } }, select: { id: true, name: true } }),
  ]);
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? null;
  return {
    seal: {
      id: seal.id,
      name: seal.name,
      bottomText: seal.bottomText,
      departmentId: seal.departmentId,
      departmentName: seal.department.name,
      publicKeyHex: seal.publicKeyHex,
      imageDataUrl: dataUrl(seal.imagePng),
      createdAt: seal.createdAt,
      createdByName: nameOf(seal.createdById),
      revokedAt: seal.revokedAt,
      revokedByName: nameOf(seal.revokedById),
      revokeReason: seal.revokeReason,
    },
    uses,
    total,
    canManage: can(actor, "settings.manage"),
    // Only the unit's own keeper applies its seal (the same rule as sealing a document).
    canApply: can(actor, "documents.seal") && actor.departmentId === seal.departmentId && !seal.revokedAt,
  };
}

/** The kept PDF of a specimen (样张), for its download. */
export async function getSpecimenPdf({ actor, sealUseId }: { actor: Actor; sealUseId: string }): Promise<{ pdf: Buffer; fileName: string }> {
  const use = await prisma.sealUse.findUnique({
    where: { id: sealUseId },
    select: { kind: true, pdf: true, verificationCode: true, seal: { select: { departmentId: true } } },
  });
  if (!use || use.kind !== "SPECIMEN" || !use.pdf) throw new AppError("NOT_FOUND", "没有找到该样张。");
  assertSealReader(actor, use.seal.departmentId);
  return { pdf: Buffer.from(use.pdf), fileName: `seal-specimen-${use.verificationCode}.pdf` };
}
