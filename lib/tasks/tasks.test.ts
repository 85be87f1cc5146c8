import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { addOfficer } from "@/test/complaint-fixtures";
import { unique } from "@/test/factories";
import { TINY_PNG } from "@/test/image-fixtures";
import { sweepSupervision } from "../supervision/sweep-supervision";
import { countDue, getSupervisionBoard } from "../supervision/supervision-board";
import { urgeItem } from "../supervision/urge-item";
import { assignTask, createTasksFromDecisions } from "./assign-task";
import { acceptTaskFinish, nameTaskHandler, proposeTaskFinish, reportTaskProgress, returnTaskFinish } from "./handle-task";
import { getTask, listTasks } from "./list-tasks";
import { taskTodoSource } from "./task-todo-source";

const bj = (local: string) => new Date(`${local}+08:00`);

async function unit(kind: "AGENCY" | "TOWN" = "AGENCY") {
  const d = await prisma.department.create({ data: { code: unique("U_"), name: unique(kind === "TOWN" ? "测试镇" : "测试局"), kind } });
  return { department: d, head: await addOfficer(d.id, "DEPARTMENT_HEAD"), handler: await addOfficer(d.id, "HANDLER") };
}

describe("tasks handed to units (任务交办)", () => {
  let office: { id: string };
  let leader: Actor;
  let units: Awaited<ReturnType<typeof unit>>[];
  beforeAll(async () => {
    office = await prisma.department.create({ data: { code: unique("GOV_"), name: unique("县政府办"), kind: "GOVERNMENT_OFFICE" } });
    leader = await addOfficer(office.id, "LEADER");
    units = [await unit(), await unit(), await unit("TOWN")];
  });

  it("assigns one task to three units: one assignment each, SMS to each head, audited; refuses bad input with field messages", async () => {
    const now = bj("2026-11-23T09:00:00");
    const task = await assignTask({
      actor: leader,
      input: { title: "冬季道路安全隐患排查", requirements: "全面排查辖区道路隐患，建立台账。", departmentIds: units.map((u) => u.department.id), dueMode: "days", dueDays: "5" },
      files: [{ name: "方案.png", bytes: TINY_PNG }],
      now,
    });
    expect(task.ref).toMatch(/^交办〔2026〕\d+号$/);
    // Five working days after Monday 23 November: the end of Monday 30 November.
    expect(task.dueAt).toEqual(bj("2026-11-30T23:59:59"));
    const assignments = await prisma.taskAssignment.findMany({ where: { taskId: task.id } });
    expect(assignments).toHaveLength(3);
    expect(assignments.every((a) => a.status === "OPEN" && a.yellowAt < a.dueAt)).toBe(true);
    const heads = await prisma.officer.findMany({ where: { id: { in: units.map((u) => u.head.id) } } });
    const sms = await prisma.outboxMessage.findMany({ where: { template: "task.assigned", recipient: { in: heads.map((h) => h.phone!) } } });
    expect(sms).toHaveLength(3);
    expect(sms[0].body).toContain("冬季道路安全隐患排查");
    expect(await prisma.auditLog.count({ where: { action: "task.assigned", targetId: task.id } })).toBe(1);
    expect(await prisma.taskFile.count({ where: { taskId: task.id } })).toBe(1);

    await expect(assignTask({ actor: leader, input: { title: "", requirements: "x", departmentIds: [], dueMode: "date", dueOn: "明天" }, now })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { title: "请填写任务名称", departmentIds: "请至少选择一个承办单位", dueOn: "请填写完成期限，格式如 2026-12-31" },
    });
    await expect(assignTask({ actor: units[0].handler, input: {}, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("progress, finish, send back with a reason, finish again and accept; only the unit and the assigner act", async () => {
    const now = bj("2026-11-23T09:00:00");
    const task = await assignTask({ actor: leader, input: { title: "河道清理", requirements: "清理河道垃圾。", departmentIds: [units[0].department.id, units[1].department.id], dueMode: "date", dueOn: "2026-12-10" }, now });
    const [a] = await prisma.taskAssignment.findMany({ where: { taskId: task.id, departmentId: units[0].department.id } });
    const { handler, head } = units[0];

    // The head names the handler; another unit's officer cannot report.
    await nameTaskHandler({ actor: head, assignmentId: a.id, expectedVersion: 1, input: { handlerId: handler.id }, now });
    await expect(reportTaskProgress({ actor: units[1].handler, assignmentId: a.id, input: { note: "x" }, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await reportTaskProgress({ actor: handler, assignmentId: a.id, input: { note: "已完成上游两公里清理。" }, files: [{ name: "现场.png", bytes: TINY_PNG }], now: bj("2026-11-25T10:00:00") });
    await expect(reportTaskProgress({ actor: handler, assignmentId: a.id, input: { note: " " }, now })).rejects.toMatchObject({ fieldErrors: { note: "请填写进展情况" } });

    await proposeTaskFinish({ actor: handler, assignmentId: a.id, expectedVersion: 2, input: { note: "全部清理完毕，附照片。" }, files: [{ name: "完工.png", bytes: TINY_PNG }], now: bj("2026-11-27T10:00:00") });
    // The assigner hears of it; a second finish is a conflict; a stranger may not accept.
    const leaderPhone = (await prisma.officer.findUniqueOrThrow({ where: { id: leader.id } })).phone!;
    expect(await prisma.outboxMessage.count({ where: { template: "task.finish_proposed", recipient: leaderPhone } })).toBe(1);
    await expect(proposeTaskFinish({ actor: handler, assignmentId: a.id, expectedVersion: 3, input: { note: "再次" }, now })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(acceptTaskFinish({ actor: await addOfficer(units[1].department.id, "LEADER"), assignmentId: a.id, expectedVersion: 3 })).rejects.toMatchObject({ code: "FORBIDDEN" });

    // The 验收 item is in the assigner's 待办.
    const todo = await taskTodoSource.list(prisma, leader, "todo", now, 50);
    expect(todo.find((i) => i.id === a.id)?.action).toBe("验收");

    await expect(returnTaskFinish({ actor: leader, assignmentId: a.id, expectedVersion: 3, input: { reason: "" } })).rejects.toMatchObject({ fieldErrors: { reason: "请填写退回理由" } });
    await returnTaskFinish({ actor: leader, assignmentId: a.id, expectedVersion: 3, input: { reason: "缺少下游照片。" }, now: bj("2026-11-27T15:00:00") });
    expect((await prisma.taskAssignment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("OPEN");
    expect((await taskTodoSource.list(prisma, handler, "todo", now, 50)).find((i) => i.id === a.id)?.action).toBe("办理");

    await proposeTaskFinish({ actor: handler, assignmentId: a.id, expectedVersion: 4, input: { note: "补充下游照片。" }, now: bj("2026-11-28T10:00:00") });
    // A stale version loses: CONFLICT, nothing written.
    await expect(acceptTaskFinish({ actor: leader, assignmentId: a.id, expectedVersion: 4 })).rejects.toMatchObject({ code: "CONFLICT" });
    await acceptTaskFinish({ actor: leader, assignmentId: a.id, expectedVersion: 5, now: bj("2026-11-28T11:00:00") });

    const view = await getTask({ actor: leader, id: task.id });
    expect(view.assignments).toHaveLength(2);
    const done = view.assignments.find((x) => x.id === a.id)!;
    expect(done.status).toBe("ACCEPTED");
    expect(done.entries.map((e) => e.type)).toEqual(["ASSIGNED", "HANDLER_NAMED", "PROGRESS", "FINISH_PROPOSED", "RETURNED", "FINISH_PROPOSED", "ACCEPTED"]);
    expect(done.entries.find((e) => e.type === "PROGRESS")!.files).toHaveLength(1);
    // The unit's officer sees only their unit's share; the assignment id opens the task too.
    expect((await getTask({ actor: handler, id: a.id })).assignments.map((x) => x.id)).toEqual([a.id]);
    expect((await listTasks({ actor: leader, view: "assigned" })).filter((r) => r.taskId === task.id)).toHaveLength(2);
    expect(await prisma.auditLog.count({ where: { targetId: a.id, action: { startsWith: "task." } } })).toBe(6);
  });

  it("warns yellow and red through the engine once, shows on the board and takes 催办", async () => {
    const { department, head, handler } = await unit();
    await prisma.department.create({ data: { code: unique("SO_"), name: "督查室", kind: "SUPERVISION_OFFICE" } }).then((d) => addOfficer(d.id, "SUPERVISOR", "13700000088"));
    const start = bj("2026-11-23T09:00:00");
    const [idNear, idLate] = await prisma.$transaction((tx) =>
      createTasksFromDecisions(tx, leader, {
        decisions: [
          { title: "会议决定一", requirements: "落实会议决定一。", departmentIds: [department.id], dueAt: bj("2026-11-27T18:00:00") },
          { title: "会议决定二", requirements: "落实会议决定二。", departmentIds: [department.id], dueAt: bj("2026-11-24T18:00:00") },
        ],
        source: "县政府常务会议纪要",
        now: start,
      }),
    );
    expect((await prisma.task.findUniqueOrThrow({ where: { id: idNear } })).source).toBe("县政府常务会议纪要");
    const now = bj("2026-11-27T09:00:00");
    const [r1, r2] = await Promise.all([sweepSupervision({ now }), sweepSupervision({ now })]);
    await sweepSupervision({ now });
    const near = await prisma.taskAssignment.findFirstOrThrow({ where: { taskId: idNear } });
    const late = await prisma.taskAssignment.findFirstOrThrow({ where: { taskId: idLate } });
    expect(near.yellowWarnedAt).toEqual(now);
    expect(late.redCardAt).toEqual(now);
    const headPhone = (await prisma.officer.findUniqueOrThrow({ where: { id: head.id } })).phone!;
    const warnings = await prisma.outboxMessage.findMany({ where: { recipient: headPhone, template: { startsWith: "supervision." } } });
    expect(warnings.map((m) => m.template).sort()).toEqual(["supervision.red", "supervision.yellow"]);
    expect(warnings.every((m) => m.dedupeKey!.startsWith("assigned_task:"))).toBe(true);
    expect([r1.yellow + r2.yellow, r1.red + r2.red]).toEqual([1, 1]);
    expect(await prisma.taskEntry.count({ where: { assignmentId: { in: [near.id, late.id] }, type: { in: ["YELLOW_WARNING", "RED_CARD"] } } })).toBe(2);

    expect(await countDue({ departmentId: department.id }, now)).toEqual({ overdue: 1, nearDue: 1 });
    const board = await getSupervisionBoard({ actor: head, now });
    expect(board.overdue.map((i) => [i.kind, i.title, i.href])).toEqual([["assigned_task", "会议决定二", `/officer/tasks/${idLate}`]]);
    expect(board.nearDue.map((i) => i.departmentName)).toEqual([department.name]);

    const supervisor = await addOfficer(office.id, "SUPERVISOR");
    await urgeItem({ actor: supervisor, kind: "assigned_task", itemId: late.id, input: { note: "请于今日反馈。" }, now });
    expect(await prisma.taskEntry.count({ where: { assignmentId: late.id, type: "URGED" } })).toBe(1);
    // Finished items leave the counts.
    await proposeTaskFinish({ actor: handler, assignmentId: late.id, expectedVersion: late.version, input: { note: "已完成。" }, now });
    expect(await countDue({ departmentId: department.id }, now)).toEqual({ overdue: 0, nearDue: 1 });
  });
});

describe("supervision orders on a task", () => {
  it("issues a numbered order to the unit, recorded on the task; the unit answers it", async () => {
    const { issueTaskSupervisionOrder } = await import("./task-supervision-order");
    const { answerSupervisionOrder } = await import("../supervision/supervision-orders");
    const gov = await prisma.department.create({ data: { code: unique("G_"), name: unique("县政府办") } });
    const leader = await addOfficer(gov.id, "LEADER");
    const supervisor = await addOfficer(gov.id, "SUPERVISOR");
    const { department, handler } = await unit();
    const now = bj("2026-11-23T09:00:00");
    const task = await assignTask({ actor: leader, input: { title: "秸秆禁烧巡查", requirements: "每日巡查。", departmentIds: [department.id], dueMode: "date", dueOn: "2026-12-20" }, now });
    const a = await prisma.taskAssignment.findFirstOrThrow({ where: { taskId: task.id } });
    await expect(issueTaskSupervisionOrder({ actor: leader, assignmentId: a.id, input: { instruction: "请加快进度", dueOn: "2026-12-01" }, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const order = await issueTaskSupervisionOrder({ actor: supervisor, assignmentId: a.id, input: { instruction: "请三日内反馈巡查台账", dueOn: "2026-11-26" }, now });
    expect(order.number).toMatch(/^桐督〔2026〕\d+号$/);
    expect(order).toMatchObject({ departmentId: department.id, complaintId: null });
    const view = await getTask({ actor: handler, id: task.id });
    expect(view.assignments[0].orders.map((o) => o.number)).toEqual([order.number]);
    await answerSupervisionOrder({ actor: handler, orderId: order.id, input: { response: "台账已建立并报送。" }, now });
    expect((await getTask({ actor: handler, id: task.id })).assignments[0].orders[0].status).toBe("ANSWERED");
  });
});
