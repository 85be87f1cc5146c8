// Runs before `npm run dev` and `npm start`: checks the settings, applies pending migrations,
// seeds the reference data, and the demo county only in the embedded database or with
// SEED_DEMO=1 (lib/seed/seed-on-start.ts). PGlite allows one process at a time,
// so this finishes and closes the database before the server opens it.
import { PrismaClient } from "../generated/prisma/client";
import { describeTarget, openDatabase, resolveDatabaseTarget } from "../lib/db-adapter";
import { getEnvOrExit } from "../lib/env";
import { applyMigrations } from "../lib/migrate";
import { seedOnStart, wantsDemoCounty } from "../lib/seed/seed-on-start";

async function main() {
  const env = getEnvOrExit();
  const database = openDatabase(resolveDatabaseTarget(process.env));
  try {
    const applied = await applyMigrations(database);
    console.log(`[db] ${describeTarget(database.target)}: ${applied.length ? `applied ${applied.join(", ")}` : "schema up to date"}`);
    const prisma = new PrismaClient({ adapter: database.adapter });
    await seedOnStart(prisma, { demo: wantsDemoCounty(database.target, env), log: (line) => console.log(`[seed] ${line}`) });
    await prisma.$disconnect();
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(`[db] ${(err as Error).message}`);
  process.exit(1);
});
