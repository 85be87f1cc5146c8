// Writing a seal row: a new SM2 key pair (private key encrypted), the image drawn from the name.
// No "server-only" here: the demo seed (scripts/prepare-db.ts, plain tsx) uses it too.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Tx } from "../db";
import { getEnv } from "../env";
import { renderSealPng } from "./render-seal-image";
import { encryptPrivateKey, generateSm2KeyPair } from "./seal-key-crypto";

/**
 * The full name a unit's seal carries: the department names of the reference data drop the
 * county ("县交通运输局", "清溪镇人民政府"), a seal never does ("桐川县交通运输局").
 */
export function defaultSealName(departmentName: string, siteName = getEnv().SITE_NAME): string {
  const county = siteName.replace(/人民政府$/, "");
  if (departmentName.startsWith(county)) return departmentName;
  if (/^县/.test(departmentName)) return county + departmentName.slice(1);
  return county + departmentName;
}

/** Writes a new seal row. For createSeal (in its transaction, after its checks) and the demo seed. */
export async function insertSeal(
  db: Tx | PrismaClient,
  input: { departmentId: string; name: string; bottomText?: string | null; createdById: string },
): Promise<{ id: string }> {
  // The id is chosen here because it is the additional data of the private key's encryption.
  const id = randomUUID();
  const keys = generateSm2KeyPair();
  const imagePng = await renderSealPng({ name: input.name, bottomText: input.bottomText });
  return db.seal.create({
    data: {
      id,
      departmentId: input.departmentId,
      name: input.name,
      bottomText: input.bottomText ?? null,
      publicKeyHex: keys.publicKeyHex,
      privateKeyEncrypted: encryptPrivateKey(keys.privateKeyHex, id),
      imagePng: new Uint8Array(imagePng),
      createdById: input.createdById,
    },
    select: { id: true },
  });
}
