import { describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { createDepartment, createOfficer, unique } from "@/test/factories";
import { toStatsRange } from "./complaint-stats.schema";
import { CSV_HEADER, exportComplaintsCsv } from "./export-complaints-csv";

async function createStatsComplaint(departmentId: string, categoryName: string, data: Partial<Prisma.ComplaintUncheckedCreateInput> & { createdAt: Date; deadlineAt: Date }) {
  const sla = await prisma.slaClass.create({ data: { code: unique("SLA_"), name: "一般类", unit: "WORKING_DAYS", amount: 7 } });
  const category = await prisma.complaintCategory.create({ data: { code: unique("CAT_"), name: categoryName, departmentId, slaClassId: sla.id } });
  return prisma.complaint.create({
    data: { trackingNo: unique("T"), accessCodeHash: "x", categoryId: category.id, title: "t", description: "d", departmentId, ...data },
  });
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ bytes: Uint8Array; text: string }> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return { bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

const NOW = new Date("2026-04-20T04:00:00Z");
const range = toStatsRange({ from: "2026-04-01", to: "2026-04-10", by: "week" });

describe("the CSV export", () => {
  it("starts with a BOM, escapes cells, marks on-time cases and writes an audit row", async () => {
    const dept = await createDepartment("县交通运输局,二科");
    const { actor } = await createOfficer({ role: "SUPERVISOR" });
    const done = await createStatsComplaint(dept.id, "=HYPERLINK(\"x\")", {
      createdAt: new Date("2026-04-02T02:00:00Z"),
      deadlineAt: new Date("2026-04-09T15:59:59Z"),
      status: "RESOLVED",
      resolvedAt: new Date("2026-04-08T01:30:00Z"),
      satisfaction: 5,
    });
    const late = await createStatsComplaint(dept.id, "道路\n交通", {
      createdAt: new Date("2026-04-03T02:00:00Z"),
      deadlineAt: new Date("2026-04-10T15:59:59Z"),
      status: "IN_PROGRESS",
      reopenCount: 2,
    });
    await createStatsComplaint(dept.id, "范围外", { createdAt: new Date("2026-04-11T00:00:00Z"), deadlineAt: NOW });

    const { stream, filename } = await exportComplaintsCsv({ actor, range, now: NOW });
    expect(filename).toBe("complaints-all-2026-04-01-2026-04-10.csv");
    const { bytes, text } = await readAll(stream);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = text.slice(1);
    expect(body.startsWith(CSV_HEADER.join(",") + "\r\n")).toBe(true);
    expect(body).toContain(
      `${done.trackingNo},2026-04-02 10:00,"'=HYPERLINK(""x"")","县交通运输局,二科",已办结,2026-04-09 23:59,2026-04-08 09:30,是,5,0\r\n`,
    );
    expect(body).toContain(`${late.trackingNo},2026-04-03 10:00,"道路\n交通","县交通运输局,二科",办理中,2026-04-10 23:59,,否,,2\r\n`);
    expect(body).not.toContain("范围外");

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { actorId: actor.id, action: "complaints.exported" } });
    expect(audit.details).toEqual({ from: "2026-04-01", to: "2026-04-10", departmentId: null });
  });

  it("pages through more rows than one page, in order, without repeats", async () => {
    const dept = await createDepartment();
    const { actor } = await createOfficer({ role: "DEPARTMENT_HEAD" });
    await prisma.officer.update({ where: { id: actor.id }, data: { departmentId: dept.id } });
    const sla = await prisma.slaClass.create({ data: { code: unique("SLA_"), name: "一般类", unit: "WORKING_DAYS", amount: 7 } });
    const category = await prisma.complaintCategory.create({ data: { code: unique("CAT_"), name: "批量", departmentId: dept.id, slaClassId: sla.id } });
    // 1,050 cases, many sharing one timestamp, so the id half of the keyset matters.
    const createdAt = new Date("2026-04-05T02:00:00Z");
    await prisma.complaint.createMany({
      data: Array.from({ length: 1050 }, (_, i) => ({
        trackingNo: unique(`B${String(i).padStart(4, "0")}`),
        accessCodeHash: "x",
        categoryId: category.id,
        title: "t",
        description: "d",
        departmentId: dept.id,
        createdAt: i < 600 ? createdAt : new Date(createdAt.getTime() + i * 1000),
        deadlineAt: NOW,
      })),
    });
    const other = await createDepartment();
    await createStatsComplaint(other.id, "别的部门", { createdAt, deadlineAt: NOW });

    const { stream, filename } = await exportComplaintsCsv({ actor: { ...actor, departmentId: dept.id }, range, now: NOW });
    expect(filename).toContain("department");
    const lines = (await readAll(stream)).text.trim().split("\r\n");
    expect(lines).toHaveLength(1051);
    const numbers = lines.slice(1).map((l) => l.split(",")[0]);
    expect(new Set(numbers).size).toBe(1050);
    // After the 600 that share a timestamp, rows follow the filing time.
    expect(numbers.slice(600).map((n) => n.slice(1, 5))).toEqual(Array.from({ length: 450 }, (_, i) => String(600 + i).padStart(4, "0")));
    expect(lines.some((l) => l.includes("别的部门"))).toBe(false);
  });

  it("refuses officers without stats.view and writes no audit row", async () => {
    const { actor } = await createOfficer({ role: "HANDLER" });
    await expect(exportComplaintsCsv({ actor, range, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.auditLog.count({ where: { actorId: actor.id } })).toBe(0);
    await expect(exportComplaintsCsv({ actor: null, range, now: NOW })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
