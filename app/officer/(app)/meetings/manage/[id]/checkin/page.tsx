// 签到: the QR code to show at the door, live counts (the page reloads itself every 15 seconds
// with a meta refresh, no JavaScript needed; a link reloads at once) and check-in by hand.
import Link from "next/link";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { Forbidden } from "@/components/officer/forbidden";
import { PageNotice } from "@/components/meetings/page-notice";
import { requirePagePermission } from "@/lib/auth/session";
import { formatTime } from "@/lib/complaints/complaint-format";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { REPLY_LABELS } from "@/lib/meetings/meeting.schema";
import { checkInUrl, formatMeetingTime } from "@/lib/meetings/meeting-format";
import { getOrganiserMeeting } from "@/lib/meetings/meeting-read";
import { manualCheckInAction } from "../../../actions";

export const metadata = { title: "会议签到" };
const REFRESH_SECONDS = 15;

export default async function CheckInBoardPage({ params, searchParams }: PageProps<"/officer/meetings/manage/[id]/checkin">) {
  const { actor, allowed } = await requirePagePermission("meetings.organise");
  if (!allowed) return <Forbidden />;
  const { id } = await params;
  const query = await searchParams;
  let data: Awaited<ReturnType<typeof getOrganiserMeeting>>;
  try {
    data = await getOrganiserMeeting({ actor, meetingId: id });
  } catch (err) {
    if (isAppError(err)) return <NotFoundPanel title="没有找到这个会议" />;
    throw err;
  }
  const { meeting, counts } = data;
  const url = checkInUrl(getEnv().SITE_URL, meeting.checkinToken);
  const people = meeting.invitations.filter((i) => i.status !== "CANCELLED");
  return (
    <div className="max-w-4xl space-y-4">
      <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} />
      <p className="text-sm">
        <Link href={`/officer/meetings/manage/${meeting.id}`} className="text-brand-600 underline">
          ‹ {meeting.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">会议签到</h1>
      <PageNotice params={query} />
      <div className="grid gap-4 md:grid-cols-[auto_1fr]">
        <section className="rounded-md border border-slate-200 bg-white p-4 text-center shadow-sm">
          {meeting.status === "PUBLISHED" ? (
            <>
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={`/officer/meetings/manage/${meeting.id}/qr`} alt="签到二维码" width={240} height={240} className="mx-auto h-60 w-60" style={{ imageRendering: "pixelated" }} />
              <p className="mt-2 font-semibold">请用手机扫码签到</p>
              <p className="mt-1 max-w-60 break-all text-xs text-slate-500" data-testid="checkin-url">
                {url}
              </p>
            </>
          ) : (
            <p className="text-slate-600">会议发布后才能签到。</p>
          )}
        </section>
        <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm" aria-live="polite">
          <p className="text-slate-700">{formatMeetingTime(meeting.startAt, meeting.endAt)} · {meeting.room.name}</p>
          <dl className="mt-3 grid grid-cols-3 gap-2 text-center">
            <div className="rounded bg-green-50 p-3">
              <dt className="text-sm text-green-900">已到</dt>
              <dd className="text-3xl font-bold text-green-800" data-testid="count-arrived">{counts.arrived}</dd>
            </div>
            <div className="rounded bg-amber-50 p-3">
              <dt className="text-sm text-amber-900">请假</dt>
              <dd className="text-3xl font-bold text-amber-800" data-testid="count-leave">{counts.onLeave}</dd>
            </div>
            <div className="rounded bg-red-50 p-3">
              <dt className="text-sm text-accent-700">未到</dt>
              <dd className="text-3xl font-bold text-accent-700" data-testid="count-absent">{counts.absent + counts.pending}</dd>
            </div>
          </dl>
          <p className="mt-2 text-sm text-slate-600">
            应到{counts.attending + counts.pending}（含未回复{counts.pending}）。每{REFRESH_SECONDS}秒自动刷新，
            <Link href={`/officer/meetings/manage/${meeting.id}/checkin`} className="text-brand-600 underline">
              立即刷新
            </Link>
            。
          </p>
        </section>
      </div>
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold text-brand-700">人工签到</h2>
        <ul className="mt-2 divide-y">
          {people.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center gap-2 py-2">
              <span className="min-w-28 font-semibold">{i.attendeeName ?? i.officer?.name ?? `${i.department.name}（未报人员）`}</span>
              <span className="text-sm text-slate-600">{i.department.name}</span>
              <span className="text-sm">{REPLY_LABELS[i.status]}</span>
              <span className="ml-auto">
                {i.checkedInAt ? (
                  <form action={manualCheckInAction} className="flex items-center gap-2">
                    <span className="font-semibold text-green-800">{formatTime(i.checkedInAt)} 已签到</span>
                    <input type="hidden" name="meetingId" value={meeting.id} />
                    <input type="hidden" name="invitationId" value={i.id} />
                    <input type="hidden" name="undo" value="yes" />
                    <button type="submit" className="text-sm text-slate-600 underline">
                      撤销
                    </button>
                  </form>
                ) : (
                  meeting.status === "PUBLISHED" && (
                    <form action={manualCheckInAction}>
                      <input type="hidden" name="meetingId" value={meeting.id} />
                      <input type="hidden" name="invitationId" value={i.id} />
                      <button type="submit" className="rounded border-2 border-slate-400 bg-white px-3 py-1 text-sm font-semibold" aria-label={`为 ${i.attendeeName ?? i.officer?.name ?? i.department.name} 签到`}>
                        签到
                      </button>
                    </form>
                  )
                )}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
