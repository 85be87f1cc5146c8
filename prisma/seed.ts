// `npm run db:seed`: seeds the demo county. Safe to run any number of times.
import { PrismaClient } from "../generated/prisma/client";
import { openDatabase, resolveDatabaseTarget } from "../lib/db-adapter";
import { applyMigrations } from "../lib/migrate";
import { seedDemoCounty } from "../lib/seed/seed-demo-county";

async function main() {
  const database = openDatabase(resolveDatabaseTarget(process.env));
  try {
    await applyMigrations(database);
    const prisma = new PrismaClient({ adapter: database.adapter });
    await seedDemoCounty(prisma, { log: (line) => console.log(`[seed] ${line}`) });
    await prisma.$disconnect();
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
