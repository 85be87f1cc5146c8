import { describe, expect, it } from "vitest";
import { describeTarget, openDatabase, resolveDatabaseTarget } from "./db-adapter";
import { prisma } from "./db";

describe("resolveDatabaseTarget", () => {
  it("uses PostgreSQL for a postgres URL", () => {
    expect(resolveDatabaseTarget({ DATABASE_URL: "postgresql://u@127.0.0.1:5432/portal" })).toEqual({
      kind: "postgres",
      url: "postgresql://u@127.0.0.1:5432/portal",
    });
    expect(resolveDatabaseTarget({ DATABASE_URL: "postgres://u@db/portal" }).kind).toBe("postgres");
  });

  it("uses the embedded PGlite folder when DATABASE_URL is unset", () => {
    expect(resolveDatabaseTarget({})).toEqual({ kind: "pglite", dataDir: ".data/pglite" });
    expect(resolveDatabaseTarget({ PGLITE_DATA_DIR: "/var/lib/portal" })).toEqual({ kind: "pglite", dataDir: "/var/lib/portal" });
  });

  it("describes the target without credentials", () => {
    expect(describeTarget({ kind: "postgres", url: "postgresql://user:secret@db.example:6543/portal" })).toBe(
      "PostgreSQL (db.example:6543/portal)",
    );
  });

  it("opens an in-memory PGlite that answers SQL", async () => {
    const db = openDatabase({ kind: "pglite", dataDir: "memory://" });
    expect(await db.query<{ n: number }>("SELECT 1 + 1 AS n")).toEqual([{ n: 2 }]);
    await db.close();
  });
});

describe("the shared client", () => {
  it("stores and returns bytes (photos) unchanged", async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x10]);
    const row = await prisma.attachment.create({ data: { fileName: "a.png", mimeType: "image/png", size: bytes.length, sha256: "x", data: bytes } });
    const back = await prisma.attachment.findUniqueOrThrow({ where: { id: row.id } });
    expect(Buffer.from(back.data).equals(bytes)).toBe(true);
  });

  it("reaches the test database with the migrated schema", async () => {
    expect(await prisma.department.count()).toBeGreaterThanOrEqual(0);
    const tables = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations"`;
    expect(Number(tables[0].n)).toBeGreaterThan(0);
  });
});
