import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { acceptComplaint } from "@/lib/complaints/accept-complaint";
import { exportAuditCsv, listAuditEntries } from "./list-audit-log";

async function text(stream: ReadableStream<Uint8Array>) {
  // Keep the byte-order mark: Response.text() would drop it.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("audit log for auditors", () => {
  it("shows labels, the case number and readable details, filters by who, what, when and target, and exports CSV", async () => {
    const { category, head, department } = await createComplaintSetup();
    const admin = await addOfficer(department.id, "ADMIN");
    const { complaint } = await fileTestComplaint(category.id);
    await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1 });
    const { entries } = await listAuditEntries({ actor: admin, filters: { target: complaint.trackingNo } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actionLabel: "受理案件", target: `案件 ${complaint.trackingNo}` });
    expect(entries[0].details).toContain("原状态：待受理");
    expect(entries[0].details).toContain("新状态：已受理");
    expect(entries[0].details).not.toContain(complaint.id);
    expect(entries[0].who).toContain(head.username);
    expect((await listAuditEntries({ actor: admin, filters: { who: head.username, action: "complaint." } })).entries).toHaveLength(1);
    expect((await listAuditEntries({ actor: admin, filters: { who: head.username, action: "trace.batch_recalled" } })).entries).toHaveLength(0);
    expect((await listAuditEntries({ actor: admin, filters: { who: head.username, from: "2001-01-01", to: "2001-01-02" } })).entries).toHaveLength(0);
    const csv = await text((await exportAuditCsv({ actor: admin, filters: { target: complaint.trackingNo } })).stream);
    expect(csv.startsWith("\uFEFF时间,操作人,操作,对象,详情,操作代码\r\n")).toBe(true);
    expect(csv).toContain(`受理案件,案件 ${complaint.trackingNo}`);
    expect(await prisma.auditLog.count({ where: { targetId: complaint.id } })).toBe(1);
  });

  it("refuses officers without audit.view", async () => {
    const { head } = await createComplaintSetup();
    const err = await listAuditEntries({ actor: head, filters: {} }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe("FORBIDDEN");
    expect(await exportAuditCsv({ actor: null, filters: {} }).catch((e) => e.code)).toBe("UNAUTHENTICATED");
  });
});
