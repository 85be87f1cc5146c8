// `npm run db:seed`: seeds the demo county (officers with the published demo password) into
// the embedded database, or into PostgreSQL only with SEED_DEMO=1; otherwise the reference data
// alone. Safe to run any number of times.
import { PrismaClient } from "../generated/prisma/client";
import { openDatabase, resolveDatabaseTarget } from "../lib/db-adapter";
import { applyMigrations } from "../lib/migrate";
import { seedDemoCounty } from "../lib/seed/seed-demo-county";
import { seedReferenceData } from "../lib/seed/seed-reference-data";
import { wantsDemoCounty } from "../lib/seed/seed-on-start";

async function main() {
  const database = openDatabase(resolveDatabaseTarget(process.env));
  try {
    await applyMigrations(database);
    const prisma = new PrismaClient({ adapter: database.adapter });
    const log = (line: string) => console.log(`[seed] ${line}`);
    if (wantsDemoCounty(database.target, { SEED_DEMO: process.env.SEED_DEMO })) await seedDemoCounty(prisma, { log });
    else {
      await seedReferenceData(prisma, { log });
      log("Reference data only: demo officers and content go into PostgreSQL only with SEED_DEMO=1.");
    }
    await prisma.$disconnect();
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
