import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addMeetingOfficer, addOrganiser, addUnit, bj, meetingInput } from "@/test/meeting-fixtures";
import { unique } from "@/test/factories";
import { createMeeting, publishMeeting } from "./manage-meeting";
import { createRoom, updateRoom } from "./manage-rooms";
import { getMyMeeting, getOrganiserMeeting, listMyMeetings, listOrganisedMeetings } from "./meeting-read";
import { replyToInvitation } from "./reply-invitation";
import { meetingTodoSource } from "./todo-source";

describe("rooms and who sees what", () => {
  it("keeps room names unique, refuses an inactive room, and scopes a unit's 会务 to its own unit's meetings", async () => {
    const office = await addOrganiser();
    const name = unique("会议室");
    const room = await createRoom({ actor: office.actor, input: { name, place: "三楼", capacity: "40", rows: "4", seatsPerRow: "8", isActive: "yes" } });
    await expect(createRoom({ actor: office.actor, input: { name, place: "四楼", capacity: "10", rows: "1", seatsPerRow: "1" } })).rejects.toMatchObject({ fieldErrors: { name: "已有同名会议室" } });
    await expect(createRoom({ actor: office.actor, input: { name: "", place: "", capacity: "0", rows: "-1", seatsPerRow: "x" } })).rejects.toMatchObject({
      fieldErrors: { name: "请填写会议室名称", place: "请填写位置", capacity: "容纳人数应大于0", rows: "排数不能小于0", seatsPerRow: "每排座位数应为数字" },
    });

    const unitA = await addUnit();
    const unitB = await addUnit();
    const organiserA = await addMeetingOfficer(unitA.id, { duties: ["MEETING_ORGANISER"] });
    const organiserB = await addMeetingOfficer(unitB.id, { duties: ["MEETING_ORGANISER"] });
    const guest = await addMeetingOfficer(unitA.id);
    const outsider = await addMeetingOfficer(unitB.id);
    const meeting = await createMeeting({ actor: organiserA.actor, input: meetingInput(room.id, { officerIds: [guest.officer.id] }) });
    await expect(getOrganiserMeeting({ actor: organiserB.actor, meetingId: meeting.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getOrganiserMeeting({ actor: office.actor, meetingId: meeting.id })).resolves.toMatchObject({ meeting: { id: meeting.id } });
    expect((await listOrganisedMeetings({ actor: organiserB.actor, now: bj("2026-12-01T00:00:00") })).map((m) => m.id)).not.toContain(meeting.id);
    await expect(publishMeeting({ actor: organiserB.actor, meetingId: meeting.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    // A draft is invisible to invitees; once published, invitees see it and outsiders do not.
    await expect(getMyMeeting({ actor: guest.actor, meetingId: meeting.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await publishMeeting({ actor: organiserA.actor, meetingId: meeting.id, now: bj("2026-12-01T09:00:00") });
    await expect(getMyMeeting({ actor: guest.actor, meetingId: meeting.id, now: bj("2026-12-02T09:00:00") })).resolves.toMatchObject({ invitations: [{ canReply: true }] });
    await expect(getMyMeeting({ actor: outsider.actor, meetingId: meeting.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listMyMeetings({ actor: guest.actor, now: bj("2026-12-02T09:00:00") })).map((r) => r.meeting.id)).toEqual([meeting.id]);

    // 已办 lists the reply given.
    const inv = await prisma.meetingInvitation.findFirstOrThrow({ where: { meetingId: meeting.id } });
    await replyToInvitation({ actor: guest.actor, invitationId: inv.id, input: { status: "ATTEND" }, now: bj("2026-12-02T09:00:00") });
    expect(await meetingTodoSource.list(prisma, guest.actor, "done", bj("2026-12-02T10:00:00"), 10)).toMatchObject([{ action: "已回复参会", title: meeting.title }]);

    // A room taken out of use cannot be booked.
    await updateRoom({ actor: office.actor, roomId: room.id, input: { name, place: "三楼", capacity: "40", rows: "4", seatsPerRow: "8", isActive: false } });
    await expect(createMeeting({ actor: office.actor, input: meetingInput(room.id, { officerIds: [guest.officer.id], startAt: "2026-12-20T09:00", endAt: "2026-12-20T10:00" }) })).rejects.toMatchObject({ fieldErrors: { roomId: "该会议室已停用，请选择其他会议室" } });
  });
});
