// Gives each test file its own real database: a copy of the migrated template on PostgreSQL, an
// in-memory PGlite with the migrations applied otherwise. No mocked Prisma anywhere.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { openDatabase, type OpenDatabase } from "../lib/db-adapter";
import { installDatabase } from "../lib/db";
import { applyMigrations } from "../lib/migrate";
import { withDatabase } from "./global-setup";

const template = inject("pgTemplate");
const adminUrl = inject("pgAdminUrl");

let database: OpenDatabase;
let dropName: string | null = null;

if (template && adminUrl) {
  dropName = `${template.replace(/_tpl$/, "")}_${randomBytes(4).toString("hex")}`;
  const admin = openDatabase({ kind: "postgres", url: adminUrl });
  await admin.exec(`CREATE DATABASE "${dropName}" TEMPLATE "${template}"`);
  await admin.close();
  database = openDatabase({ kind: "postgres", url: withDatabase(adminUrl, dropName) });
} else {
  database = openDatabase({ kind: "pglite", dataDir: "memory://" });
  await applyMigrations(database);
}
const client = installDatabase(database);

afterAll(async () => {
  await client.$disconnect();
  await database.close();
  if (dropName && adminUrl) {
    const admin = openDatabase({ kind: "postgres", url: adminUrl });
    await admin.exec(`DROP DATABASE IF EXISTS "${dropName}" WITH (FORCE)`);
    await admin.close();
  }
});
