// 我的会议: meetings the officer is invited to, attends or replies for, with the private
// calendar feed address (subscribe in the phone's calendar app).
import Link from "next/link";
import { PageNotice } from "@/components/meetings/page-notice";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/actor";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { calendarFeedPath, getCalendarFeedToken } from "@/lib/meetings/calendar-feed";
import { REPLY_LABELS } from "@/lib/meetings/meeting.schema";
import { formatMeetingTime, seatLabel } from "@/lib/meetings/meeting-format";
import { listMyMeetings } from "@/lib/meetings/meeting-read";
import { getEnv } from "@/lib/env";
import { rotateCalendarAction } from "./actions";

export const metadata = { title: "我的会议" };

export default async function MyMeetingsPage({ searchParams }: PageProps<"/officer/meetings">) {
  const actor = await requireActor();
  const params = await searchParams;
  const [rows, token] = await Promise.all([listMyMeetings({ actor }), getCalendarFeedToken({ actor })]);
  const feedUrl = `${getEnv().SITE_URL.replace(/\/$/, "")}${calendarFeedPath(token)}`;
  const upcoming = rows.filter((r) => !r.isPast);
  const past = rows.filter((r) => r.isPast);
  return (
    <div className="max-w-3xl">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold text-brand-700">我的会议</h1>
        {can(actor, "meetings.organise") && (
          <Link href="/officer/meetings/manage" className="text-brand-600 underline">
            会议管理 ›
          </Link>
        )}
      </div>
      <PageNotice params={params} />
      {upcoming.length === 0 && <p className="rounded bg-white p-4 text-slate-600 shadow-sm">暂无待参加的会议。</p>}
      <ul className="space-y-3">
        {upcoming.map((r) => (
          <MeetingCard key={r.id} row={r} />
        ))}
      </ul>
      {past.length > 0 && (
        <details className="mt-6">
          <summary className="cursor-pointer font-semibold text-brand-700">近30天已结束的会议（{past.length}）</summary>
          <ul className="mt-3 space-y-3">
            {past.map((r) => (
              <MeetingCard key={r.id} row={r} />
            ))}
          </ul>
        </details>
      )}
      <section className="mt-8 rounded-md border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="feed-title">
        <h2 id="feed-title" className="text-lg font-bold text-brand-700">
          订阅到手机日历
        </h2>
        <p className="mt-1 text-sm text-slate-600">在手机日历中“添加订阅日历”，填入下面的地址：您参加和受邀的会议会自动出现，变更和取消也会同步。此地址是您个人专用的，请勿转发。</p>
        <p className="mt-2 break-all rounded bg-slate-100 p-2 font-mono text-sm" data-testid="calendar-feed-url">
          {feedUrl}
        </p>
        <form action={rotateCalendarAction} className="mt-3">
          <button type="submit" className="rounded border-2 border-slate-400 bg-white px-4 py-2 font-semibold hover:bg-slate-100">
            更换订阅地址
          </button>
          <span className="ml-2 text-sm text-slate-600">地址泄露时使用，原地址立即失效</span>
        </form>
      </section>
    </div>
  );
}

function MeetingCard({ row }: { row: Awaited<ReturnType<typeof listMyMeetings>>[number] }) {
  const m = row.meeting;
  const seat = seatLabel(row);
  return (
    <li className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
      <Link href={`/officer/meetings/${m.id}`} className="text-lg font-semibold text-brand-700 underline">
        {m.title}
      </Link>
      {m.status === "CANCELLED" && <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-sm">已取消</span>}
      <p className="mt-1 text-sm text-slate-700">
        {formatMeetingTime(m.startAt, m.endAt)} · {m.room.name}
      </p>
      <p className="mt-1 text-sm">
        {row.kind === "UNIT" ? `${row.department.name}派员：` : ""}
        <span className={row.status === "PENDING" ? "font-semibold text-accent-700" : ""}>{REPLY_LABELS[row.status]}</span>
        {row.attendeeName && row.status !== "LEAVE" ? `（${row.attendeeName}）` : ""}
        {seat && <span className="ml-2 font-semibold">座位：{seat}</span>}
      </p>
      {row.canReply && row.status === "PENDING" && (
        <p className="mt-2">
          <Link href={`/officer/meetings/${m.id}#reply-${row.id}`} className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white">
            回复参会（{formatDeadline(row.replyDueAt)}前）
          </Link>
        </p>
      )}
    </li>
  );
}
