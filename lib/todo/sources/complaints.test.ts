import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { acceptComplaint } from "@/lib/complaints/accept-complaint";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { countTodo, getTodoCentre } from "../todo-centre";
import { complaintTodoSource } from "./complaints";

const sources = [complaintTodoSource];
const hours = (n: number, from = Date.now()) => new Date(from + n * 3_600_000);

async function todo(actor: Parameters<typeof getTodoCentre>[0], now = new Date()) {
  return (await getTodoCentre(actor, { box: "todo", now, sources })).items;
}

describe("the complaint source of the 待办 centre", () => {
  it("gives a handler their own cases by due time and the department's new cases to accept", async () => {
    const { category, handler, head } = await createComplaintSetup();
    const other = await addOfficer(handler.departmentId, "HANDLER");
    const late = await fileTestComplaint(category.id, { title: "晚到期的路灯" });
    const soon = await fileTestComplaint(category.id, { title: "快到期的井盖" });
    const proposed = await fileTestComplaint(category.id, { title: "已提请办结的" });
    const others = await fileTestComplaint(category.id, { title: "别人承办的" });
    const fresh = await fileTestComplaint(category.id, { title: "新来的诉求" });
    await prisma.complaint.update({ where: { id: late.complaint.id }, data: { status: "IN_PROGRESS", handlerId: handler.id, deadlineAt: hours(72), yellowWarnAt: hours(50) } });
    await prisma.complaint.update({ where: { id: soon.complaint.id }, data: { status: "ASSIGNED", handlerId: handler.id, deadlineAt: hours(-2), yellowWarnAt: hours(-20) } });
    await prisma.complaint.update({ where: { id: proposed.complaint.id }, data: { status: "IN_PROGRESS", handlerId: handler.id, closeProposedAt: new Date() } });
    await prisma.complaint.update({ where: { id: others.complaint.id }, data: { status: "IN_PROGRESS", handlerId: other.id } });

    const items = await todo(handler);
    const byTitle = Object.fromEntries(items.map((i) => [i.title, i]));
    expect(Object.keys(byTitle).sort()).toEqual(["快到期的井盖", "新来的诉求", "晚到期的路灯"].sort());
    expect(byTitle["快到期的井盖"]).toMatchObject({ action: "办理", mark: "red", href: `/officer/complaints/${soon.complaint.id}`, source: "complaint", sourceLabel: "案件" });
    expect(byTitle["晚到期的路灯"]).toMatchObject({ action: "办理", mark: null });
    expect(byTitle["新来的诉求"]).toMatchObject({ action: "受理", id: fresh.complaint.id });
    expect(byTitle["新来的诉求"].detail).toContain(fresh.complaint.trackingNo);
    // Sorted by due time: the overdue case first, the three-day one last of the dated.
    expect(items[0].title).toBe("快到期的井盖");
    const dated = items.map((i) => i.dueAt!.getTime());
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    expect(await countTodo(handler, new Date(), { sources })).toMatchObject({ todo: 3, toRead: 0 });

    // The head reviews the proposal, assigns nothing (every case has a handler) and accepts the new one.
    const headItems = await todo(head);
    expect(headItems.map((i) => [i.title, i.action]).sort()).toEqual([
      ["已提请办结的", "审核办结"],
      ["新来的诉求", "受理"],
    ].sort());

    // Accepting moves the case out of 待办 into the handler's 已办.
    await acceptComplaint({ actor: handler, complaintId: fresh.complaint.id, expectedVersion: fresh.complaint.version });
    expect((await todo(handler)).map((i) => i.title)).not.toContain("新来的诉求");
    const done = await getTodoCentre(handler, { box: "done", now: new Date(), sources });
    expect(done.items.map((i) => [i.title, i.action])).toEqual([["新来的诉求", "已受理"]]);
    // Now accepted without a handler: the head's 分派.
    expect((await todo(head)).find((i) => i.title === "新来的诉求")).toMatchObject({ action: "分派" });
  });

  it("gives a head transfers and extension requests, and one item per open supervision order", async () => {
    const { category, head, handler, department } = await createComplaintSetup();
    const from = await createComplaintSetup();
    const transfer = await fileTestComplaint(from.category.id, { title: "转来的诉求" });
    await prisma.complaint.update({ where: { id: transfer.complaint.id }, data: { pendingTransferDepartmentId: department.id } });
    const ext = await fileTestComplaint(category.id, { title: "申请延期的" });
    await prisma.complaint.update({
      where: { id: ext.complaint.id },
      data: { status: "IN_PROGRESS", handlerId: handler.id, extensionRequestedUntil: hours(200), extensionRequestedById: handler.id, pausedAt: new Date(), deadlineAt: hours(-1) },
    });
    const supervisor = await addOfficer(from.department.id, "SUPERVISOR");
    const order = await prisma.supervisionOrder.create({
      data: { complaintId: ext.complaint.id, departmentId: department.id, issuedById: supervisor.id, instruction: "请立即办理", deadlineAt: hours(-30), number: `桐督〔2026〕${Date.now() % 100000}号` },
    });
    const items = await todo(head);
    expect(items.map((i) => [i.title, i.action])).toEqual([
      [`督办单${order.number}：申请延期的`, "反馈督办"],
      ["申请延期的", "审核延期"],
      ["转来的诉求", "接收转办"],
    ]);
    // A paused clock has no mark; the order keeps its own deadline.
    expect(items[0].mark).toBe("red");
    expect(items[1].mark).toBeNull();
    expect(items[0].id).toBe(`order:${order.id}`);
    expect((await countTodo(head, new Date(), { sources })).todo).toBe(3);

    // The supervisor decides forwarded requests only.
    expect((await todo(supervisor)).map((i) => i.title)).not.toContain("申请延期的");
    await prisma.complaint.update({ where: { id: ext.complaint.id }, data: { extensionForwardedAt: new Date() } });
    expect((await todo(supervisor)).find((i) => i.title === "申请延期的")).toMatchObject({ action: "审批延期" });
  });

  it("gives the 12345 desk its dispatch queue and the call-backs still in the window", async () => {
    const desk = await createComplaintSetup({ fallbackOwner: true });
    const agency = await createComplaintSetup();
    const dispatcher = await addOfficer(desk.department.id, "DISPATCHER");
    const queued = await fileTestComplaint(desk.category.id, { title: "待派单的诉求" });
    const sentBack = await fileTestComplaint(agency.category.id, { title: "被退回的诉求" });
    await prisma.complaint.update({ where: { id: sentBack.complaint.id }, data: { sentBackAt: new Date(), sentBackReason: "不属本部门" } });
    const resolved = await fileTestComplaint(agency.category.id, { title: "刚办结的诉求" });
    await prisma.complaint.update({ where: { id: resolved.complaint.id }, data: { status: "RESOLVED", resolvedAt: hours(-24) } });
    const old = await fileTestComplaint(agency.category.id, { title: "早已办结的诉求" });
    await prisma.complaint.update({ where: { id: old.complaint.id }, data: { status: "RESOLVED", resolvedAt: hours(-24 * 30) } });

    const items = await todo(dispatcher);
    const actions = Object.fromEntries(items.map((i) => [i.title, i.action]));
    expect(actions).toMatchObject({ 待派单的诉求: "派单", 被退回的诉求: "派单", 刚办结的诉求: "回访" });
    expect(actions["早已办结的诉求"]).toBeUndefined();
    // The department that sent it back no longer sees it to accept.
    expect((await todo(agency.handler)).map((i) => i.title)).not.toContain("被退回的诉求");
    const counts = await countTodo(dispatcher, new Date(), { sources });
    expect(counts.todo).toBe(items.length);
    // A call-back recorded takes it off.
    await prisma.complaintCallback.create({ data: { complaintId: resolved.complaint.id, operatorId: dispatcher.id, departmentId: dispatcher.departmentId, isReached: true } });
    expect((await todo(dispatcher)).map((i) => i.title)).not.toContain("刚办结的诉求");
  });

  it("shows nothing to officers without cases", async () => {
    const { department } = await createComplaintSetup();
    const editor = await addOfficer(department.id, "CONTENT_EDITOR");
    expect(await todo(editor)).toEqual([]);
    expect((await countTodo(editor, new Date(), { sources })).todo).toBe(0);
  });
});
