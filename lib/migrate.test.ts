import { describe, expect, it } from "vitest";
import { openDatabase } from "./db-adapter";
import { applyMigrations, readMigrations } from "./migrate";

describe("applyMigrations", () => {
  it("applies every migration once and records them as Prisma does", async () => {
    const db = openDatabase({ kind: "pglite", dataDir: "memory://" });
    const migrations = readMigrations();
    expect(await applyMigrations(db, migrations)).toEqual(migrations.map((m) => m.name));
    expect(await applyMigrations(db, migrations)).toEqual([]);
    const rows = await db.query<{ checksum: string }>(`SELECT checksum FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((r) => r.checksum)).toEqual(migrations.map((m) => m.checksum));
    await db.close();
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const db = openDatabase({ kind: "pglite", dataDir: "memory://" });
    const [first] = readMigrations();
    await applyMigrations(db, [first]);
    await expect(applyMigrations(db, [{ ...first, checksum: "0".repeat(64) }])).rejects.toThrow(/was changed after it was applied/);
    await db.close();
  });

  it("rolls back a failing migration completely", async () => {
    const db = openDatabase({ kind: "pglite", dataDir: "memory://" });
    const bad = { name: "20990101000000_bad", sql: `CREATE TABLE "half" (id int); SELECT no_such_function();`, checksum: "x" };
    await expect(applyMigrations(db, [bad])).rejects.toThrow(/Migration 20990101000000_bad failed/);
    const tables = await db.query(`SELECT 1 FROM pg_tables WHERE tablename = 'half'`);
    expect(tables).toHaveLength(0);
    await db.close();
  });
});
