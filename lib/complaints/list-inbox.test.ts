import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { INBOX_PAGE_SIZE, listInbox } from "./list-inbox";

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
});
