// 会议管理: the organiser's meetings (upcoming or past) with their reply counts.
import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { PageNotice } from "@/components/meetings/page-notice";
import { requirePagePermission } from "@/lib/auth/session";
import { STATUS_LABELS } from "@/lib/meetings/meeting.schema";
import { formatMeetingTime } from "@/lib/meetings/meeting-format";
import { listOrganisedMeetings } from "@/lib/meetings/meeting-read";

export const metadata = { title: "会议管理" };

export default async function ManageMeetingsPage({ searchParams }: PageProps<"/officer/meetings/manage">) {
  const { actor, allowed } = await requirePagePermission("meetings.organise");
  if (!allowed) return <Forbidden />;
  const params = await searchParams;
  const scope = params.scope === "past" ? "past" : "upcoming";
  const meetings = await listOrganisedMeetings({ actor, scope });
  const tab = (value: string, label: string) => (
    <Link href={`/officer/meetings/manage?scope=${value}`} aria-current={scope === value ? "page" : undefined} className={`rounded px-3 py-1 ${scope === value ? "bg-brand-600 text-white" : "bg-white text-brand-700 underline"}`}>
      {label}
    </Link>
  );
  return (
    <div className="max-w-5xl">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold text-brand-700">会议管理</h1>
        <div className="flex flex-wrap gap-3">
          <Link href="/officer/meetings/manage/new" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white">
            新建会议
          </Link>
          <Link href="/officer/meetings/manage/rooms" className="rounded border-2 border-slate-400 bg-white px-4 py-2 font-semibold">
            会议室
          </Link>
          <Link href="/officer/meetings/manage/stats" className="rounded border-2 border-slate-400 bg-white px-4 py-2 font-semibold">
            会议统计
          </Link>
        </div>
      </div>
      <PageNotice params={params} />
      <nav aria-label="会议范围" className="mb-3 flex gap-2">
        {tab("upcoming", "未结束")}
        {tab("past", "已结束")}
      </nav>
      {meetings.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-600 shadow-sm">暂无会议。</p>
      ) : (
        <ul className="space-y-2">
          {meetings.map((m) => (
            <li key={m.id} className="rounded-md border border-slate-200 bg-white p-3 shadow-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/officer/meetings/manage/${m.id}`} className="font-semibold text-brand-700 underline">
                  {m.title}
                </Link>
                <span className={`rounded px-2 py-0.5 text-sm ${m.status === "PUBLISHED" ? "bg-green-100 text-green-900" : m.status === "DRAFT" ? "bg-amber-100 text-amber-900" : "bg-slate-200"}`}>{STATUS_LABELS[m.status]}</span>
              </div>
              <p className="text-sm text-slate-700">
                {m.kind} · {formatMeetingTime(m.startAt, m.endAt)} · {m.room.name}
              </p>
              <p className="text-sm text-slate-600">
                受邀{m.counts.invited} · 参加{m.counts.attending} · 请假{m.counts.onLeave} · 未回复{m.counts.pending} · 已签到{m.counts.arrived}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
