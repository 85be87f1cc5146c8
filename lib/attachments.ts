// Attachment bytes go in and out through SQL hex encoding rather than Prisma's Bytes mapping:
// pglite-prisma-adapter 0.6 passes Bytes parameters through unconverted, which PGlite refuses
// ("Invalid input for bytea type"). The same SQL works on PostgreSQL.
import { createHash, randomUUID } from "node:crypto";
import type { Tx } from "./db";

type Db = Pick<Tx, "$executeRaw" | "$queryRaw">;

export interface NewAttachment {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  draftId?: string | null;
  complaintId?: string | null;
  contentId?: string | null;
}

export async function insertAttachment(db: Db, a: NewAttachment): Promise<string> {
  const id = randomUUID();
  const bytes = Buffer.from(a.bytes);
  await db.$executeRaw`
    INSERT INTO "Attachment" ("id", "draftId", "complaintId", "contentId", "fileName", "mimeType", "size", "sha256", "data")
    VALUES (${id}, ${a.draftId ?? null}, ${a.complaintId ?? null}, ${a.contentId ?? null}, ${a.fileName}, ${a.mimeType},
            ${bytes.length}, ${createHash("sha256").update(bytes).digest("hex")}, decode(${bytes.toString("hex")}, 'hex'))`;
  return id;
}

export async function readAttachmentBytes(db: Db, id: string): Promise<Buffer | null> {
  const rows = await db.$queryRaw<{ hex: string }[]>`SELECT encode("data", 'hex') AS "hex" FROM "Attachment" WHERE "id" = ${id}`;
  return rows[0] ? Buffer.from(rows[0].hex, "hex") : null;
}
