// The one Prisma client. PostgreSQL through @prisma/adapter-pg when DATABASE_URL is a postgres
// URL, the embedded PGlite folder otherwise (lib/db-adapter.ts). Created on first use, so
// `next build` never opens the database.
import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import { openDatabase, resolveDatabaseTarget, type OpenDatabase } from "./db-adapter";
import { getEnv } from "./env";

interface Holder {
  client: PrismaClient;
  database: OpenDatabase;
}

// Kept on globalThis so that dev-server reloads reuse one PGlite instance (it allows one
// process and one open handle at a time).
const store = globalThis as unknown as { __portalDb?: Holder };

/** Points the shared client at an already opened database (test setup, scripts). */
export function installDatabase(database: OpenDatabase): PrismaClient {
  const client = new PrismaClient({ adapter: database.adapter });
  store.__portalDb = { client, database };
  return client;
}

function holder(): Holder {
  if (!store.__portalDb) {
    getEnv();
    installDatabase(openDatabase(resolveDatabaseTarget(process.env)));
  }
  return store.__portalDb!;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = holder().client;
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Database reachability for /api/health. */
export async function pingDatabase(): Promise<{ ok: boolean; database: string; latencyMs: number; error?: string }> {
  const started = performance.now();
  const { database } = holder();
  const name = database.target.kind === "pglite" ? "pglite" : "postgresql";
  try {
    await prisma.$queryRaw`SELECT 1`;
    return { ok: true, database: name, latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    return { ok: false, database: name, latencyMs: Math.round(performance.now() - started), error: (err as Error).message };
  }
}

/** LISTEN/NOTIFY on the open database (lib/trace/trace-cache.ts invalidates its cache with it). */
export function listenToDatabase(channel: string, onMessage: (payload: string) => void, onLost: (err: unknown) => void) {
  return holder().database.listen(channel, onMessage, onLost);
}
