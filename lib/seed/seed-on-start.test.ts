import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { seedOnStart, wantsDemoCounty } from "./seed-on-start";

describe("seeding on start", () => {
  it("loads the demo county only into the embedded database or with SEED_DEMO=1", () => {
    expect(wantsDemoCounty({ kind: "pglite" }, {})).toBe(true);
    expect(wantsDemoCounty({ kind: "postgres" }, {})).toBe(false);
    expect(wantsDemoCounty({ kind: "postgres" }, { SEED_DEMO: "0" })).toBe(false);
    expect(wantsDemoCounty({ kind: "postgres" }, { SEED_DEMO: "1" })).toBe(true);
  });

  it("seeds PostgreSQL without SEED_DEMO with reference data and no officer at all", async () => {
    const lines: string[] = [];
    const result = await seedOnStart(prisma, { demo: wantsDemoCounty({ kind: "postgres" }, {}), year: 2026, log: (l) => lines.push(l) });
    expect(result).toEqual({ seededReference: true, seededDemo: false });
    expect(await prisma.officer.count()).toBe(0);
    expect(await prisma.department.count({ where: { isFallbackOwner: true } })).toBe(1);
    expect(await prisma.slaClass.count()).toBeGreaterThanOrEqual(4);
    expect(await prisma.complaintCategory.count()).toBeGreaterThanOrEqual(10);
    expect(await prisma.workCalendarDay.count()).toBeGreaterThan(0);
    // No demo content, produce or cases either.
    expect(await prisma.contentItem.count()).toBe(0);
    expect(await prisma.producer.count()).toBe(0);
    expect(await prisma.complaint.count()).toBe(0);
    expect(lines.join("\n")).toContain("npm run officer:create-admin");

    // A second start changes nothing.
    expect(await seedOnStart(prisma, { demo: false, year: 2026 })).toEqual({ seededReference: false, seededDemo: false });
    expect(await prisma.officer.count()).toBe(0);
  });

  it("adds the demo county on request to a database without officers, and never beside real ones", async () => {
    expect(await seedOnStart(prisma, { demo: true, year: 2026 })).toEqual({ seededReference: false, seededDemo: true });
    expect(await prisma.officer.count({ where: { username: "admin" } })).toBe(1);
    const officers = await prisma.officer.count();
    expect(await seedOnStart(prisma, { demo: true, year: 2026 })).toEqual({ seededReference: false, seededDemo: false });
    expect(await prisma.officer.count()).toBe(officers);
  });
});
