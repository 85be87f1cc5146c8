import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { createTaskTable, taskKind } from "@/test/task-kind";
import { acceptComplaint } from "@/lib/complaints/accept-complaint";
import { registerSupervisionKind } from "./registry";
import { sweepSupervision } from "./sweep-supervision";
import { countDue, getSupervisionBoard } from "./supervision-board";

const bj = (local: string) => new Date(`${local}+08:00`);

describe("the supervision engine with a second kind registered in a test", () => {
  let unregister: () => void;
  beforeAll(async () => {
    await createTaskTable();
    unregister = registerSupervisionKind(taskKind);
  });
  afterAll(() => unregister());

  it("sweeps, counts and boards tasks next to complaints; each warning once under two concurrent sweepers", async () => {
    const { category, department, head } = await createComplaintSetup({ unit: "HOURS", amount: 10 });
    const supervisor = await prisma.department.create({ data: { code: `SO${Date.now()}`, name: "督查室", kind: "SUPERVISION_OFFICE" } });
    await addOfficer(supervisor.id, "SUPERVISOR", "13700000019");
    const { complaint } = await fileTestComplaint(category.id, {}, bj("2026-11-23T08:00:00"));
    // Accepted at once: this test is about the finish stage (the accept stage: stages.test.ts).
    await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1, now: bj("2026-11-23T08:00:00") });
    // Task A: due 18:00, yellow at 16:00. Task B: overdue at 17:00.
    await prisma.$executeRawUnsafe(
      `INSERT INTO "TestTask" ("id", "title", "departmentId", "dueAt", "yellowAt") VALUES ($1, '整改台账', $3, $4, $5), ($2, '会议答复', $3, $6, $7)`,
      `A${Date.now()}`,
      `B${Date.now()}`,
      department.id,
      bj("2026-11-23T18:00:00"),
      bj("2026-11-23T16:00:00"),
      bj("2026-11-23T17:00:00"),
      bj("2026-11-23T15:00:00"),
    );
    const now = bj("2026-11-23T17:30:00");
    const [r1, r2] = await Promise.all([sweepSupervision({ now }), sweepSupervision({ now })]);
    await sweepSupervision({ now });
    // The complaint (deadline 18:00, yellow at 16:00) and task A yellow, task B red: each once.
    expect(r1.yellow + r2.yellow).toBe(2);
    expect(r1.red + r2.red).toBe(1);
    const messages = await prisma.outboxMessage.findMany({ where: { recipient: (await prisma.officer.findUniqueOrThrow({ where: { id: head.id } })).phone!, template: { startsWith: "supervision." } } });
    expect(messages.map((m) => m.template).sort()).toEqual(["supervision.red", "supervision.yellow", "supervision.yellow"]);
    expect(new Set(messages.map((m) => m.dedupeKey)).size).toBe(messages.length);
    const taskEvents = await prisma.$queryRawUnsafe<{ type: string }[]>(`SELECT "type" FROM "TestTaskEvent" WHERE "taskId" LIKE 'A%' OR "taskId" LIKE 'B%' ORDER BY 1`);
    expect(taskEvents.map((e) => e.type)).toEqual(["red", "yellow"]);
    expect(await prisma.complaintEvent.count({ where: { complaintId: complaint.id, type: "YELLOW_WARNING" } })).toBe(1);

    const totals = await countDue({ departmentId: department.id }, now);
    expect(totals).toEqual({ overdue: 1, nearDue: 2 });
    const board = await getSupervisionBoard({ actor: head, now });
    expect(board.overdue.map((i) => i.kind)).toEqual(["task"]);
    expect(board.nearDue.map((i) => i.kind).sort()).toEqual(["complaint", "task"]);
    expect(board.totals).toEqual({ overdue: 1, nearDue: 2 });
  });
});
