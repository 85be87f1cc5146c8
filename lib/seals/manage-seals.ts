// Creating and revoking a unit's seal (admin, settings.manage). Creating draws the seal image
// from the name, generates the SM2 key pair and stores the private key encrypted
// (seal-key-crypto.ts); one active seal per unit is a partial unique index, so two admins racing
// get one seal and a CONFLICT. Revoking stops new uses; earlier uses stay verifiable.
import "server-only";
import { assertPermission, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import { prisma } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { insertSeal } from "./insert-seal";
export { defaultSealName } from "./insert-seal";
import { ZCreateSealInput, ZRevokeSealInput, type TCreateSealInput, type TRevokeSealInput } from "./seal.schema";

const ACTIVE_SEAL_CONFLICT = "该单位已有启用中的电子印章，请先停用原印章再制作新印章。";

export async function createSeal({ actor, input }: { actor: Actor; input: TCreateSealInput }): Promise<{ sealId: string }> {
  assertPermission(actor, "settings.manage");
  const parsed = parseInput(ZCreateSealInput, input);
  const department = await prisma.department.findUnique({ where: { id: parsed.departmentId }, select: { id: true, name: true } });
  if (!department) throw new AppError("VALIDATION", "请选择单位", { fieldErrors: { departmentId: "请选择单位" } });
  try {
    return await prisma.$transaction(async (tx) => {
      const active = await tx.seal.findFirst({ where: { departmentId: department.id, revokedAt: null }, select: { id: true } });
      if (active) throw new AppError("CONFLICT", ACTIVE_SEAL_CONFLICT);
      const seal = await insertSeal(tx, { departmentId: department.id, name: parsed.name, bottomText: parsed.bottomText, createdById: actor.id });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "seal.created",
        targetType: "Seal",
        targetId: seal.id,
        details: { name: parsed.name, department: department.name },
      });
      return { sealId: seal.id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("CONFLICT", ACTIVE_SEAL_CONFLICT, { cause: err });
    throw err;
  }
}

export async function revokeSeal({ actor, input }: { actor: Actor; input: TRevokeSealInput }): Promise<void> {
  assertPermission(actor, "settings.manage");
  const parsed = parseInput(ZRevokeSealInput, input);
  await prisma.$transaction(async (tx) => {
    // Only an active seal: the row lock also waits for a seal being applied right now.
    const changed = await tx.seal.updateMany({
      where: { id: parsed.sealId, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: actor.id, revokeReason: parsed.reason },
    });
    if (changed.count === 0) throw new AppError("CONFLICT", "该印章不存在或已停用。");
    const seal = await tx.seal.findUniqueOrThrow({ where: { id: parsed.sealId }, select: { name: true } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "seal.revoked",
      targetType: "Seal",
      targetId: parsed.sealId,
      details: { name: seal.name, reason: parsed.reason },
    });
  });
}
