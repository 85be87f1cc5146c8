import { describe, expect, it, vi } from "vitest";

// Work messaging is on for this file (read once by getEnv, before any import runs it).
vi.hoisted(() => {
  process.env.WORK_MESSAGING_URL = "http://127.0.0.1:9/not-used-by-enqueue";
  process.env.WORK_MESSAGING_AGENT_ID = "1000002";
});

import { prisma } from "@/lib/db";
import { addOfficer } from "@/test/complaint-fixtures";
import { unique } from "@/test/factories";
import { assignTask } from "@/lib/tasks/assign-task";

describe("the mobile office's messages reach officers by work messaging too", () => {
  it("a task handed to a unit: an SMS and a work message to its head's account", async () => {
    const office = await prisma.department.create({ data: { code: unique("GOV_"), name: unique("县政府办"), kind: "GOVERNMENT_OFFICE" } });
    const leader = await addOfficer(office.id, "LEADER");
    const unit = await prisma.department.create({ data: { code: unique("U_"), name: unique("测试局") } });
    const head = await addOfficer(unit.id, "DEPARTMENT_HEAD");
    const task = await assignTask({ actor: leader, input: { title: "冬季道路安全隐患排查", requirements: "建立台账。", departmentIds: [unit.id], dueMode: "days", dueDays: "5" }, files: [] });
    const assignment = await prisma.taskAssignment.findFirstOrThrow({ where: { taskId: task.id } });
    const rows = await prisma.outboxMessage.findMany({ where: { relatedId: assignment.id, template: "task.assigned" }, orderBy: { channel: "asc" } });
    expect(rows.map((r) => [r.channel, r.recipient])).toEqual([
      ["SMS", (await prisma.officer.findUniqueOrThrow({ where: { id: head.id } })).phone],
      ["WORK_MESSAGE", head.username],
    ]);
  });
});
