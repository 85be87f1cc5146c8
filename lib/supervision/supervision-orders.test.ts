import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { answerSupervisionOrder, closeSupervisionOrder, issueSupervisionOrder } from "./supervision-orders";
import { orderNoticePdf } from "./order-notice-pdf";
import { urgeItem } from "./urge-item";

async function setup() {
  const s = await createComplaintSetup();
  const office = await prisma.department.create({ data: { code: `SO${Math.random()}`, name: "督查室", kind: "SUPERVISION_OFFICE" } });
  const supervisor = await addOfficer(office.id, "SUPERVISOR");
  const { complaint } = await fileTestComplaint(s.category.id, {}, new Date("2031-03-02T02:00:00Z"));
  return { ...s, supervisor, complaint };
}
const code = (p: Promise<unknown>) => p.then(() => "OK", (e: { code?: string }) => e.code ?? String(e));

describe("supervision orders", () => {
  it("numbers orders per year, gap-free and unique under concurrency", async () => {
    const { supervisor, complaint } = await setup();
    const now = new Date("2031-03-02T03:00:00Z");
    const orders = await Promise.all(
      Array.from({ length: 6 }, () => issueSupervisionOrder({ actor: supervisor, complaintId: complaint.id, input: { instruction: "请三日内到现场处置", dueOn: "2031-03-10" }, now })),
    );
    expect(orders.map((o) => o.seq).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(orders.map((o) => o.number)).size).toBe(6);
    expect(orders.find((o) => o.seq === 2)!.number).toBe("桐督〔2031〕2号");
    // A refused issue (bad input) takes no number.
    await expect(code(issueSupervisionOrder({ actor: supervisor, complaintId: "missing", input: { instruction: "请三日内到现场处置", dueOn: "2031-03-10" }, now }))).resolves.toBe("NOT_FOUND");
    const next = await issueSupervisionOrder({ actor: supervisor, complaintId: complaint.id, input: { instruction: "请三日内到现场处置", dueOn: "2031-03-10" }, now });
    expect(next.number).toBe("桐督〔2031〕7号");
  });

  it("is answered, then closed out with an assessment; refuses closing unanswered, twice, stale or without permission", async () => {
    const { supervisor, head, handler, complaint } = await setup();
    const now = new Date("2031-03-02T03:00:00Z");
    const order = await issueSupervisionOrder({ actor: supervisor, complaintId: complaint.id, input: { instruction: "请三日内到现场处置", dueOn: "2031-03-10" }, now });
    expect(await code(closeSupervisionOrder({ actor: supervisor, orderId: order.id, expectedVersion: 1, input: { assessment: "SATISFIED" } }))).toBe("CONFLICT");
    const answered = await answerSupervisionOrder({ actor: head, orderId: order.id, input: { response: "已派人到现场处置完毕" }, now });
    expect(answered.answeredAt).toEqual(now);
    expect(await code(closeSupervisionOrder({ actor: head, orderId: order.id, expectedVersion: 2, input: { assessment: "SATISFIED" } }))).toBe("FORBIDDEN");
    expect(await code(closeSupervisionOrder({ actor: supervisor, orderId: order.id, expectedVersion: 1, input: { assessment: "SATISFIED" } }))).toBe("CONFLICT");
    expect(await code(closeSupervisionOrder({ actor: supervisor, orderId: order.id, expectedVersion: 2, input: { assessment: "GOOD" } }))).toBe("VALIDATION");
    const closed = await closeSupervisionOrder({ actor: supervisor, orderId: order.id, expectedVersion: 2, input: { assessment: "BASICALLY_SATISFIED", note: "现场已恢复" } });
    expect(closed).toMatchObject({ status: "CLOSED", assessment: "BASICALLY_SATISFIED", closedById: supervisor.id });
    expect(await code(closeSupervisionOrder({ actor: supervisor, orderId: order.id, expectedVersion: 3, input: { assessment: "SATISFIED" } }))).toBe("CONFLICT");
    void handler;
  });

  it("sends a 催办 on a case and on an order: logged, SMS to handler and head, audited; refused for handlers", async () => {
    const { supervisor, head, handler, complaint } = await setup();
    await prisma.complaint.update({ where: { id: complaint.id }, data: { handlerId: handler.id } });
    expect(await code(urgeItem({ actor: handler, kind: "complaint", itemId: complaint.id, input: { note: "请加快办理" } }))).toBe("FORBIDDEN");
    expect(await code(urgeItem({ actor: supervisor, kind: "complaint", itemId: complaint.id, input: { note: "" } }))).toBe("VALIDATION");
    expect(await code(urgeItem({ actor: supervisor, kind: "meeting", itemId: complaint.id, input: { note: "请加快办理" } }))).toBe("NOT_FOUND");
    const urge = await urgeItem({ actor: supervisor, kind: "complaint", itemId: complaint.id, input: { note: "请今天内联系群众" } });
    const sms = await prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `urge:${urge.id}:` } } });
    const phones = await prisma.officer.findMany({ where: { id: { in: [head.id, handler.id] } }, select: { phone: true } });
    expect(sms.map((m) => m.recipient).sort()).toEqual(phones.map((p) => p.phone).sort());
    expect(sms[0].body).toContain("请今天内联系群众");
    expect(await prisma.complaintEvent.count({ where: { complaintId: complaint.id, type: "URGED" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "supervision.urged", targetId: complaint.id } })).toBe(1);

    const order = await issueSupervisionOrder({ actor: supervisor, complaintId: complaint.id, input: { instruction: "请三日内到现场处置", dueOn: "2099-03-10" } });
    await urgeItem({ actor: supervisor, kind: "order", itemId: order.id, input: { note: "督办单即将到期" } });
    expect(await prisma.supervisionUrge.count({ where: { kind: "order", itemId: order.id } })).toBe(1);
  });

  it("prints the 督办通知单 with its number", async () => {
    const pdf = await orderNoticePdf({
      number: "桐督〔2026〕12号",
      departmentName: "县住房和城乡建设局",
      instruction: "请于三日内完成路面修复并反馈",
      deadlineAt: new Date("2026-12-03T15:59:59Z"),
      createdAt: new Date("2026-11-29T02:00:00Z"),
      issuedByName: "李督查",
      complaint: { trackingNo: "TC261120000002", title: "解放路路面塌陷", address: "城关镇解放路18号" },
      response: null,
      assessment: null,
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const dir = mkdtempSync(path.join(tmpdir(), "notice-"));
    writeFileSync(path.join(dir, "n.pdf"), pdf);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-singlefile", path.join(dir, "n.pdf"), path.join(dir, "n")]);
    expect(existsSync(path.join(dir, "n.png"))).toBe(true);
    const text = execFileSync("pdftotext", [path.join(dir, "n.pdf"), "-"]).toString();
    expect(text).toContain("桐督〔2026〕12号");
    expect(text).toContain("督 办 通 知 单");
    if (process.env.NOTICE_PNG) writeFileSync(process.env.NOTICE_PNG, pdf);
  });
});
