import Link from "next/link";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { Forbidden } from "@/components/officer/forbidden";
import { MeetingForm } from "@/components/meetings/meeting-forms";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { MEETING_KINDS } from "@/lib/meetings/meeting.schema";
import { toBeijingInput } from "@/lib/meetings/meeting-format";
import { getOrganiserMeeting, listInviteeChoices } from "@/lib/meetings/meeting-read";
import { updateMeetingAction } from "../../../actions";

export const metadata = { title: "修改会议" };

export default async function EditMeetingPage({ params }: PageProps<"/officer/meetings/manage/[id]/edit">) {
  const { actor, allowed } = await requirePagePermission("meetings.organise");
  if (!allowed) return <Forbidden />;
  const { id } = await params;
  let data: Awaited<ReturnType<typeof getOrganiserMeeting>>;
  try {
    data = await getOrganiserMeeting({ actor, meetingId: id });
  } catch (err) {
    if (isAppError(err)) return <NotFoundPanel title="没有找到这个会议" />;
    throw err;
  }
  const { meeting } = data;
  const choices = await listInviteeChoices({ actor });
  const rooms = choices.rooms.some((r) => r.id === meeting.roomId) ? choices.rooms : [...choices.rooms, { id: meeting.roomId, name: meeting.room.name, place: meeting.room.place, capacity: 0 }];
  return (
    <div className="max-w-2xl rounded-md border border-slate-200 bg-white p-5 shadow-sm">
      <p className="mb-2 text-sm">
        <Link href={`/officer/meetings/manage/${meeting.id}`} className="text-brand-600 underline">
          ‹ 返回会议
        </Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold text-brand-700">修改会议</h1>
      {meeting.status === "PUBLISHED" && <p className="mb-4 border-l-4 border-amber-500 bg-amber-50 p-3">通知已发出：修改时间、地点或名称后，系统将短信告知参会人员，日历订阅同步更新；新增的受邀人员会收到通知。</p>}
      <MeetingForm
        action={updateMeetingAction}
        kinds={MEETING_KINDS}
        rooms={rooms.map((r) => ({ value: r.id, label: `${r.name}（${r.place}）` }))}
        officers={choices.officers.map((o) => ({ value: o.id, label: `${o.name} · ${o.department.name}` }))}
        departments={choices.departments.map((d) => ({ value: d.id, label: d.name }))}
        hidden={{ meetingId: meeting.id, expectedVersion: String(meeting.version) }}
        initial={{
          title: meeting.title,
          kind: meeting.kind,
          startAt: toBeijingInput(meeting.startAt),
          endAt: toBeijingInput(meeting.endAt),
          replyDueAt: toBeijingInput(meeting.replyDueAt),
          roomId: meeting.roomId,
          note: meeting.note ?? "",
          agenda: meeting.agenda.map((a) => a.title).join("\n"),
          officerIds: meeting.invitations.filter((i) => i.kind === "OFFICER").map((i) => i.officerId).join(","),
          departmentIds: meeting.invitations.filter((i) => i.kind === "UNIT").map((i) => i.departmentId).join(","),
        }}
        submitLabel="保存修改"
      />
    </div>
  );
}
