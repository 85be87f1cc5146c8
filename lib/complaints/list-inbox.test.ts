import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { getDashboardSummary } from "@/lib/officers/dashboard";
import { acceptComplaint } from "./accept-complaint";
import { INBOX_PAGE_SIZE, listInbox } from "./list-inbox";
import { pauseComplaintClock } from "@/lib/supervision/pause-clock";

describe("listInbox", () => {
  it("pages by deadline with a keyset cursor, keeps to the department, and filters", async () => {
    const { category, head, department } = await createComplaintSetup();
    const other = await createComplaintSetup();
    await fileTestComplaint(other.category.id, { title: "别的部门的诉求" });
    const base = Date.now() + 48 * 3_600_000;
    const ids: string[] = [];
    for (let i = 0; i < INBOX_PAGE_SIZE + 5; i++) {
      const { complaint } = await fileTestComplaint(category.id, { title: `第${i}号路灯不亮` });
      // Every third pair shares a deadline, so the id breaks ties across the page boundary.
      await prisma.complaint.update({ where: { id: complaint.id }, data: { deadlineAt: new Date(base + Math.floor(i / 2) * 60_000) } });
      ids.push(complaint.id);
    }
    const closed = await fileTestComplaint(category.id, { title: "已经办结的诉求" });
    await prisma.complaint.update({ where: { id: closed.complaint.id }, data: { status: "CLOSED", deadlineAt: new Date(base - 86_400_000) } });

    const first = await listInbox({ actor: head, filters: { state: "open" } });
    expect(first.items).toHaveLength(INBOX_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await listInbox({ actor: head, filters: { state: "open", after: first.nextCursor } });
    expect(second.nextCursor).toBeNull();
    const seen = [...first.items, ...second.items];
    expect(seen.map((c) => c.id).sort()).toEqual([...ids].sort());
    const order = seen.map((c) => `${c.deadlineAt.toISOString()}|${c.id}`);
    expect(order).toEqual([...order].sort());
    expect(seen.every((c) => c.department.name === department.name)).toBe(true);
    expect(first.counts).toMatchObject({ SUBMITTED: INBOX_PAGE_SIZE + 5, CLOSED: 1 });

    // The number and the status columns sort too, page after page, either way; a forged cursor
    // starts from the top instead of failing.
    await prisma.complaint.updateMany({ where: { id: { in: ids.slice(0, 6) } }, data: { status: "ACCEPTED" } });
    const walk = async (sort: string) => {
      const p1 = await listInbox({ actor: head, filters: { state: "open", sort } });
      const p2 = await listInbox({ actor: head, filters: { state: "open", sort, after: p1.nextCursor } });
      return [...p1.items, ...p2.items];
    };
    const byNo = await walk("no");
    expect(byNo.map((c) => c.trackingNo)).toEqual(byNo.map((c) => c.trackingNo).sort());
    expect((await walk("-no")).map((c) => c.id)).toEqual(byNo.map((c) => c.id).reverse());
    const byStatus = await walk("status");
    expect(byStatus).toHaveLength(INBOX_PAGE_SIZE + 5);
    expect(byStatus.slice(0, INBOX_PAGE_SIZE + 5 - 6).every((c) => c.status === "SUBMITTED")).toBe(true);
    expect(byStatus.slice(-6).every((c) => c.status === "ACCEPTED")).toBe(true);
    expect((await walk("-status")).slice(0, 6).every((c) => c.status === "ACCEPTED")).toBe(true);
    const forged = Buffer.from("x'); DROP TABLE \"Complaint\"; --|abc").toString("base64url");
    expect((await listInbox({ actor: head, filters: { state: "open", sort: "no", after: forged } })).items).toHaveLength(INBOX_PAGE_SIZE);

    expect((await listInbox({ actor: head, filters: { state: "CLOSED" } })).items.map((c) => c.id)).toEqual([closed.complaint.id]);
    expect((await listInbox({ actor: head, filters: { state: "all" } })).items[0].id).toBe(closed.complaint.id);
    expect((await listInbox({ actor: head, filters: { state: "open", q: "第7号" } })).items.map((c) => c.title)).toEqual(["第7号路灯不亮"]);
    const trackingNo = seen[3].trackingNo;
    expect((await listInbox({ actor: head, filters: { state: "open", q: trackingNo.toLowerCase() } })).items.map((c) => c.trackingNo)).toEqual([trackingNo]);
    expect((await listInbox({ actor: head, filters: { state: "open", due: "overdue" } })).items).toEqual([]);

    const supervisor = await addOfficer(department.id, "SUPERVISOR");
    const everywhere = await listInbox({ actor: supervisor, filters: { state: "open", q: "别的部门" } });
    expect(everywhere.items.map((c) => c.title)).toEqual(["别的部门的诉求"]);
  });

  it("finds by phone, name and address; 我承办的; sorts by filing time both ways; keeps counts on the transfer tab", async () => {
    const { category, head, handler } = await createComplaintSetup();
    const other = await createComplaintSetup();
    const t0 = new Date(Date.now() - 3 * 3_600_000);
    const a = (await fileTestComplaint(category.id, { citizenPhone: "13712340001", citizenName: "欧阳娜", address: "石门乡枫树村5组" }, t0)).complaint;
    const b = (await fileTestComplaint(category.id, { citizenPhone: "13712340002" }, new Date(t0.getTime() + 3_600_000))).complaint;
    const c = (await fileTestComplaint(category.id, {}, new Date(t0.getTime() + 7_200_000))).complaint;
    const titlesOf = async (filters: Record<string, unknown>) => (await listInbox({ actor: head, filters })).items.map((x) => x.id);
    expect(await titlesOf({ q: "13712340001" })).toEqual([a.id]);
    expect(await titlesOf({ q: "40002" })).toEqual([b.id]);
    expect(await titlesOf({ q: "欧阳娜" })).toEqual([a.id]);
    expect(await titlesOf({ q: "枫树村" })).toEqual([a.id]);
    await prisma.complaint.update({ where: { id: b.id }, data: { handlerId: handler.id, status: "ASSIGNED" } });
    expect((await listInbox({ actor: handler, filters: { mine: "1" } })).items.map((x) => x.id)).toEqual([b.id]);
    expect(await titlesOf({ sort: "-created" })).toEqual([c.id, b.id, a.id]);
    expect(await titlesOf({ sort: "created" })).toEqual([a.id, b.id, c.id]);
    // Transfer tab: its own count; the other tabs keep the department's counts.
    await prisma.complaint.update({ where: { id: c.id }, data: { pendingTransferDepartmentId: other.department.id } });
    const incoming = await listInbox({ actor: other.head, filters: { state: "transfers" } });
    expect(incoming.items.map((x) => x.id)).toEqual([c.id]);
    expect(incoming.transfers).toBe(1);
    expect(incoming.counts).toEqual({});
    const own = await listInbox({ actor: head, filters: { state: "transfers" } });
    expect(own.counts).toMatchObject({ SUBMITTED: 2, ASSIGNED: 1 });
  });

  it("leaves a paused case out of the overdue filter, the overdue count and the dashboard's overdue card, as the engine does", async () => {
    const { category, head } = await createComplaintSetup();
    const filed = new Date(Date.now() - 3_600_000);
    const { complaint: paused } = await fileTestComplaint(category.id, { title: "等待补充材料的诉求" }, filed);
    const { complaint: late } = await fileTestComplaint(category.id, { title: "已超期的诉求" }, filed);
    await acceptComplaint({ actor: head, complaintId: paused.id, expectedVersion: 1, now: filed });
    await pauseComplaintClock({ actor: head, complaintId: paused.id, expectedVersion: 2, reason: "等待群众补充现场照片", now: filed });
    // Both deadlines have passed; only the unpaused one is overdue.
    await prisma.complaint.updateMany({ where: { id: { in: [paused.id, late.id] } }, data: { deadlineAt: new Date(Date.now() - 60_000), yellowWarnAt: new Date(Date.now() - 120_000) } });
    const list = await listInbox({ actor: head, filters: { state: "open", due: "overdue" } });
    expect(list.items.map((c) => c.id)).toEqual([late.id]);
    expect(list.overdue).toBe(1);
    const open = await listInbox({ actor: head, filters: { state: "open" } });
    expect(open.items.find((c) => c.id === paused.id)).toMatchObject({ isOverdue: false, isNearDue: false });
    expect((await listInbox({ actor: head, filters: { state: "open", due: "near" } })).items).toEqual([]);
    const cards = await getDashboardSummary(head);
    expect(cards.cards.find((c) => c.label === "已超期")!.value).toBe(1);
  });
});
