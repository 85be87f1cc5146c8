import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { acceptComplaint } from "@/lib/complaints/accept-complaint";
import { sweepSupervision } from "./sweep-supervision";
import { countDue, getSupervisionBoard } from "./supervision-board";
import { answerSupervisionOrder, issueSupervisionOrder } from "./supervision-orders";

const bj = (local: string) => new Date(`${local}+08:00`);

async function setup() {
  // Finish within 10 hours; accept within the SLA class's default 2 working hours.
  const s = await createComplaintSetup({ unit: "HOURS", amount: 10 });
  const office = await prisma.department.create({ data: { code: `SO${Math.random()}`, name: "督查室", kind: "SUPERVISION_OFFICE" } });
  const supervisor = await addOfficer(office.id, "SUPERVISOR");
  const phoneOf = async (id: string) => (await prisma.officer.findUniqueOrThrow({ where: { id } })).phone!;
  return { ...s, supervisor, headPhone: await phoneOf(s.head.id), supervisorPhone: await phoneOf(supervisor.id) };
}

/** Two sweepers at once, then a third: whatever is due is warned once. */
async function sweepTwiceAndAgain(now: Date) {
  await Promise.all([sweepSupervision({ now }), sweepSupervision({ now })]);
  await sweepSupervision({ now });
}

describe("the accept stage (受理时限) of a complaint", () => {
  it("warns yellow at 80% and red past the accept deadline, and yellow and red for the finish stage: exactly one SMS of each per stage", async () => {
    const { category, head, headPhone, supervisorPhone } = await setup();
    // Filed Monday 09:00: accept by 11:00 (yellow at 10:36, 80% of 120 working minutes), finish by 19:00 (yellow at 17:00).
    const { complaint } = await fileTestComplaint(category.id, {}, bj("2026-11-23T09:00:00"));
    expect(complaint.acceptDeadlineAt).toEqual(bj("2026-11-23T11:00:00"));
    expect(complaint.acceptYellowAt).toEqual(bj("2026-11-23T10:36:00"));
    const sms = () => prisma.outboxMessage.findMany({ where: { relatedId: complaint.id, template: { startsWith: "supervision." } }, orderBy: { createdAt: "asc" } });

    await sweepTwiceAndAgain(bj("2026-11-23T10:35:00"));
    expect(await sms()).toHaveLength(0);

    await sweepTwiceAndAgain(bj("2026-11-23T10:40:00"));
    const acceptYellow = await sms();
    expect(acceptYellow.map((m) => [m.template, m.recipient])).toEqual([["supervision.yellow", headPhone]]);
    expect(acceptYellow[0].body).toContain("受理时限已过八成");
    expect(acceptYellow[0].dedupeKey!).toMatch(/^accept:yellow:/);

    await sweepTwiceAndAgain(bj("2026-11-23T11:05:00"));
    const acceptRed = (await sms()).filter((m) => m.template === "supervision.red");
    expect(acceptRed.map((m) => m.recipient).sort()).toEqual([headPhone, supervisorPhone].sort());
    expect(acceptRed[0].body).toContain("已超过受理时限");
    const stamped = await prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id } });
    expect(stamped.acceptYellowWarnedAt).toEqual(bj("2026-11-23T10:40:00"));
    expect(stamped.acceptRedCardAt).toEqual(bj("2026-11-23T11:05:00"));
    // The finish stage has its own stamps: untouched so far.
    expect(stamped.yellowWarnedAt).toBeNull();
    expect(stamped.redCardAt).toBeNull();

    // The board names the stage; the main (finish) counts, which the dashboard and statistics show, do not include it.
    const board = await getSupervisionBoard({ actor: head, now: bj("2026-11-23T11:05:00") });
    expect(board.rows.map((r) => [r.ref, r.stageLabel])).toEqual([[complaint.trackingNo, "受理超期"]]);
    expect(board.totals).toEqual({ overdue: 0, nearDue: 0 });
    expect(board.stageTotals).toEqual([{ stage: "accept", level: "overdue", label: "受理超期", count: 1 }]);

    await sweepTwiceAndAgain(bj("2026-11-23T17:10:00"));
    await sweepTwiceAndAgain(bj("2026-11-23T19:30:00"));
    const all = await sms();
    const toHead = all.filter((m) => m.recipient === headPhone);
    // One yellow and one red per stage to the head; the reds copied to the supervision office.
    const stageAndLevel = (m: { dedupeKey: string | null; template: string }) => `${m.dedupeKey!.startsWith("accept:") ? "accept:" : ""}${m.template.replace("supervision.", "")}`;
    expect(toHead.map(stageAndLevel)).toEqual(["accept:yellow", "accept:red", "yellow", "red"]);
    expect(all.filter((m) => m.recipient === supervisorPhone).map(stageAndLevel)).toEqual(["accept:red", "red"]);
    expect(all).toHaveLength(6);
    const events = await prisma.complaintEvent.findMany({ where: { complaintId: complaint.id, type: { in: ["YELLOW_WARNING", "RED_CARD"] } }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["YELLOW_WARNING", "RED_CARD", "YELLOW_WARNING", "RED_CARD"]);

    const late = await getSupervisionBoard({ actor: head, now: bj("2026-11-23T19:30:00"), sort: { sort: "stage", dir: "asc" } });
    expect(late.rows.map((r) => r.stageLabel)).toEqual(["受理超期", "办结超期"]);
    expect(late.totals).toEqual({ overdue: 1, nearDue: 0 });
  });

  it("leaves accepted and sent-back cases out of the accept stage", async () => {
    const { category, head } = await setup();
    const { complaint: accepted } = await fileTestComplaint(category.id, {}, bj("2026-11-23T09:00:00"));
    await acceptComplaint({ actor: head, complaintId: accepted.id, expectedVersion: 1, now: bj("2026-11-23T09:30:00") });
    const { complaint: sentBack } = await fileTestComplaint(category.id, {}, bj("2026-11-23T09:00:00"));
    await prisma.complaint.update({ where: { id: sentBack.id }, data: { sentBackAt: bj("2026-11-23T09:20:00"), sentBackReason: "非本部门职责" } });
    await sweepTwiceAndAgain(bj("2026-11-23T11:05:00"));
    expect(await prisma.outboxMessage.count({ where: { relatedId: { in: [accepted.id, sentBack.id] }, template: { startsWith: "supervision." } } })).toBe(0);
    const board = await getSupervisionBoard({ actor: head, now: bj("2026-11-23T11:05:00") });
    expect(board.rows).toHaveLength(0);
  });
});

describe("supervision orders as a supervised kind", () => {
  it("warns an open order yellow and red once each, lists and counts it; an answered order is left alone", async () => {
    const { category, head, handler, headPhone, supervisorPhone, supervisor, department } = await setup();
    const { complaint } = await fileTestComplaint(category.id, {}, bj("2026-11-23T09:00:00"));
    await prisma.complaint.update({ where: { id: complaint.id }, data: { handlerId: handler.id } });
    const handlerPhone = (await prisma.officer.findUniqueOrThrow({ where: { id: handler.id } })).phone!;
    const issued = bj("2026-11-23T10:00:00");
    const order = await issueSupervisionOrder({ actor: supervisor, complaintId: complaint.id, input: { instruction: "请三日内到现场处置", dueOn: "2026-11-25" }, now: issued });
    const answered = await issueSupervisionOrder({ actor: supervisor, complaintId: complaint.id, input: { instruction: "请书面说明情况", dueOn: "2026-11-25" }, now: issued });
    await answerSupervisionOrder({ actor: head, orderId: answered.id, input: { response: "已书面说明情况" }, now: bj("2026-11-24T09:00:00") });
    // Due 2026-11-25 23:59:59 Beijing; the yellow point is 80% of the time from the issue.
    expect(order.deadlineAt).toEqual(bj("2026-11-25T23:59:59"));
    const yellowAt = new Date(issued.getTime() + Math.floor((order.deadlineAt.getTime() - issued.getTime()) * 0.8));
    expect(order.yellowWarnAt).toEqual(yellowAt);
    const sms = () => prisma.outboxMessage.findMany({ where: { relatedType: "SupervisionOrder", relatedId: { in: [order.id, answered.id] }, template: { in: ["supervision.yellow", "supervision.red"] } }, orderBy: { createdAt: "asc" } });

    await sweepTwiceAndAgain(new Date(yellowAt.getTime() - 60_000));
    expect(await sms()).toHaveLength(0);
    const nearNow = new Date(yellowAt.getTime() + 60_000);
    await sweepTwiceAndAgain(nearNow);
    const yellow = await sms();
    expect(yellow.map((m) => m.recipient).sort()).toEqual([handlerPhone, headPhone].sort());
    expect(yellow.every((m) => m.template === "supervision.yellow" && m.relatedId === order.id && m.dedupeKey!.startsWith("order:answer:yellow:"))).toBe(true);
    expect(yellow[0].body).toContain(order.number!);

    const near = await getSupervisionBoard({ actor: supervisor, now: nearNow });
    const line = near.rows.find((r) => r.kind === "order")!;
    expect(line).toMatchObject({ id: order.id, ref: order.number, stage: "answer", stageLabel: "反馈临期", departmentName: department.name, handlerName: expect.any(String), detail: `案件${complaint.trackingNo}` });
    expect(near.rows.filter((r) => r.kind === "order")).toHaveLength(1);

    const lateNow = bj("2026-11-26T09:00:00");
    await sweepTwiceAndAgain(lateNow);
    const all = await sms();
    const red = all.filter((m) => m.template === "supervision.red");
    // Every supervisor is copied (the other tests of this file added some): each number once.
    expect(red.map((m) => m.recipient)).toEqual(expect.arrayContaining([handlerPhone, headPhone, supervisorPhone]));
    expect(new Set(red.map((m) => m.recipient)).size).toBe(red.length);
    expect(all).toHaveLength(2 + red.length);
    await sweepTwiceAndAgain(new Date(lateNow.getTime() + 3_600_000));
    expect(await sms()).toHaveLength(all.length);
    const stamped = await prisma.supervisionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(stamped.redCardAt).toEqual(lateNow);
    expect(await prisma.complaintEvent.count({ where: { complaintId: complaint.id, type: "NOTE", note: { contains: `督办单${order.number}已超过反馈期限` } } })).toBe(1);
    // Counted with the department's overdue items (the dashboard's and statistics' figure).
    expect((await countDue({ departmentId: department.id }, lateNow)).overdue).toBe(2);
    const late = await getSupervisionBoard({ actor: supervisor, now: lateNow, sort: { sort: "kind", dir: "asc" } });
    expect(late.rows.filter((r) => r.departmentId === department.id).map((r) => [r.kindLabel, r.stageLabel])).toEqual([
      ["督办单", "反馈超期"],
      ["诉求", "受理超期"],
      ["诉求", "办结超期"],
    ]);
  });
});
