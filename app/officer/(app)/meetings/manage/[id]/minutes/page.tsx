// 会议纪要: the minutes text and the decisions (议定事项, one a line with units and a due date),
// and "转为任务" for the decisions not yet turned into tasks.
import Link from "next/link";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { Forbidden } from "@/components/officer/forbidden";
import { PageNotice } from "@/components/meetings/page-notice";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { beijingDate } from "@/lib/calendar/work-calendar";
import { isAppError } from "@/lib/errors";
import { getOrganiserMeeting } from "@/lib/meetings/meeting-read";
import { convertDecisionsAction, formalMinutesAction, minutesAction } from "../../../actions";

export const metadata = { title: "会议纪要" };

export default async function MinutesPage({ params, searchParams }: PageProps<"/officer/meetings/manage/[id]/minutes">) {
  const { actor, allowed } = await requirePagePermission("meetings.organise");
  const canAssignTasks = can(actor, "tasks.assign");
  const canDraftDocuments = can(actor, "documents.draft");
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
  const { meeting } = data;
  const units = data.unitNames;
  const open = meeting.decisions.filter((d) => !d.taskId);
  const decisionLine = (d: (typeof meeting.decisions)[number]) => [d.text, d.departmentIds.map((u) => units.get(u) ?? "").join("、"), d.dueAt ? beijingDate(d.dueAt) : ""].join("｜").replace(/｜+$/, "");
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href={`/officer/meetings/manage/${meeting.id}`} className="text-brand-600 underline">
          ‹ {meeting.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">会议纪要</h1>
      <PageNotice params={query} />
      <section className="space-y-2 border-l-4 border-amber-500 bg-amber-50 p-3 text-sm" aria-label="正式纪要">
        <p>正式印发的会议纪要属于公文，按发文流程核稿、签发、编号、盖章和分发；此处记录纪要要点和议定事项，也可据此一键起草正式纪要。</p>
        {meeting.minutesDocumentId ? (
          <Link href={`/officer/documents/${meeting.minutesDocumentId}`} className="inline-block font-semibold text-brand-700 underline">
            打开正式纪要（公文）
          </Link>
        ) : canDraftDocuments && meeting.minutes ? (
          <form action={formalMinutesAction}>
            <input type="hidden" name="meetingId" value={meeting.id} />
            <button type="submit" className="rounded border-2 border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700">
              起草正式纪要（公文）
            </button>
          </form>
        ) : null}
      </section>
      <form action={minutesAction} className="space-y-4 rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <input type="hidden" name="meetingId" value={meeting.id} />
        <label className="block">
          <span className="block font-semibold">纪要内容</span>
          <textarea name="minutes" rows={8} defaultValue={meeting.minutes ?? ""} className="mt-1 block w-full rounded border-2 border-slate-400 px-3 py-2" />
        </label>
        <label className="block">
          <span className="block font-semibold">议定事项（选填）</span>
          <span className="block text-sm text-slate-600">每行一项，格式：事项｜责任单位（全称，多个用顿号分隔）｜完成时限（如 2026-12-31）。已转为任务的事项不在此列出，保存时保留。</span>
          <textarea name="decisions" rows={6} defaultValue={open.map(decisionLine).join("\n")} className="mt-1 block w-full rounded border-2 border-slate-400 px-3 py-2 font-mono text-sm" />
        </label>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white">
          保存纪要
        </button>
        {meeting.minutesAt && <p className="text-sm text-slate-600">上次保存：{formatDeadline(meeting.minutesAt)}</p>}
      </form>
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="decisions-title">
        <h2 id="decisions-title" className="text-lg font-bold text-brand-700">
          议定事项
        </h2>
        {meeting.decisions.length === 0 ? (
          <p className="mt-1 text-slate-600">暂无议定事项。</p>
        ) : (
          <form action={convertDecisionsAction}>
            <input type="hidden" name="meetingId" value={meeting.id} />
            <ol className="mt-2 space-y-2">
              {meeting.decisions.map((d) => (
                <li key={d.id} className="flex items-start gap-2">
                  {d.taskId ? (
                    <Link href={`/officer/tasks/${d.taskId}`} className="mt-0.5 rounded bg-green-100 px-1 text-sm text-green-900 underline">
                      已转任务
                    </Link>
                  ) : <input type="checkbox" name="decisionIds" value={d.id} defaultChecked className="mt-1 h-5 w-5" aria-label={`选择第${d.position}项`} />}
                  <span>
                    <span className="font-semibold">{d.position}.</span> {d.text}
                    <span className="block text-sm text-slate-600">
                      {d.departmentIds.map((u) => units.get(u)).join("、") || "未定责任单位"} · {d.dueAt ? `${beijingDate(d.dueAt)}前完成` : "未定时限"}
                    </span>
                  </span>
                </li>
              ))}
            </ol>
            {open.length > 0 &&
              (canAssignTasks ? (
                <button type="submit" className="mt-3 rounded bg-brand-600 px-4 py-2 font-semibold text-white">
                  转为任务
                </button>
              ) : (
                <p className="mt-3 text-sm text-slate-600">转为任务需要任务交办权限（县领导或政府办）。</p>
              ))}
          </form>
        )}
      </section>
    </div>
  );
}

