// The organiser's page of one meeting: publish, change or cancel, the replies, materials, and
// links to seating, check-in and minutes.
import Link from "next/link";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { Forbidden } from "@/components/officer/forbidden";
import { PageNotice } from "@/components/meetings/page-notice";
import { ConfirmCheck } from "@/components/ui/confirm-check";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { isAppError } from "@/lib/errors";
import { REPLY_LABELS, STATUS_LABELS } from "@/lib/meetings/meeting.schema";
import { formatMeetingTime, seatLabel } from "@/lib/meetings/meeting-format";
import { getOrganiserMeeting } from "@/lib/meetings/meeting-read";
import { cancelAction, publishAction, uploadMaterialAction, withdrawMaterialAction } from "../../actions";

export const metadata = { title: "会议" };

const button = "rounded px-4 py-2 font-semibold";

export default async function OrganiserMeetingPage({ params, searchParams }: PageProps<"/officer/meetings/manage/[id]">) {
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
  const ended = meeting.endAt < new Date();
  return (
    <div className="max-w-5xl space-y-4">
      <p className="text-sm">
        <Link href="/officer/meetings/manage" className="text-brand-600 underline">
          ‹ 会议管理
        </Link>
      </p>
      <PageNotice params={query} />
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-bold text-brand-700">{meeting.title}</h1>
          <span className="rounded bg-slate-100 px-2 py-0.5">{STATUS_LABELS[meeting.status]}</span>
        </div>
        <p className="mt-1 text-slate-700">
          {meeting.kind} · {formatMeetingTime(meeting.startAt, meeting.endAt)} · {meeting.room.name}（{meeting.room.place}）
        </p>
        <p className="text-sm text-slate-600">
          回复截止 {formatDeadline(meeting.replyDueAt)} · 会务 {meeting.organiser.name}
          {meeting.cancelReason ? ` · 取消原因：${meeting.cancelReason}` : ""}
        </p>
        {meeting.agenda.length > 0 && (
          <ol className="mt-2 list-decimal pl-6 text-sm">
            {meeting.agenda.map((a) => (
              <li key={a.id}>{a.title}</li>
            ))}
          </ol>
        )}
        <div className="mt-4 flex flex-wrap gap-2">
          {meeting.status === "DRAFT" && (
            <form action={publishAction}>
              <input type="hidden" name="meetingId" value={meeting.id} />
              <button type="submit" className={`${button} bg-brand-600 text-white`}>
                发布通知
              </button>
            </form>
          )}
          {meeting.status !== "CANCELLED" && (
            <Link href={`/officer/meetings/manage/${meeting.id}/edit`} className={`${button} border-2 border-slate-400 bg-white`}>
              修改
            </Link>
          )}
          <Link href={`/officer/meetings/manage/${meeting.id}/seating`} className={`${button} border-2 border-slate-400 bg-white`}>
            座次安排
          </Link>
          <Link href={`/officer/meetings/manage/${meeting.id}/checkin`} className={`${button} border-2 border-slate-400 bg-white`}>
            签到
          </Link>
          <Link href={`/officer/meetings/manage/${meeting.id}/minutes`} className={`${button} border-2 border-slate-400 bg-white`}>
            会议纪要
          </Link>
          <Link href={`/officer/meetings/${meeting.id}`} className={`${button} border-2 border-slate-400 bg-white`}>
            参会人视图
          </Link>
        </div>
      </section>

      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="replies-title">
        <h2 id="replies-title" className="text-lg font-bold text-brand-700">
          回复情况
        </h2>
        <p className="text-sm text-slate-700">
          受邀{counts.invited} · 参加{counts.attending} · 请假{counts.onLeave} · 未回复{counts.pending} · 已签到{counts.arrived}
        </p>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[40rem] text-sm">
            <thead>
              <tr className="border-b text-left text-slate-600">
                <th className="py-1 pr-2">受邀</th>
                <th className="py-1 pr-2">回复</th>
                <th className="py-1 pr-2">参会人员</th>
                <th className="py-1 pr-2">回复时间</th>
                <th className="py-1 pr-2">座位</th>
                <th className="py-1">签到</th>
              </tr>
            </thead>
            <tbody>
              {meeting.invitations.map((i) => (
                <tr key={i.id} className="border-b align-top">
                  <td className="py-1 pr-2">{i.kind === "UNIT" ? `${i.department.name}（派员）` : `${i.officer?.name ?? ""} · ${i.department.name}`}</td>
                  <td className={`py-1 pr-2 ${i.status === "PENDING" ? "font-semibold text-accent-700" : ""}`}>
                    {REPLY_LABELS[i.status]}
                    {i.leaveReason ? `：${i.leaveReason}` : ""}
                  </td>
                  <td className="py-1 pr-2">{i.status === "LEAVE" ? "" : (i.attendeeName ?? "")}</td>
                  <td className="py-1 pr-2">{i.repliedAt ? formatDeadline(i.repliedAt) : ""}</td>
                  <td className="py-1 pr-2">{seatLabel(i) ?? ""}</td>
                  <td className="py-1">{i.checkedInAt ? "已签到" : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="materials-title">
        <h2 id="materials-title" className="text-lg font-bold text-brand-700">
          会议材料
        </h2>
        <p className="text-sm text-slate-600">仅本次会议的参会人员可查看和下载。会议结束后可撤回。</p>
        <ul className="mt-2 space-y-1">
          {meeting.materials.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-2">
              {m.withdrawnAt ? (
                <span className="text-slate-500 line-through">{m.fileName}</span>
              ) : (
                <a href={`/officer/meetings/materials/${m.id}`} className="text-brand-600 underline">
                  {m.fileName}
                </a>
              )}
              {m.withdrawnAt ? (
                <span className="text-sm text-slate-500">已撤回</span>
              ) : (
                ended && (
                  <form action={withdrawMaterialAction}>
                    <input type="hidden" name="meetingId" value={meeting.id} />
                    <input type="hidden" name="materialId" value={m.id} />
                    <button type="submit" className="text-sm text-accent-700 underline">
                      撤回
                    </button>
                  </form>
                )
              )}
            </li>
          ))}
        </ul>
        {meeting.status !== "CANCELLED" && (
          <form action={uploadMaterialAction} encType="multipart/form-data" className="mt-3 flex flex-wrap items-end gap-2">
            <input type="hidden" name="meetingId" value={meeting.id} />
            <label className="block">
              <span className="block font-semibold">上传材料</span>
              <span className="block text-sm text-slate-600">PDF、Word、Excel或图片，每个不超过10MB</span>
              <input type="file" name="file" className="mt-1 block" />
            </label>
            <button type="submit" className={`${button} border-2 border-slate-400 bg-white`}>
              上传
            </button>
          </form>
        )}
      </section>

      {meeting.status !== "CANCELLED" && (
        <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="cancel-title">
          <h2 id="cancel-title" className="text-lg font-bold text-accent-700">
            取消会议
          </h2>
          <form action={cancelAction} className="mt-2 space-y-2">
            <input type="hidden" name="meetingId" value={meeting.id} />
            <label className="block">
              <span className="block font-semibold">取消原因</span>
              <span className="block text-sm text-slate-600">将短信告知参会人员，并在日历订阅中标为已取消</span>
              <input name="reason" className="mt-1 block w-full max-w-md rounded border-2 border-slate-400 px-3 py-2" />
            </label>
            <ConfirmCheck label="我确认取消此会议并通知参会人员" />
            <button type="submit" className={`${button} bg-accent-600 text-white`}>
              取消会议
            </button>
          </form>
        </section>
      )}
    </div>
  );
}
