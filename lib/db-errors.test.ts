import { describe, expect, it } from "vitest";
import { prisma } from "./db";
import { isUniqueViolation } from "./db-errors";
import { unique } from "@/test/factories";

describe("isUniqueViolation", () => {
  it("recognises a duplicate key from the database in use", async () => {
    const code = unique("DUP_");
    await prisma.department.create({ data: { code, name: "甲" } });
    const err = await prisma.department.create({ data: { code, name: "乙" } }).catch((e) => e);
    expect(isUniqueViolation(err)).toBe(true);
  });

  it("does not mistake other errors", async () => {
    const err = await prisma.officer.create({ data: { username: unique("x"), name: "x", role: "HANDLER", departmentId: "missing", passwordHash: "x" } }).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(isUniqueViolation(err)).toBe(false);
    expect(isUniqueViolation(new Error("boom"))).toBe(false);
  });
});
