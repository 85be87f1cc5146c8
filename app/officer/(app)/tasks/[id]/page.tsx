import Link from "next/link";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { Forbidden } from "@/components/officer/forbidden";
import { DueMarkBadge } from "@/components/tasks/due-mark";
import { AnswerOrderForm, HandlerForm, ReportForm, ReviewForms, TaskOrderForm } from "@/components/tasks/task-forms";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { getTask } from "@/lib/tasks/list-tasks";
import { TASK_ENTRY_LABELS, TASK_STATUS_LABELS } from "@/lib/tasks/task-format";
import { assignmentAction } from "../actions";

export const metadata = { title: "交办任务" };

const DONE: Record<string, string> = {
  assigned: "任务已交办，已短信通知各承办单位负责人。",
  progress: "进展已报送。",
  finish: "已申请办结，等待交办人验收。",
  accept: "已验收通过。",
  return: "已退回重办，已短信通知承办单位。",
  handler: "已指定承办人并短信通知。",
  order: "督办单已发出，已短信通知承办单位负责人。",
  answer: "督办单已反馈。",
};

function Files({ files }: { files: { id: string; name: string; mimeType: string; size: number }[] }) {
  if (files.length === 0) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-2">
      {files.map((f) => (
        <li key={f.id}>
          <a href={`/officer/tasks/files/${f.id}`} className="inline-block rounded border border-slate-300 bg-white px-2 py-1 text-sm text-brand-700 underline">
            {f.mimeType.startsWith("image/") ? "照片：" : "文件："}
            {f.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

export default async function TaskPage({ params, searchParams }: PageProps<"/officer/tasks/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const { done } = await searchParams;
  let view;
  try {
    view = await getTask({ actor, id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return <NotFoundPanel title="没有找到该交办任务" />;
    if (isAppError(err, "FORBIDDEN") || isAppError(err, "UNAUTHENTICATED")) return <Forbidden />;
    throw err;
  }
  const { task, assignments, canReview, unitOfficers } = view;
  const now = new Date();
  return (
    <div className="space-y-4">
      <p>
        <Link href="/officer/tasks" className="text-brand-600 underline">
          ‹ 任务交办
        </Link>
      </p>
      {typeof done === "string" && DONE[done] && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          {DONE[done]}
        </p>
      )}
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <p className="font-mono text-sm text-slate-600">{task.ref}</p>
        <h1 className="text-2xl font-bold text-brand-700">{task.title}</h1>
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[6em_1fr]">
          <dt className="text-slate-600">交办人</dt>
          <dd>{task.assignedByName}</dd>
          <dt className="text-slate-600">交办时间</dt>
          <dd>{formatDateTime(task.createdAt)}</dd>
          <dt className="text-slate-600">完成期限</dt>
          <dd className="font-semibold">{formatDateTime(task.dueAt)}</dd>
          {task.source && (
            <>
              <dt className="text-slate-600">来源</dt>
              <dd>{task.source}</dd>
            </>
          )}
        </dl>
        <h2 className="mt-3 font-bold">工作要求</h2>
        <p className="whitespace-pre-wrap break-words">{task.requirements}</p>
        <Files files={task.files} />
      </section>

      {assignments.map((a) => (
        <section key={a.id} id={`unit-${a.id}`} aria-labelledby={`unit-title-${a.id}`} className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={`unit-title-${a.id}`} className="text-lg font-bold">
              {a.department.name}
            </h2>
            <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold">{TASK_STATUS_LABELS[a.status]}</span>
            <DueMarkBadge mark={a.mark} />
          </div>
          <p className="text-sm text-slate-700">
            承办人：{a.handlerName ?? "未指定"} · 期限 {formatDateTime(a.dueAt)}
          </p>
          <ol className="mt-3 space-y-3 border-l-2 border-brand-200 pl-4" aria-label={`${a.department.name}办理进展`}>
            {a.entries.map((e) => (
              <li key={e.id}>
                <p className="text-sm text-slate-600">
                  <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time> · <span className="font-semibold text-slate-900">{TASK_ENTRY_LABELS[e.type]}</span>
                  {e.actorName ? ` · ${e.actorName}` : ""}
                </p>
                <p className="whitespace-pre-wrap break-words">{e.note}</p>
                <Files files={e.files} />
              </li>
            ))}
          </ol>
          {a.orders.length > 0 && (
            <ul className="mt-3 space-y-2" aria-label={`${a.department.name}督办单`}>
              {a.orders.map((o) => (
                <li key={o.id} className="rounded border border-accent-600/40 bg-red-50 p-3">
                  <p className="font-mono font-semibold">
                    {o.number} · {o.status === "OPEN" ? "待反馈" : o.status === "ANSWERED" ? "已反馈" : "已办结"} · 期限 {formatDateTime(o.deadlineAt)}
                  </p>
                  <p className="break-words">{o.instruction}</p>
                  {o.response && <p className="mt-1 break-words text-slate-700">反馈：{o.response}</p>}
                  {o.status === "OPEN" && a.canAnswerOrders && <AnswerOrderForm action={assignmentAction} taskId={task.id} assignmentId={a.id} version={a.version} orderId={o.id} />}
                </li>
              ))}
            </ul>
          )}
          <div className="mt-4 space-y-4">
            {a.canNameHandler && <HandlerForm action={assignmentAction} taskId={task.id} assignmentId={a.id} version={a.version} officers={unitOfficers} current={a.handlerId} />}
            {a.canHandle && a.status === "OPEN" && (
              <>
                <ReportForm action={assignmentAction} intent="progress" taskId={task.id} assignmentId={a.id} version={a.version} />
                <details className="rounded border border-slate-200">
                  <summary className="cursor-pointer px-3 py-2 font-semibold text-brand-700">办结</summary>
                  <div className="p-2">
                    <ReportForm action={assignmentAction} intent="finish" taskId={task.id} assignmentId={a.id} version={a.version} />
                  </div>
                </details>
              </>
            )}
            {a.canHandle && a.status === "FINISH_PROPOSED" && <p className="text-slate-700">已申请办结，等待交办人验收；期间仍可报送进展。</p>}
            {a.canHandle && a.status === "FINISH_PROPOSED" && <ReportForm action={assignmentAction} intent="progress" taskId={task.id} assignmentId={a.id} version={a.version} />}
            {canReview && a.status === "FINISH_PROPOSED" && <ReviewForms action={assignmentAction} taskId={task.id} assignmentId={a.id} version={a.version} />}
            {a.canIssueOrder && (
              <details className="rounded border border-slate-200">
                <summary className="cursor-pointer px-3 py-2 font-semibold text-accent-700">发督办单</summary>
                <div className="p-2">
                  <TaskOrderForm action={assignmentAction} taskId={task.id} assignmentId={a.id} version={a.version} />
                </div>
              </details>
            )}
          </div>
        </section>
      ))}
      <p className="text-sm text-slate-600">当前时间 {formatDateTime(now)}；超期和临期按完成期限实时判断。</p>
    </div>
  );
}
