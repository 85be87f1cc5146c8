// On PostgreSQL (DATABASE_URL set), creates one migrated template database per run; each test
// file then gets its own copy (test/setup-db.ts), and everything is dropped at the end. On the
// embedded default nothing is shared: each file gets an in-memory PGlite.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { isPostgresUrl, openDatabase } from "../lib/db-adapter";
import { applyMigrations } from "../lib/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplate: string | null;
    pgAdminUrl: string | null;
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!isPostgresUrl(url)) {
    project.provide("pgTemplate", null);
    project.provide("pgAdminUrl", null);
    return;
  }
  const prefix = `portal_test_${randomBytes(4).toString("hex")}`;
  const template = `${prefix}_tpl`;
  const admin = openDatabase({ kind: "postgres", url });
  await admin.exec(`CREATE DATABASE "${template}"`);
  const tpl = openDatabase({ kind: "postgres", url: withDatabase(url, template) });
  await applyMigrations(tpl);
  await tpl.close();
  project.provide("pgTemplate", template);
  project.provide("pgAdminUrl", url);

  return async () => {
    const rows = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}%`]);
    for (const { datname } of rows) await admin.exec(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.close();
  };
}
