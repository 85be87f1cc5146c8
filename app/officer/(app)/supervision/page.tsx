import Link from "next/link";
import { DeadlineText } from "@/components/complaints/officer/case-badges";
import { CaseConflictProvider, ExtensionDecisionForm } from "@/components/complaints/officer/case-forms";
import { Forbidden } from "@/components/officer/forbidden";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { getSupervisionBoard } from "@/lib/supervision/supervision-board";
import { caseFormAction } from "../complaints/actions";
import { closeOrderAction, urgeAction } from "./actions";
import { ASSESSMENT_LABELS } from "@/lib/supervision/supervision-orders";
import type { TBoardSort } from "@/lib/supervision/supervision.schema";

export const metadata = { title: "督办看板" };

const DONE: Record<string, string> = {
  "extension-approved": "已同意延期，新的办理期限已生效并通知群众。",
  "extension-refused": "已不同意延期，承办部门须按原期限办结。",
  urged: "催办已发出，已短信通知承办人和部门负责人。",
  "order-closed": "督办单已办结评价。",
};

/** 催办 form: a disclosure, so the list stays short on a phone; open again after a refusal. */
function UrgeForm({ kind, itemId, formKey = `${kind}-${itemId}`, failed }: { kind: string; itemId: string; formKey?: string; failed?: { error: string; note: string } }) {
  const id = `urge-${formKey}`;
  return (
    <details className="mt-2" open={!!failed}>
      <summary className="inline-block cursor-pointer whitespace-nowrap rounded border border-accent-600 px-3 py-1 text-sm font-semibold text-accent-700">催办</summary>
      <form action={urgeAction} className="mt-2 space-y-2">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="itemId" value={itemId} />
        <label className="block text-sm font-semibold" htmlFor={id}>
          催办要求
        </label>
        {failed && (
          <p id={`${id}-error`} className="text-sm font-semibold text-accent-700">
            错误：{failed.error}
          </p>
        )}
        <textarea id={id} name="note" rows={2} defaultValue={failed?.note ?? "请抓紧办理，并于今日内反馈进展。"} aria-describedby={failed ? `${id}-error` : undefined} className="w-full rounded border border-slate-400 p-2" />
        <button type="submit" className="rounded bg-accent-600 px-4 py-2 font-semibold text-white">发送催办</button>
      </form>
    </details>
  );
}

type Board = Awaited<ReturnType<typeof getSupervisionBoard>>;
type BoardRow = Board["rows"][number];

const COLUMNS: { key: TBoardSort["sort"]; label: string }[] = [
  { key: "kind", label: "类别" },
  { key: "stage", label: "阶段" },
  { key: "department", label: "承办部门" },
  { key: "handler", label: "承办人" },
  { key: "status", label: "状态" },
  { key: "due", label: "期限" },
];

function sortHref(current: TBoardSort, column: TBoardSort["sort"]) {
  const dir = current.sort === column && current.dir === "asc" ? "desc" : "asc";
  const params = new URLSearchParams(column === "due" && dir === "asc" ? {} : { sort: column, dir });
  const query = params.toString();
  return `/officer/supervision${query ? `?${query}` : ""}#board-items`;
}

/** A header (on a phone: a link in the sort bar) that sorts by its column; again reverses it. */
function SortLink({ current, column, label }: { current: TBoardSort; column: TBoardSort["sort"]; label: string }) {
  const isCurrent = current.sort === column;
  return (
    <Link href={sortHref(current, column)} className="underline decoration-dotted hover:text-brand-700">
      {label}
      <span aria-hidden>{isCurrent ? (current.dir === "asc" ? " ↑" : " ↓") : " ↕"}</span>
      {isCurrent && <span className="sr-only">（当前按此{current.dir === "asc" ? "升序" : "降序"}排列）</span>}
    </Link>
  );
}

/**
 * Overdue and near-due lines of every kind and stage, in one table sortable by each column through
 * plain links (?sort=&dir=, no JavaScript). On a phone the rows stack as cards and the sort links
 * sit in a bar above them; it is one table either way, so each 催办 form exists once.
 */
function BoardTable({ board, now, urges, failed }: { board: Board; now: Date; urges: boolean; failed?: { item: string; error: string; note: string } }) {
  const { rows, sort } = board;
  return (
    <section id="board-items" aria-labelledby="board-items-heading" className="rounded-md border border-slate-200 bg-white shadow-sm">
      <h2 id="board-items-heading" className="px-4 pt-3 text-lg font-bold">
        超期和临期事项（{rows.length}{board.truncated ? "，仅列最紧急的部分" : ""}）
      </h2>
      <p className="px-4 text-sm text-slate-700">
        {board.stageTotals.length === 0 ? "目前没有超期或临期的事项。" : board.stageTotals.map((t) => `${t.label} ${t.count}`).join(" · ")}
      </p>
      {rows.length > 0 && (
        <>
          <nav aria-label="排序" className="flex flex-wrap gap-x-3 gap-y-1 px-4 pt-2 text-sm md:hidden">
            <span className="font-semibold">排序：</span>
            {COLUMNS.map((c) => (
              <SortLink key={c.key} current={sort} column={c.key} label={c.label} />
            ))}
          </nav>
          <table className="mt-2 block w-full text-left text-sm md:table">
            <thead className="hidden bg-slate-50 text-slate-600 md:table-header-group">
              <tr>
                <th scope="col" className="px-3 py-2">编号和事项</th>
                {COLUMNS.map((c) => (
                  <th key={c.key} scope="col" className="whitespace-nowrap px-3 py-2" aria-sort={sort.sort === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}>
                    <SortLink current={sort} column={c.key} label={c.label} />
                  </th>
                ))}
                <th scope="col" className="px-3 py-2">操作</th>
              </tr>
            </thead>
            <tbody className="block divide-y divide-slate-100 md:table-row-group">
              {rows.map((r) => (
                <BoardLine key={`${r.kind}:${r.stage}:${r.id}`} r={r} now={now} urges={urges} failed={failed} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function BoardLine({ r, now, urges, failed }: { r: BoardRow; now: Date; urges: boolean; failed?: { item: string; error: string; note: string } }) {
  const isOverdue = r.level === "overdue";
  const cell = "block px-4 py-0.5 md:table-cell md:px-3 md:py-2";
  // Short values stay on one line in the table; the title and the department may wrap.
  const short = `${cell} md:whitespace-nowrap`;
  const label = (text: string) => <span className="text-slate-600 md:hidden">{text}：</span>;
  return (
    <tr data-stage={r.stage} className={`block py-2 md:table-row ${isOverdue ? "bg-red-50" : "bg-amber-50"}`}>
      <td className={cell}>
        <Link href={r.href} className="font-mono font-semibold text-brand-700 underline">
          {r.ref}
        </Link>
        {r.extensionPending && <span className="ml-2 rounded bg-yellow-100 px-2 py-0.5 text-xs font-semibold text-yellow-900">延期待审批</span>}
        <span className="block font-semibold">{r.title}</span>
        {r.detail && <span className="block text-xs text-slate-600">{r.detail}</span>}
      </td>
      <td className={short}>
        {label("类别")}
        {r.kindLabel}
      </td>
      <td className={short}>
        <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-bold ${isOverdue ? "bg-accent-600 text-white" : "bg-amber-200 text-amber-900"}`}>{r.stageLabel}</span>
      </td>
      <td className={cell}>
        {label("承办部门")}
        {r.departmentName}
      </td>
      <td className={short}>
        {label("承办人")}
        {r.handlerName ?? <span className="text-slate-500">未分派</span>}
      </td>
      <td className={short}>
        {label("状态")}
        {r.statusLabel}
      </td>
      <td className={cell}>
        <DeadlineText deadlineAt={r.dueAt} isOpen isOverdue={isOverdue} isNearDue={!isOverdue} now={now} />
      </td>
      <td className={cell}>
        {r.kind === "order" ? (
          <Link href={`#order-${r.id}`} className="text-sm text-brand-700 underline">
            见督办单
          </Link>
        ) : (
          urges && <UrgeForm kind={r.kind} itemId={r.id} formKey={`${r.stage}-${r.kind}-${r.id}`} failed={failed?.item === `${r.kind}:${r.id}` ? failed : undefined} />
        )}
      </td>
    </tr>
  );
}

export default async function SupervisionBoardPage({ searchParams }: PageProps<"/officer/supervision">) {
  const { actor, allowed } = await requirePagePermission("supervision.view");
  if (!allowed) return <Forbidden />;
  const now = new Date();
  const sp = await searchParams;
  const board = await getSupervisionBoard({ actor, now, sort: { sort: sp.sort, dir: sp.dir } });
  const done = typeof sp.done === "string" ? DONE[sp.done] : undefined;
  const failed = typeof sp.error === "string" ? { error: sp.error, item: String(sp.item ?? ""), note: String(sp.note ?? "") } : undefined;
  const urges = can(actor, "supervision.urge");
  const closes = can(actor, "supervision.issue");
  const decides = can(actor, "supervision.approveExtension");

  return (
    <CaseConflictProvider action={caseFormAction} reloadHref="/officer/supervision">
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-bold text-brand-700">督办看板</h1>
          <p className="text-sm text-slate-600">
            {can(actor, "complaints.viewAll") ? "全县" : "本部门"}已超期（红牌）和临期（已用去八成时限，黄牌）的案件和督办单，受理时限、办结时限和督办单反馈时限分别标明；以及待审批的延期申请和督办单。
          </p>
        </div>
        {failed && (
          <p role="alert" className="rounded border-l-4 border-accent-600 bg-red-50 p-3 text-accent-700">
            错误：{failed.error}
          </p>
        )}
        {!failed && done && (
          <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
            {done}
          </p>
        )}

        <section aria-labelledby="board-departments" className="rounded-md border border-slate-200 bg-white shadow-sm">
          <h2 id="board-departments" className="px-4 pt-3 text-lg font-bold">
            各部门情况
          </h2>
          <p className="px-4 text-sm text-slate-700">
            超期 {board.totals.overdue} 件，临期 {board.totals.nearDue} 件（案件的办结时限和督办单的反馈时限，与工作台、统计分析的口径一致）。
          </p>
          {board.departments.length === 0 ? (
            <p className="px-4 py-3 text-slate-600">目前没有超期或临期的案件和督办单。</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="px-4 py-2">部门</th>
                    <th scope="col" className="px-4 py-2">超期</th>
                    <th scope="col" className="px-4 py-2">临期</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {board.departments.map((d) => (
                    <tr key={d.id}>
                      <th scope="row" className="px-4 py-2 font-semibold">
                        <Link href={`/officer/complaints?departmentId=${d.id}`} className="text-brand-700 underline">
                          {d.name}
                        </Link>
                      </th>
                      <td className={`px-4 py-2 ${d.overdue ? "font-bold text-accent-700" : ""}`}>{d.overdue}</td>
                      <td className={`px-4 py-2 ${d.nearDue ? "font-bold text-amber-800" : ""}`}>{d.nearDue}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <BoardTable board={board} now={now} urges={urges} failed={failed} />

        <section aria-labelledby="board-extensions" className="rounded-md border border-slate-200 bg-white shadow-sm">
          <h2 id="board-extensions" className="px-4 pt-3 text-lg font-bold">
            待审批的延期申请（{board.pendingExtensions.length}）
          </h2>
          {board.pendingExtensions.length === 0 ? (
            <p className="px-4 py-3 text-slate-600">没有待审批的延期申请。</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {board.pendingExtensions.map((c) => (
                <li key={c.id} className="px-4 py-3">
                  <p>
                    <Link href={`/officer/complaints/${c.id}`} className="font-mono font-semibold text-brand-700 underline">
                      {c.trackingNo}
                    </Link>{" "}
                    {c.title}
                  </p>
                  <p className="text-sm text-slate-700">
                    {c.department.name} · 现期限 {formatDeadline(c.deadlineAt)} → 申请延至 {formatDeadline(c.extensionRequestedUntil!)}
                  </p>
                  {decides ? (
                    <div className="mt-2">
                      <ExtensionDecisionForm c={{ complaintId: c.id, version: c.version }} summary={`理由：${c.extensionReason ?? ""}`} from="board" />
                    </div>
                  ) : (
                    <p className="text-sm">理由：{c.extensionReason}</p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="board-orders" className="rounded-md border border-slate-200 bg-white shadow-sm">
          <h2 id="board-orders" className="px-4 pt-3 text-lg font-bold">
            未反馈的督办单（{board.openOrders.length}）
          </h2>
          {board.openOrders.length === 0 ? (
            <p className="px-4 py-3 text-slate-600">没有未反馈的督办单。</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {board.openOrders.map((o) => (
                <li key={o.id} id={`order-${o.id}`} className={`px-4 py-3 ${o.deadlineAt < now ? "bg-red-50" : ""}`}>
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-mono font-semibold">{o.number ?? "（未编号）"}</span>
                    <a href={`/api/supervision/orders/${o.id}/notice`} className="text-sm text-brand-700 underline" download>
                      打印督办通知单（PDF）
                    </a>
                  </p>
                  <p className="text-sm text-slate-700">
                    {o.department.name} · 期限 {formatDeadline(o.deadlineAt)}
                    {o.deadlineAt < now && <span className="ml-2 rounded bg-accent-600 px-2 py-0.5 text-xs font-bold text-white">逾期未反馈</span>}
                  </p>
                  <p className="mt-1">{o.instruction}</p>
                  {o.complaint && (
                    <p className="mt-1 text-sm">
                      <Link href={`/officer/complaints/${o.complaint.id}`} className="font-mono text-brand-700 underline">
                        {o.complaint.trackingNo}
                      </Link>{" "}
                      {o.complaint.title}
                    </p>
                  )}
                  {urges && <UrgeForm kind="order" itemId={o.id} failed={failed?.item === `order:${o.id}` ? failed : undefined} />}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="board-answered" className="rounded-md border border-slate-200 bg-white shadow-sm">
          <h2 id="board-answered" className="px-4 pt-3 text-lg font-bold">
            已反馈待评价的督办单（{board.answeredOrders.length}）
          </h2>
          {board.answeredOrders.length === 0 ? (
            <p className="px-4 py-3 text-slate-600">没有待评价的督办单。</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {board.answeredOrders.map((o) => {
                const f = failed?.item === `close:${o.id}` ? failed : undefined;
                return (
                  <li key={o.id} id={`order-${o.id}`} className="px-4 py-3">
                    <p className="flex flex-wrap items-center gap-2">
                      <span className="font-mono font-semibold">{o.number ?? "（未编号）"}</span>
                      <a href={`/api/supervision/orders/${o.id}/notice`} className="text-sm text-brand-700 underline" download>
                        打印督办通知单（PDF）
                      </a>
                    </p>
                    <p className="text-sm text-slate-700">
                      {o.department.name} · 期限 {formatDeadline(o.deadlineAt)}
                      {o.answeredAt && o.answeredAt > o.deadlineAt && <span className="ml-2 rounded bg-accent-600 px-2 py-0.5 text-xs font-bold text-white">逾期反馈</span>}
                    </p>
                    <p className="mt-1">要求：{o.instruction}</p>
                    <p className="mt-1">反馈：{o.response}</p>
                    {closes && (
                      <form action={closeOrderAction} className="mt-2 space-y-2">
                        <input type="hidden" name="orderId" value={o.id} />
                        <input type="hidden" name="expectedVersion" value={o.version} />
                        <fieldset>
                          <legend className="text-sm font-semibold">办结评价</legend>
                          {f && <p className="text-sm font-semibold text-accent-700">错误：{f.error}</p>}
                          <div className="flex flex-wrap gap-4">
                            {Object.entries(ASSESSMENT_LABELS).map(([value, label]) => (
                              <label key={value} className="flex items-center gap-1">
                                <input type="radio" name="assessment" value={value} /> {label}
                              </label>
                            ))}
                          </div>
                        </fieldset>
                        <label className="block text-sm font-semibold" htmlFor={`close-note-${o.id}`}>
                          评价说明（可不填）
                        </label>
                        <textarea id={`close-note-${o.id}`} name="note" rows={2} defaultValue={f?.note} className="w-full rounded border border-slate-400 p-2" />
                        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">办结督办单</button>
                      </form>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <p>
          <Link href="/officer/supervision/ranking" className="font-semibold text-brand-700 underline">
            查看部门考核排名
          </Link>
        </p>
      </div>
    </CaseConflictProvider>
  );
}
