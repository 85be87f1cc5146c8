import Link from "next/link";
import { DueMarkBadge } from "@/components/tasks/due-mark";
import { Forbidden } from "@/components/officer/forbidden";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { defaultTaskView, listTasks, TASK_FILTERS, TASK_VIEWS, type TaskFilter, type TaskView } from "@/lib/tasks/list-tasks";
import { TASK_STATUS_LABELS } from "@/lib/tasks/task-format";

export const metadata = { title: "任务交办" };

export default async function TasksPage({ searchParams }: PageProps<"/officer/tasks">) {
  const actor = await requireActor();
  if (!can(actor, "tasks.assign") && !can(actor, "tasks.handle")) return <Forbidden />;
  const sp = await searchParams;
  const views = (Object.keys(TASK_VIEWS) as TaskView[]).filter((v) => (v === "assigned" ? can(actor, "tasks.assign") : can(actor, "tasks.handle")));
  const view = views.includes(sp.view as TaskView) ? (sp.view as TaskView) : defaultTaskView(actor);
  const filter = typeof sp.filter === "string" && sp.filter in TASK_FILTERS ? (sp.filter as TaskFilter) : null;
  const now = new Date();
  const rows = await listTasks({ actor, view, filter, now });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-700">任务交办</h1>
        {can(actor, "tasks.assign") && (
          <Link href="/officer/tasks/new" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            新建交办任务
          </Link>
        )}
      </div>
      <nav aria-label="任务范围" className="flex flex-wrap gap-2">
        {views.map((v) => (
          <Link key={v} href={`/officer/tasks?view=${v}`} aria-current={v === view ? "page" : undefined} className={`rounded px-3 py-1.5 font-semibold ${v === view ? "bg-brand-600 text-white" : "border border-brand-600 text-brand-700"}`}>
            {TASK_VIEWS[v]}
          </Link>
        ))}
      </nav>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="view" value={view} />
        <label htmlFor="task-filter" className="font-semibold">
          筛选
        </label>
        <select id="task-filter" name="filter" defaultValue={filter ?? ""} className="rounded border-2 border-slate-400 bg-white px-3 py-1.5">
          <option value="">全部</option>
          {(Object.keys(TASK_FILTERS) as TaskFilter[]).map((f) => (
            <option key={f} value={f}>
              {TASK_FILTERS[f]}
            </option>
          ))}
        </select>
        <button type="submit" className="rounded border-2 border-slate-400 bg-white px-3 py-1.5 font-semibold">
          查看
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-600 shadow-sm">没有符合条件的任务。</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white shadow-sm">
          {rows.map((r) => (
            <li key={r.assignmentId} className="px-4 py-3">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-mono text-sm text-slate-600">{r.ref}</span>
                <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold">{TASK_STATUS_LABELS[r.status]}</span>
                <DueMarkBadge mark={r.mark} />
              </p>
              <p className="mt-1">
                <Link href={`/officer/tasks/${r.taskId}`} className="font-semibold text-brand-700 underline">
                  {r.title}
                </Link>
              </p>
              <p className="mt-1 text-sm text-slate-700">
                {r.departmentName} · {r.handlerName ?? "未指定承办人"} · 期限 {formatDateTime(r.dueAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
