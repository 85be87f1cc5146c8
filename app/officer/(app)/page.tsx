// /officer: the 待办 centre (tabs 待办 / 传阅 / 已办 and source chips are plain links, no
// JavaScript), then the dashboard's figures and the shortcuts.
import Link from "next/link";
import { z } from "zod";
import { TodoList } from "@/components/todo/todo-list";
import { officerNavFor } from "@/lib/auth/officer-nav";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getDashboardSummary } from "@/lib/officers/dashboard";
import { requestTodoCounts } from "@/lib/todo/request-todo-counts";
import { getTodoCentre, TODO_BOX_LABELS, TODO_BOXES, TODO_PAGE_SIZE } from "@/lib/todo/todo-centre";

export const metadata = { title: "工作台" };

const ZCentreQuery = z.object({
  box: z.enum(["todo", "toRead", "done"]).catch("todo"),
  source: z.string().regex(/^[a-z][a-zA-Z0-9-]{0,39}$/).optional().catch(undefined),
  /** 显示更多: a longer first page instead of paging (the list is sorted by due time). */
  more: z.enum(["1"]).optional().catch(undefined),
});

const LONG_PAGE = 200;

const EMPTY = { todo: "暂无待办事项。", toRead: "暂无待阅文件。", done: "还没有已办事项。" } as const;

function centreHref(box: string, source?: string, more?: boolean) {
  const params = new URLSearchParams();
  if (box !== "todo") params.set("box", box);
  if (source) params.set("source", source);
  if (more) params.set("more", "1");
  const query = params.toString();
  return query ? `/officer?${query}` : "/officer";
}

export default async function DashboardPage({ searchParams }: PageProps<"/officer">) {
  const actor = await requireActor();
  const query = ZCentreQuery.parse(await searchParams);
  const now = new Date();
  const [centre, counts, summary] = await Promise.all([
    getTodoCentre(actor, { box: query.box, source: query.source, now, limit: query.more ? LONG_PAGE : TODO_PAGE_SIZE }),
    requestTodoCounts(actor),
    getDashboardSummary(actor, now),
  ]);
  const boxCount = (box: (typeof TODO_BOXES)[number]) => (box === "done" ? null : counts[box]);
  const chips = counts.bySource.filter((s) => query.box === "done" || s[query.box as "todo" | "toRead"] > 0 || s.source === query.source);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-700">工作台</h1>
        <p className="text-slate-600">
          {actor.name}，{summary.departmentName} · {ROLE_LABELS[actor.role]}
        </p>
      </div>

      <section aria-labelledby="todo-heading" className="space-y-3">
        <h2 id="todo-heading" className="sr-only">
          我的事项
        </h2>
        <nav aria-label="事项分类">
          <ul className="grid grid-cols-3 gap-1 rounded-md bg-slate-200 p-1">
            {TODO_BOXES.map((box) => {
              const isCurrent = box === query.box;
              const n = boxCount(box);
              return (
                <li key={box}>
                  <Link
                    href={centreHref(box)}
                    aria-current={isCurrent ? "page" : undefined}
                    className={`flex min-h-12 items-center justify-center gap-1 rounded px-2 py-2 text-base font-semibold ${isCurrent ? "bg-white text-brand-700 shadow-sm" : "text-slate-700 hover:bg-white/60"}`}
                  >
                    {TODO_BOX_LABELS[box]}
                    {n !== null && (
                      <span className={`rounded-full px-2 text-sm ${n > 0 && box === "todo" ? "bg-accent-600 text-white" : "bg-slate-100 text-slate-700"}`}>{n}</span>
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {chips.length > 0 && (
          <nav aria-label="按来源筛选">
            <ul className="flex flex-wrap gap-2">
              {[{ source: undefined as string | undefined, label: "全部", n: null as number | null }, ...chips.map((c) => ({ source: c.source, label: c.label, n: query.box === "done" ? null : c[query.box as "todo" | "toRead"] }))].map((chip) => {
                const isCurrent = chip.source === query.source;
                return (
                  <li key={chip.source ?? "all"}>
                    <Link
                      href={centreHref(query.box, chip.source)}
                      aria-current={isCurrent ? "true" : undefined}
                      className={`inline-flex min-h-10 items-center gap-1 rounded-full border-2 px-4 py-1 text-sm font-semibold ${isCurrent ? "border-brand-700 bg-brand-700 text-white" : "border-brand-600 bg-white text-brand-700 hover:bg-brand-50"}`}
                    >
                      {chip.label}
                      {chip.n !== null && <span>（{chip.n}）</span>}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
        <TodoList items={centre.items} emptyText={EMPTY[query.box]} />
        {!query.more && centre.items.length === TODO_PAGE_SIZE && (
          <p>
            <Link href={centreHref(query.box, query.source, true)} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
              显示更多（最多{LONG_PAGE}项）
            </Link>
          </p>
        )}
        {query.box === "todo" && centre.items.length > 0 && (
          <p className="text-sm text-slate-600">按期限先后排列：红色为已超期，黄色为临期（已用去八成时限，或4个工作小时内到期）。</p>
        )}
      </section>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="mb-2 font-bold">
          工作概况
        </h2>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
          {summary.cards.map((c) => {
            const tone = c.tone === "alert" ? "text-accent-700" : c.tone === "warning" ? "text-amber-700" : "text-brand-700";
            const body = (
              <>
                <p className="text-sm text-slate-600">{c.label}</p>
                <p className={`text-2xl font-bold ${tone}`}>{c.value}</p>
                <p className="text-xs text-slate-500">{c.hint}</p>
              </>
            );
            return (
              <li key={c.label} className="rounded-md border border-slate-200 bg-white shadow-sm">
                {c.href ? (
                  <Link href={c.href} className="block h-full p-3 hover:bg-brand-50">
                    {body}
                  </Link>
                ) : (
                  <div className="p-3">{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="mb-2 font-bold">常用功能</h2>
        <ul className="flex flex-wrap gap-2">
          {officerNavFor(actor.role, actor.duties)
            .filter((item) => item.href !== "/officer")
            .map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-block rounded border border-brand-600 px-4 py-2 text-brand-700 hover:bg-brand-50">
                  {item.label}
                </Link>
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}
