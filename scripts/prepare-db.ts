// Runs before `npm run dev` and `npm start`: checks the settings, applies pending migrations,
// and seeds the demo county when the database is empty. PGlite allows one process at a time,
// so this finishes and closes the database before the server opens it.
import { PrismaClient } from "../generated/prisma/client";
import { describeTarget, openDatabase, resolveDatabaseTarget } from "../lib/db-adapter";
import { getEnvOrExit } from "../lib/env";
import { applyMigrations } from "../lib/migrate";
import { seedDemoCounty } from "../lib/seed/seed-demo-county";

async function main() {
  getEnvOrExit();
  const database = openDatabase(resolveDatabaseTarget(process.env));
  try {
    const applied = await applyMigrations(database);
    console.log(`[db] ${describeTarget(database.target)}: ${applied.length ? `applied ${applied.join(", ")}` : "schema up to date"}`);
    const prisma = new PrismaClient({ adapter: database.adapter });
    if ((await prisma.department.count()) === 0) {
      await seedDemoCounty(prisma, { log: (line) => console.log(`[seed] ${line}`) });
    }
    await prisma.$disconnect();
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(`[db] ${(err as Error).message}`);
  process.exit(1);
});
