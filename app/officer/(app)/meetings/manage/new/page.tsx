import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { MeetingForm } from "@/components/meetings/meeting-forms";
import { requirePagePermission } from "@/lib/auth/session";
import { MEETING_KINDS } from "@/lib/meetings/meeting.schema";
import { listInviteeChoices } from "@/lib/meetings/meeting-read";
import { createMeetingAction } from "../../actions";

export const metadata = { title: "新建会议" };

export default async function NewMeetingPage() {
  const { actor, allowed } = await requirePagePermission("meetings.organise");
  if (!allowed) return <Forbidden />;
  const choices = await listInviteeChoices({ actor });
  return (
    <div className="max-w-2xl rounded-md border border-slate-200 bg-white p-5 shadow-sm">
      <p className="mb-2 text-sm">
        <Link href="/officer/meetings/manage" className="text-brand-600 underline">
          ‹ 会议管理
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold text-brand-700">新建会议</h1>
      {choices.rooms.length === 0 && (
        <p className="mb-4 border-l-4 border-amber-500 bg-amber-50 p-3">
          还没有可预订的会议室，请先<Link href="/officer/meetings/manage/rooms" className="text-brand-600 underline">添加会议室</Link>。
        </p>
      )}
      <MeetingForm
        action={createMeetingAction}
        kinds={MEETING_KINDS}
        rooms={choices.rooms.map((r) => ({ value: r.id, label: `${r.name}（${r.place}，${r.capacity}人）` }))}
        officers={choices.officers.map((o) => ({ value: o.id, label: `${o.name} · ${o.department.name}` }))}
        departments={choices.departments.map((d) => ({ value: d.id, label: d.name }))}
        initial={{}}
        submitLabel="保存为草稿"
      />
    </div>
  );
}
