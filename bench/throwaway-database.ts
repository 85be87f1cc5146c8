// A database a benchmark fills and then drops: a new PostgreSQL database next to DATABASE_URL's
// (so a run never touches real data), or an in-memory PGlite when DATABASE_URL is not a
// PostgreSQL URL. Migrated, and installed as the shared Prisma client.
import { randomBytes } from "node:crypto";
import { isPostgresUrl, openDatabase, type OpenDatabase } from "../lib/db-adapter";
import { installDatabase } from "../lib/db";
import { applyMigrations } from "../lib/migrate";
import { withDatabase } from "../test/global-setup";

export interface ThrowawayDatabase {
  db: OpenDatabase;
  prisma: ReturnType<typeof installDatabase>;
  /** The PostgreSQL database's name, or null for in-memory PGlite. */
  name: string | null;
  /** Closes it and drops the PostgreSQL database, unless `keep`. */
  dispose(): Promise<void>;
}

export async function openThrowawayDatabase(prefix: string, { keep = false }: { keep?: boolean } = {}): Promise<ThrowawayDatabase> {
  const url = process.env.DATABASE_URL;
  const name = isPostgresUrl(url) ? `${prefix}_${randomBytes(4).toString("hex")}` : null;
  if (name) {
    const admin = openDatabase({ kind: "postgres", url: url! });
    await admin.exec(`CREATE DATABASE "${name}"`);
    await admin.close();
  }
  const db = name ? openDatabase({ kind: "postgres", url: withDatabase(url!, name) }) : openDatabase({ kind: "pglite", dataDir: "memory://" });
  const dispose = async () => {
    await db.close();
    if (name && !keep) {
      const admin = openDatabase({ kind: "postgres", url: url! });
      await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.close();
    }
  };
  try {
    await applyMigrations(db);
  } catch (err) {
    await dispose();
    throw err;
  }
  return { db, prisma: installDatabase(db), name, dispose };
}

/** Runs fn and prints how long it took, the label padded to `width`. */
export async function timed<T>(label: string, fn: () => Promise<T>, width = 40): Promise<T> {
  const started = performance.now();
  const result = await fn();
  console.log(`${label.padEnd(width)} ${(performance.now() - started).toFixed(0).padStart(7)} ms`);
  return result;
}
