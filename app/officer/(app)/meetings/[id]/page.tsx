// One meeting as a participant sees it (phone first): time and place, agenda, the reply form
// for each invitation they answer, their seat on a small chart, dining and lodging, materials.
import Link from "next/link";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { ReplyForm } from "@/components/meetings/meeting-forms";
import { PageNotice } from "@/components/meetings/page-notice";
import { SeatChart } from "@/components/meetings/seat-chart";
import { requireActor } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { isAppError } from "@/lib/errors";
import { REPLY_LABELS } from "@/lib/meetings/meeting.schema";
import { formatMeetingTime, seatLabel } from "@/lib/meetings/meeting-format";
import { getMyMeeting } from "@/lib/meetings/meeting-read";
import { replyAction } from "../actions";

export const metadata = { title: "会议详情" };

export default async function MyMeetingPage({ params, searchParams }: PageProps<"/officer/meetings/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const query = await searchParams;
  let data: Awaited<ReturnType<typeof getMyMeeting>>;
  try {
    data = await getMyMeeting({ actor, meetingId: id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return <NotFoundPanel title="没有找到这个会议" />;
    throw err;
  }
  const { meeting, agenda, materials, invitations, grid } = data;
  const mine = invitations.filter((i) => i.isMine && i.status !== "LEAVE");
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm">
        <Link href="/officer/meetings" className="text-brand-600 underline">
          ‹ 我的会议
        </Link>
        {data.canManage && (
          <Link href={`/officer/meetings/manage/${meeting.id}`} className="ml-4 text-brand-600 underline">
            管理此会议 ›
          </Link>
        )}
      </p>
      <PageNotice params={query} />
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h1 className="text-xl font-bold text-brand-700">{meeting.title}</h1>
        {meeting.status === "CANCELLED" && (
          <p role="alert" className="mt-2 border-l-4 border-accent-600 bg-red-50 p-2 font-semibold text-accent-700">
            会议已取消。{meeting.cancelReason ? `原因：${meeting.cancelReason}` : ""}
          </p>
        )}
        <dl className="mt-2 grid grid-cols-[4.5rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-600">类型</dt>
          <dd>{meeting.kind}</dd>
          <dt className="text-slate-600">时间</dt>
          <dd className="font-semibold">{formatMeetingTime(meeting.startAt, meeting.endAt)}</dd>
          <dt className="text-slate-600">地点</dt>
          <dd>
            {meeting.room.name}（{meeting.room.place}）
          </dd>
          <dt className="text-slate-600">会务</dt>
          <dd>{meeting.organiser.name}</dd>
        </dl>
        {meeting.note && <p className="mt-2 whitespace-pre-wrap text-sm">{meeting.note}</p>}
      </section>

      {mine.map((i) => {
        const seat = seatLabel(i);
        return (
          <section key={`seat-${i.id}`} className="rounded-md border-2 border-brand-600 bg-white p-4 shadow-sm" aria-labelledby={`seat-title-${i.id}`}>
            <h2 id={`seat-title-${i.id}`} className="text-lg font-bold text-brand-700">
              我的座位
            </h2>
            <p className="mt-1 text-2xl font-bold" data-testid="my-seat">
              {seat ?? "座次尚未排定"}
            </p>
            {i.checkedInAt && <p className="mt-1 font-semibold text-green-800">已签到（{formatDeadline(i.checkedInAt)}）</p>}
            {(i.dining || i.lodging) && (
              <dl className="mt-2 grid grid-cols-[3rem_1fr] gap-y-1 text-sm">
                {i.dining && (
                  <>
                    <dt className="text-slate-600">就餐</dt>
                    <dd>{i.dining}</dd>
                  </>
                )}
                {i.lodging && (
                  <>
                    <dt className="text-slate-600">住宿</dt>
                    <dd>{i.lodging}</dd>
                  </>
                )}
              </dl>
            )}
            {seat && (
              <div className="mt-3">
                <SeatChart grid={grid} highlightIds={[i.id]} compact />
              </div>
            )}
          </section>
        );
      })}

      {invitations.map((i) => (
        <section key={i.id} id={`reply-${i.id}`} className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="text-lg font-bold text-brand-700">{i.kind === "UNIT" ? `${i.department.name}派员` : i.officerId === actor.id ? "我的回复" : `代${i.officer?.name ?? ""}参会`}</h2>
          <p className="mt-1 text-sm">
            当前：<span className="font-semibold">{REPLY_LABELS[i.status]}</span>
            {i.attendeeName && i.status !== "LEAVE" ? `，参会人员：${i.attendeeName}` : ""}
            {i.leaveReason ? `，事由：${i.leaveReason}` : ""}
            <span className="block text-slate-600">回复截止：{formatDeadline(i.replyDueAt)}</span>
          </p>
          {i.canReply && (
            <details className="mt-3" open={i.status === "PENDING"}>
              <summary className="cursor-pointer font-semibold text-brand-700">{i.status === "PENDING" ? "填写回复" : "修改回复"}</summary>
              <div className="mt-3">
              <ReplyForm
                action={replyAction}
                invitationId={i.id}
                meetingId={meeting.id}
                isUnit={i.kind === "UNIT"}
                officers={i.officers.map((o) => ({ value: o.id, label: o.name }))}
                initial={{ status: i.status === "PENDING" ? "" : i.status, leaveReason: i.leaveReason ?? "", attendeeId: i.attendeeId && i.attendeeId !== actor.id ? i.attendeeId : "", attendeeName: "" }}
              />
              </div>
            </details>
          )}
        </section>
      ))}

      {agenda.length > 0 && (
        <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="text-lg font-bold text-brand-700">议题</h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {agenda.map((a) => (
              <li key={a.id}>{a.title}</li>
            ))}
          </ol>
        </section>
      )}

      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold text-brand-700">会议材料</h2>
        {materials.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">暂无材料。</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {materials.map((m) => (
              <li key={m.id}>
                <a href={`/officer/meetings/materials/${m.id}`} className="text-brand-600 underline">
                  {m.fileName}
                </a>
                <span className="ml-2 text-sm text-slate-500">{Math.max(1, Math.round(m.size / 1024))} KB</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
