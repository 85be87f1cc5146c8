// Keys for Open311 POST, issued by an admin. The key is shown once; only its SHA-256 is stored.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";

export const ZIssueApiKeyInput = z.object({
  name: z.string({ error: "请填写使用方名称" }).trim().min(1, "请填写使用方名称").max(60, "名称请控制在60字以内"),
});

const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

export async function issueApiKey({ actor, input }: { actor: Actor; input: unknown }) {
  assertPermission(actor, "settings.manage");
  const { name } = parseInput(ZIssueApiKeyInput, input);
  const key = `o311_${randomBytes(24).toString("base64url")}`;
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.apiKey.create({ data: { name, prefix: key.slice(0, 9), keyHash: hashKey(key), createdById: actor.id } });
    await writeAudit(tx, { actorId: actor.id, action: "apikey.issued", targetType: "ApiKey", targetId: created.id, details: { name } });
    return created;
  });
  return { id: row.id, name: row.name, key };
}

export async function revokeApiKey({ actor, id }: { actor: Actor; id: string }) {
  assertPermission(actor, "settings.manage");
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw new AppError("NOT_FOUND", "没有找到该密钥，或它已被停用。");
    await writeAudit(tx, { actorId: actor.id, action: "apikey.revoked", targetType: "ApiKey", targetId: id });
  });
}

export async function listApiKeys({ actor }: { actor: Actor }) {
  assertPermission(actor, "settings.manage");
  return prisma.apiKey.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } });
}

/** The active key's id, or null. */
export async function verifyApiKey(key: string | null | undefined): Promise<string | null> {
  if (!key) return null;
  const row = await prisma.apiKey.findUnique({ where: { keyHash: hashKey(key) } });
  if (!row || row.revokedAt) return null;
  await prisma.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return row.id;
}
