import path from "node:path";
import { defineConfig } from "prisma/config";
import { openDatabase, resolveDatabaseTarget } from "./lib/db-adapter";

// The schema's datasource url must be a postgres URL even for PGlite, or the CLI tries to
// download a query engine (PLATFORM.md). The placeholder is never connected to.
const target = resolveDatabaseTarget(process.env);
process.env.DATABASE_URL ??= "postgresql://placeholder@localhost:5432/placeholder";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // Multi-file schema (GA since Prisma 6.7): every .prisma file of the folder; the migrations
  // folder is set explicitly, so it stays prisma/migrations.
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => openDatabase(target).adapter,
});
