import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { sweepSupervision } from "@/lib/supervision/sweep-supervision";
import { meetingReplyKind } from "@/lib/supervision/kinds/meeting-reply";
import { addMeetingOfficer, addOrganiser, addRoom, addUnit, bj, meetingInput } from "@/test/meeting-fixtures";
import { cancelMeeting, createMeeting, publishMeeting, updateMeeting } from "./manage-meeting";
import { replyToInvitation } from "./reply-invitation";
import { meetingTodoSource } from "./todo-source";

const outbox = (meetingOrInvitationIds: string[]) => prisma.outboxMessage.findMany({ where: { relatedId: { in: meetingOrInvitationIds } }, orderBy: { createdAt: "asc" } });

describe("rooms cannot be double-booked", () => {
  it("refuses the second of two concurrent bookings of one room and allows back-to-back meetings", async () => {
    const { actor } = await addOrganiser();
    const { actor: other } = await addOrganiser();
    const room = await addRoom();
    const guest = await addMeetingOfficer((await addUnit()).id);
    const input = meetingInput(room.id, { officerIds: [guest.officer.id] });
    const results = await Promise.allSettled([
      createMeeting({ actor, input }),
      createMeeting({ actor: other, input: { ...input, startAt: "2026-12-10T10:30", endAt: "2026-12-10T12:00" } }),
      createMeeting({ actor, input: { ...input, startAt: "2026-12-10T08:00", endAt: "2026-12-10T09:30" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused.every((r) => isAppError(r.reason, "CONFLICT"))).toBe(true);
    expect((refused[0].reason as { fieldErrors: Record<string, string> }).fieldErrors.roomId).toMatch(/该时段已被/);
    expect(await prisma.meeting.count({ where: { roomId: room.id } })).toBe(1);
    // Back to back is no overlap; moving a meeting onto the taken slot is refused too.
    const later = await createMeeting({ actor, input: { ...input, startAt: "2026-12-10T11:00", endAt: "2026-12-10T12:00" } });
    await expect(updateMeeting({ actor, meetingId: later.id, expectedVersion: later.version, input: { ...input, startAt: "2026-12-10T10:00", endAt: "2026-12-10T12:00" } })).rejects.toMatchObject({ code: "CONFLICT" });
    // A cancelled meeting frees its room.
    const first = results.find((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof createMeeting>>> => r.status === "fulfilled")!.value;
    await cancelMeeting({ actor, meetingId: first.id, input: { reason: "改期" } });
    await expect(createMeeting({ actor, input })).resolves.toMatchObject({ roomId: room.id });
  });

  it("explains bad input beside the fields", async () => {
    const { actor } = await addOrganiser();
    const room = await addRoom();
    await expect(createMeeting({ actor, input: meetingInput(room.id, { title: "", endAt: "2026-12-10T08:00", replyDueAt: "2026-12-11T08:00" }) })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { title: "请填写会议名称", endAt: "结束时间应晚于开始时间", replyDueAt: "回复截止时间应早于会议开始时间" },
    });
    await expect(createMeeting({ actor, input: meetingInput(room.id) })).rejects.toMatchObject({ fieldErrors: { officerIds: "请至少邀请一位人员或一个单位" } });
    const { actor: handler } = await addMeetingOfficer((await addUnit()).id);
    await expect(createMeeting({ actor: handler, input: meetingInput(room.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("notice, replies and the chase", () => {
  async function publishedMeeting() {
    const organiser = await addOrganiser();
    const room = await addRoom();
    const unitA = await addUnit();
    const a = await addMeetingOfficer(unitA.id, { name: "甲" });
    const b = await addMeetingOfficer(unitA.id, { name: "乙" });
    const colleague = await addMeetingOfficer(unitA.id, { name: "丙" });
    const unitB = await addUnit();
    const clerk = await addMeetingOfficer(unitB.id, { duties: ["DOCUMENT_CLERK"], name: "收发员" });
    const head = await addMeetingOfficer(unitB.id, { role: "DEPARTMENT_HEAD", name: "局长" });
    const meeting = await createMeeting({ actor: organiser.actor, input: meetingInput(room.id, { officerIds: [a.officer.id, b.officer.id], departmentIds: [unitB.id] }) });
    const published = await publishMeeting({ actor: organiser.actor, meetingId: meeting.id, now: bj("2026-12-01T09:00:00") });
    return { organiser, meeting, published, a, b, colleague, clerk, head, unitB };
  }

  it("sends the notice once per invitee (a unit's clerk, not its head) and puts 回复参会 in their 待办", async () => {
    const { meeting, published, a, clerk, head, organiser } = await publishedMeeting();
    expect(published).toEqual({ invitations: 3, messages: 3 });
    const sent = await outbox([meeting.id]);
    expect(sent.map((m) => m.recipient).sort()).toEqual([a.officer.phone, clerk.officer.phone, (await prisma.officer.findFirstOrThrow({ where: { name: "乙", departmentId: a.officer.departmentId } })).phone].sort());
    expect(sent.some((m) => m.recipient === head.officer.phone)).toBe(false);
    expect(sent[0].body).toContain("【会议通知】");
    await expect(publishMeeting({ actor: organiser.actor, meetingId: meeting.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const now = bj("2026-12-02T09:00:00");
    const todo = await meetingTodoSource.list(prisma, a.actor, "todo", now, 10);
    expect(todo).toMatchObject([{ source: "meeting", action: "回复参会", title: meeting.title, dueAt: bj("2026-12-08T17:00:00") }]);
    expect(await meetingTodoSource.count(prisma, clerk.actor, "todo", now)).toBe(1);
    expect(await meetingTodoSource.count(prisma, head.actor, "todo", now)).toBe(1);
    expect(await meetingTodoSource.count(prisma, organiser.actor, "todo", now)).toBe(0);
  });

  it("takes 参加, 请假 with a reason, 指派代参 and a unit's named attendee before the deadline only", async () => {
    const { meeting, a, b, colleague, clerk, unitB } = await publishedMeeting();
    const invs = await prisma.meetingInvitation.findMany({ where: { meetingId: meeting.id } });
    const of = (officerId: string | null, dept?: string) => invs.find((i) => (dept ? i.departmentId === dept && i.kind === "UNIT" : i.officerId === officerId))!;
    const now = bj("2026-12-02T10:00:00");
    await expect(replyToInvitation({ actor: a.actor, invitationId: of(a.officer.id).id, input: { status: "LEAVE" }, now })).rejects.toMatchObject({ fieldErrors: { leaveReason: "请假请填写事由" } });
    await replyToInvitation({ actor: a.actor, invitationId: of(a.officer.id).id, input: { status: "LEAVE", leaveReason: "下乡调研" }, now });
    await replyToInvitation({ actor: b.actor, invitationId: of(b.officer.id).id, input: { status: "DELEGATE", attendeeId: colleague.officer.id }, now });
    // The delegate hears of it once (a repeated reply sends nothing more).
    await replyToInvitation({ actor: b.actor, invitationId: of(b.officer.id).id, input: { status: "DELEGATE", attendeeId: colleague.officer.id }, now });
    expect((await outbox([meeting.id])).filter((m) => m.template === "meeting.attendee_named").map((m) => m.recipient)).toEqual([colleague.officer.phone]);
    // Someone else's invitation is not found; a unit's reply needs a name.
    await expect(replyToInvitation({ actor: a.actor, invitationId: of(b.officer.id).id, input: { status: "ATTEND" }, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(replyToInvitation({ actor: clerk.actor, invitationId: of(null, unitB.id).id, input: { status: "ATTEND" }, now })).rejects.toMatchObject({ fieldErrors: { attendeeId: "请选择或填写参会人员" } });
    await replyToInvitation({ actor: clerk.actor, invitationId: of(null, unitB.id).id, input: { status: "ATTEND", attendeeName: "王副局长" }, now });
    const after = await prisma.meetingInvitation.findMany({ where: { meetingId: meeting.id } });
    expect(after.map((i) => [i.status, i.attendeeName, i.leaveReason]).sort()).toEqual(
      [
        ["ATTEND", "王副局长", null],
        ["DELEGATE", "丙", null],
        ["LEAVE", null, "下乡调研"],
      ].sort(),
    );
    expect(await meetingTodoSource.count(prisma, colleague.actor, "todo", now)).toBe(0);
    await expect(replyToInvitation({ actor: a.actor, invitationId: of(a.officer.id).id, input: { status: "ATTEND" }, now: bj("2026-12-08T17:00:01") })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("chases each non-replier once (yellow and red together) and tells the organiser once per meeting", async () => {
    const { meeting, a, b, clerk, head, organiser, unitB } = await publishedMeeting();
    const invs = await prisma.meetingInvitation.findMany({ where: { meetingId: meeting.id } });
    const invA = invs.find((i) => i.officerId === a.officer.id)!;
    await replyToInvitation({ actor: a.actor, invitationId: invA.id, input: { status: "ATTEND" }, now: bj("2026-12-02T10:00:00") });
    const ids = [meeting.id, ...invs.map((i) => i.id)];
    const before = (await outbox(ids)).length;
    const kinds = [meetingReplyKind];
    // Yellow at 80% of 12-01 09:00 → 12-08 17:00: two concurrent sweepers, then again.
    const yellowTime = bj("2026-12-07T15:00:00");
    await Promise.all([sweepSupervision({ now: yellowTime, kinds }), sweepSupervision({ now: yellowTime, kinds })]);
    await sweepSupervision({ now: yellowTime, kinds });
    let chases = (await outbox(ids)).slice(before);
    expect(chases.map((m) => m.recipient).sort()).toEqual([b.officer.phone, clerk.officer.phone].sort());
    expect(chases.every((m) => m.body.startsWith("【参会回复提醒】"))).toBe(true);
    // Past the deadline: no second SMS to the invitees, one summary to the organiser.
    const redTime = bj("2026-12-09T09:00:00");
    await Promise.all([sweepSupervision({ now: redTime, kinds }), sweepSupervision({ now: redTime, kinds })]);
    await sweepSupervision({ now: bj("2026-12-09T12:00:00"), kinds });
    chases = (await outbox(ids)).slice(before);
    expect(chases).toHaveLength(3);
    const summary = chases.find((m) => m.recipient === organiser.officer.phone)!;
    expect(summary.body).toContain("参加1，请假0，未回复2");
    expect(chases.some((m) => m.recipient === head.officer.phone || m.recipient === a.officer.phone)).toBe(false);
    // The board sees the overdue replies of the unit.
    const due = await meetingReplyKind.countDue(prisma, { departmentId: unitB.id }, redTime);
    expect(due).toEqual([{ departmentId: unitB.id, overdue: 1, nearDue: 0 }]);
    const list = await meetingReplyKind.listDue(prisma, { departmentId: null }, redTime, "overdue", 10);
    expect(list.filter((i) => invs.some((x) => x.id === i.id))).toHaveLength(2);
  });

  it("announces a change (with a higher sequence) and a cancellation to participants, not to those on leave", async () => {
    const { meeting, a, b, organiser } = await publishedMeeting();
    const invA = await prisma.meetingInvitation.findFirstOrThrow({ where: { meetingId: meeting.id, officerId: a.officer.id } });
    await replyToInvitation({ actor: a.actor, invitationId: invA.id, input: { status: "LEAVE", leaveReason: "出差" }, now: bj("2026-12-02T10:00:00") });
    const current = await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id }, include: { invitations: true } });
    const input = meetingInput(current.roomId, { title: current.title, startAt: "2026-12-10T15:00", endAt: "2026-12-10T17:00", officerIds: [a.officer.id, b.officer.id], departmentIds: current.invitations.filter((i) => i.kind === "UNIT").map((i) => i.departmentId) });
    const updated = await updateMeeting({ actor: organiser.actor, meetingId: meeting.id, expectedVersion: current.version, input });
    expect(updated.sequence).toBe(current.sequence + 1);
    await expect(updateMeeting({ actor: organiser.actor, meetingId: meeting.id, expectedVersion: current.version, input })).rejects.toMatchObject({ code: "CONFLICT" });
    const changed = (await outbox([meeting.id])).filter((m) => m.template === "meeting.changed");
    expect(changed.map((m) => m.recipient)).not.toContain(a.officer.phone);
    expect(changed.map((m) => m.recipient)).toContain(b.officer.phone);
    await cancelMeeting({ actor: organiser.actor, meetingId: meeting.id, input: { reason: "上级会议冲突" } });
    const cancelled = (await outbox([meeting.id])).filter((m) => m.template === "meeting.cancelled");
    expect(cancelled.length).toBe(2);
    expect(cancelled[0].body).toContain("上级会议冲突");
    expect(await prisma.meetingInvitation.count({ where: { meetingId: meeting.id, status: "PENDING" } })).toBe(0);
  });
});
