// Chooses and opens the database the portal talks to. Shared by lib/db.ts (the app),
// prisma.config.ts (the Prisma CLI), scripts/prepare-db.ts and the test setup, so all of them
// always agree. Framework-free on purpose.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

const BYTEA_OID = 17;

// Prisma's JS engine hands Bytes parameters to driver adapters as base64 text and leaves the
// decoding to the adapter (adapter-pg does it in mapArg); pglite-prisma-adapter 0.6 passes them
// on unchanged and PGlite refuses text for bytea, so no photo could be stored. Decode here.
function serializeBytea(value: unknown): string {
  const bytes = typeof value === "string" ? Buffer.from(value, "base64") : value instanceof Uint8Array ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : null;
  if (!bytes) throw new Error("Invalid input for bytea type");
  return `\\x${bytes.toString("hex")}`;
}

export const DEFAULT_PGLITE_DIR = ".data/pglite";

export function isPostgresUrl(value: string | undefined): value is string {
  return !!value && /^postgres(ql)?:\/\//i.test(value);
}

/** PostgreSQL when DATABASE_URL is a postgres URL, the embedded PGlite folder otherwise. */
export function resolveDatabaseTarget(env: Record<string, string | undefined>): DatabaseTarget {
  if (isPostgresUrl(env.DATABASE_URL)) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: env.PGLITE_DATA_DIR || DEFAULT_PGLITE_DIR };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `PGlite (${target.dataDir})`;
  const u = new URL(target.url);
  return `PostgreSQL (${u.hostname}:${u.port || 5432}${u.pathname})`;
}

export interface OpenDatabase {
  target: DatabaseTarget;
  /** The Prisma driver adapter factory. Typed loosely: the two adapters come from different
   * versions of Prisma's adapter utilities (PLATFORM.md). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  adapter: any;
  /** Runs SQL that may hold several statements and no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs one parameterised query (used where Prisma is not running yet). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** LISTEN on a channel (PostgreSQL: a dedicated connection; PGlite: in-process). Resolves once
   * listening; `onLost` fires if the connection drops, after which nothing more is delivered. */
  listen(channel: string, onMessage: (payload: string) => void, onLost: (err: unknown) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function openDatabase(target: DatabaseTarget): OpenDatabase {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: Number(process.env.DATABASE_POOL_SIZE || 10),
    });
    // An idle connection that the server closes (restart, failover, a dropped test database)
    // must not crash the process; the pool replaces it on the next checkout.
    pool.on("error", (err) => console.error(`[db] idle PostgreSQL connection lost: ${err.message}`));
    // exec/query use one dedicated connection, so session state (advisory locks, BEGIN..COMMIT
    // split over calls) holds; Prisma gets the pool.
    let direct: Promise<InstanceType<typeof pg.Client>> | undefined;
    const connection = () =>
      (direct ??= (async () => {
        const c = new pg.Client({ connectionString: target.url });
        await c.connect();
        return c;
      })());
    return {
      target,
      adapter: new PrismaPg(pool),
      exec: async (sql) => {
        await (await connection()).query(sql);
      },
      query: async (sql, params) => (await (await connection()).query(sql, params)).rows,
      listen: async (channel, onMessage, onLost) => {
        const c = new pg.Client({ connectionString: target.url });
        let isClosing = false;
        c.on("notification", (n) => n.channel === channel && onMessage(n.payload ?? ""));
        c.on("error", (err) => !isClosing && onLost(err));
        c.on("end", () => !isClosing && onLost(new Error("listen connection ended")));
        await c.connect();
        await c.query(`LISTEN "${channel.replace(/"/g, "")}"`);
        return async () => {
          isClosing = true;
          await c.end().catch(() => undefined);
        };
      },
      close: async () => {
        if (direct) await (await direct).end();
        await pool.end();
      },
    };
  }
  // PGlite does not create parent folders (PLATFORM.md).
  if (!target.dataDir.startsWith("memory://")) mkdirSync(path.resolve(target.dataDir), { recursive: true });
  // pg_trgm: the search's closest-title fallback (migration 20261129..._search2_trigram creates it).
  const client = new PGlite(target.dataDir, { serializers: { [BYTEA_OID]: serializeBytea }, extensions: { pg_trgm } });
  return {
    target,
    adapter: new PrismaPGlite(client),
    exec: async (sql) => {
      await client.exec(sql);
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    query: async (sql, params) => (await client.query<any>(sql, params)).rows,
    listen: async (channel, onMessage) => {
      const unsubscribe = await client.listen(channel, onMessage);
      return async () => {
        if (!client.closed) await unsubscribe();
      };
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}
