// What `npm run db:prepare` (and so `npm run dev` and `npm start`) seeds. Reference data
// (seed-reference-data.ts) always: a production county needs departments, categories, SLA
// classes and the calendar before its first case. The demo county (officers with the published
// password DEMO_PASSWORD, demo content and cases) only in the embedded PGlite database, which is
// for trying the portal on one machine, or on PostgreSQL when SEED_DEMO=1 asks for it (CI's e2e
// run, a trial server). A production database gets its first administrator from
// `npm run officer:create-admin` instead.
import type { PrismaClient } from "@/generated/prisma/client";
import type { DatabaseTarget } from "../db-adapter";
import { seedDemoCounty } from "./seed-demo-county";
import { seedReferenceData } from "./seed-reference-data";

export function wantsDemoCounty(target: Pick<DatabaseTarget, "kind">, env: { SEED_DEMO?: string }): boolean {
  return target.kind === "pglite" || env.SEED_DEMO === "1";
}

export async function seedOnStart(
  prisma: PrismaClient,
  options: { demo: boolean; log?: (line: string) => void; year?: number },
): Promise<{ seededReference: boolean; seededDemo: boolean }> {
  const log = options.log ?? (() => undefined);
  const seededReference = (await prisma.department.count()) === 0;
  if (seededReference) {
    await seedReferenceData(prisma, { log, year: options.year });
    log("Reference data seeded (departments, SLA classes, categories, work calendar).");
  }
  const hasOfficers = (await prisma.officer.count()) > 0;
  // The demo county goes only into a database nobody uses yet: never beside real officers.
  const seededDemo = options.demo && !hasOfficers;
  if (seededDemo) await seedDemoCounty(prisma, { log, year: options.year });
  if (!options.demo && !hasOfficers) {
    log("No officer yet: create the first administrator with `npm run officer:create-admin`.");
  }
  return { seededReference, seededDemo };
}
