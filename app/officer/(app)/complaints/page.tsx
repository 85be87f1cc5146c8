import Link from "next/link";
import { DeadlineText, StatusBadge } from "@/components/complaints/officer/case-badges";
import { Forbidden } from "@/components/officer/forbidden";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/session";
import { isOpenStatus, OPEN_STATUSES, STATUS_LABELS } from "@/lib/complaints/complaint-format";
import { listInbox, type TInboxFilters, type TInboxItem } from "@/lib/complaints/list-inbox";
import { complaintFormOptions } from "@/lib/complaints/officer-options";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "案件办理" };

const TABS: { state: TInboxFilters["state"]; label: string }[] = [
  { state: "open", label: "在办" },
  { state: "SUBMITTED", label: STATUS_LABELS.SUBMITTED },
  { state: "ACCEPTED", label: STATUS_LABELS.ACCEPTED },
  { state: "ASSIGNED", label: STATUS_LABELS.ASSIGNED },
  { state: "IN_PROGRESS", label: STATUS_LABELS.IN_PROGRESS },
  { state: "REOPENED", label: STATUS_LABELS.REOPENED },
  { state: "RESOLVED", label: STATUS_LABELS.RESOLVED },
  { state: "CLOSED", label: STATUS_LABELS.CLOSED },
  { state: "REJECTED", label: STATUS_LABELS.REJECTED },
  { state: "all", label: "全部" },
  { state: "transfers", label: "待接收转办" },
];
const DISPATCH_TAB = { state: "dispatch" as const, label: "待派单" };
const REVIEW_TAB = { state: "review" as const, label: "待审核办结" };
const ORDERS_TAB = { state: "orders" as const, label: "待反馈督办" };

const DONE: Record<string, string> = { "transfer-declined": "已退回转办，案件仍由原部门办理。", dispatched: "已派单，案件已交承办部门受理。" };

function href(filters: TInboxFilters, change: Partial<TInboxFilters>) {
  const merged = { ...filters, after: undefined, ...change };
  const params = new URLSearchParams();
  if (merged.state !== "open") params.set("state", merged.state);
  if (merged.categoryId) params.set("categoryId", merged.categoryId);
  if (merged.due !== "any") params.set("due", merged.due);
  if (merged.q) params.set("q", merged.q);
  if (merged.departmentId) params.set("departmentId", merged.departmentId);
  if (merged.mine) params.set("mine", merged.mine);
  if (merged.sort !== "deadline") params.set("sort", merged.sort);
  if (merged.after) params.set("after", merged.after);
  const query = params.toString();
  return query ? `/officer/complaints?${query}` : "/officer/complaints";
}

export default async function ComplaintsWorkbenchPage({ searchParams }: PageProps<"/officer/complaints">) {
  const { actor, allowed } = await requirePagePermission("complaints.view");
  if (!allowed) return <Forbidden />;
  const params = await searchParams;
  const now = new Date();
  const [inbox, options] = await Promise.all([listInbox({ actor, filters: params, now }), complaintFormOptions()]);
  const { filters, counts } = inbox;
  const seesAll = can(actor, "complaints.viewAll");
  const countOf = (state: TInboxFilters["state"]): number | null => {
    if (state === "open") return OPEN_STATUSES.reduce((n, s) => n + (counts[s] ?? 0), 0);
    if (state === "all") return Object.values(counts).reduce((n, v) => n + (v ?? 0), 0);
    if (state === "transfers") return inbox.transfers;
    if (state === "review") return inbox.review;
    if (state === "dispatch") return inbox.dispatch;
    if (state === "orders") return inbox.orders;
    return counts[state] ?? 0;
  };
  const tabs = [
    ...(can(actor, "complaints.dispatch") ? [DISPATCH_TAB] : []),
    ...(can(actor, "complaints.review") ? [REVIEW_TAB] : []),
    ...TABS,
    ORDERS_TAB,
  ];
  const done = typeof params.done === "string" ? DONE[params.done] : undefined;
  const isFiltered = !!(filters.categoryId || filters.due !== "any" || filters.q || filters.departmentId || filters.mine);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold text-brand-700">案件办理</h1>
          <p className="text-sm text-slate-600">{seesAll ? "全县案件" : "本部门案件"}，按办理期限排序，最先到期的在前。</p>
        </div>
        <Link href={href(filters, { state: "open", due: "overdue", categoryId: undefined, q: undefined })} className="rounded-md border-2 border-accent-600 bg-white px-3 py-1 font-semibold text-accent-700 hover:bg-red-50">
          已超期 <span className="text-xl">{inbox.overdue}</span> 件
        </Link>
      </div>
      {done && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          {done}
        </p>
      )}

      <nav aria-label="按状态查看" className="-mx-1 overflow-x-auto">
        <ul className="flex gap-1 px-1 pb-1">
          {tabs.map((t) => {
            const isCurrent = filters.state === t.state;
            const n = countOf(t.state);
            return (
              <li key={t.state}>
                <Link
                  href={href(filters, { state: t.state })}
                  aria-current={isCurrent ? "page" : undefined}
                  className={`block whitespace-nowrap rounded-t border-b-4 px-3 py-2 text-sm font-semibold ${isCurrent ? "border-brand-600 bg-white text-brand-700" : "border-transparent text-slate-600 hover:bg-white"}`}
                >
                  {t.label}
                  {n !== null && <span className="ml-1 rounded-full bg-slate-200 px-2 text-xs text-slate-800">{n}</span>}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      {/* On a phone the filters start folded (the list comes first); from md up they are always open
          (the summary is hidden there and FilterDetails opens the element without JavaScript via CSS). */}
      <details open={isFiltered || undefined} className="fold-on-phone rounded-md border border-slate-200 bg-white shadow-sm">
        <summary className="cursor-pointer px-3 py-2 font-semibold text-brand-700 md:hidden">
          搜索和筛选{isFiltered ? "（已筛选）" : ""}
        </summary>
      <form method="get" action="/officer/complaints" className="grid gap-3 p-3 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-7 lg:items-end" role="search" aria-label="筛选案件">
        {filters.state !== "open" && <input type="hidden" name="state" value={filters.state} />}
        <label className="block text-sm font-semibold lg:col-span-2">
          受理编号、电话、姓名、地址或关键词
          <input name="q" defaultValue={filters.q ?? ""} placeholder="如 TC261120000001、1390000、解放路" className="mt-1 block w-full rounded border-2 border-slate-400 px-3 py-2 font-normal" />
        </label>
        <label className="block text-sm font-semibold">
          排序
          <select name="sort" defaultValue={filters.sort} className="mt-1 block w-full rounded border-2 border-slate-400 bg-white px-2 py-2 font-normal">
            <option value="deadline">期限最早的在前</option>
            <option value="-deadline">期限最晚的在前</option>
            <option value="-created">最新提交的在前</option>
            <option value="created">最早提交的在前</option>
            <option value="no">按受理编号</option>
            <option value="status">按办理状态</option>
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm font-semibold lg:pb-2">
          <input type="checkbox" name="mine" value="1" defaultChecked={!!filters.mine} className="h-5 w-5" />
          我承办的
        </label>
        <label className="block text-sm font-semibold">
          类别
          <select name="categoryId" defaultValue={filters.categoryId ?? ""} className="mt-1 block w-full rounded border-2 border-slate-400 bg-white px-2 py-2 font-normal">
            <option value="">全部类别</option>
            {options.categories.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          期限
          <select name="due" defaultValue={filters.due} className="mt-1 block w-full rounded border-2 border-slate-400 bg-white px-2 py-2 font-normal">
            <option value="any">不限</option>
            <option value="overdue">已超期</option>
            <option value="near">临期（时限已过八成）</option>
          </select>
        </label>
        {seesAll && (
          <label className="block text-sm font-semibold">
            承办部门
            <select name="departmentId" defaultValue={filters.departmentId ?? ""} className="mt-1 block w-full rounded border-2 border-slate-400 bg-white px-2 py-2 font-normal">
              <option value="">全部部门</option>
              {options.departments.map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="flex gap-2">
          <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
            筛选
          </button>
          {isFiltered && (
            <Link href={href(filters, { categoryId: undefined, due: "any", q: undefined, departmentId: undefined, mine: undefined })} className="rounded border-2 border-slate-300 px-3 py-2 text-sm">
              清除筛选
            </Link>
          )}
        </div>
      </form>
      </details>

      {inbox.items.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-6 text-center text-slate-600">{filters.after ? "没有更多案件了。" : "没有符合条件的案件。"}</p>
      ) : (
        <>
          <CaseCards items={inbox.items} seesAll={seesAll} now={now} />
          <CaseTable items={inbox.items} seesAll={seesAll} now={now} filters={filters} />
        </>
      )}

      <nav aria-label="翻页" className="flex flex-wrap gap-3">
        {filters.after && (
          <Link href={href(filters, {})} className="rounded border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100">
            回到第一页
          </Link>
        )}
        {inbox.nextCursor && (
          <Link href={href(filters, { after: inbox.nextCursor })} className="rounded border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100">
            下一页
          </Link>
        )}
      </nav>
    </div>
  );
}

function Markers({ item }: { item: TInboxItem }) {
  return (
    <>
      {item.pendingTransferDepartmentId && <span className="whitespace-nowrap rounded bg-purple-100 px-2 py-0.5 text-xs font-semibold text-purple-900">转办待确认</span>}
      {item.extensionRequestedUntil && <span className="whitespace-nowrap rounded bg-yellow-100 px-2 py-0.5 text-xs font-semibold text-yellow-900">{item.extensionForwardedAt ? "延期待审批" : "延期待负责人审核"}</span>}
      {item.pausedAt && <span className="whitespace-nowrap rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-800">暂停计时</span>}
      {item.reopenCount > 0 && <span className="whitespace-nowrap rounded bg-orange-100 px-2 py-0.5 text-xs font-semibold text-orange-900">重办</span>}
      {item.sentBackAt && <span className="whitespace-nowrap rounded bg-rose-100 px-2 py-0.5 text-xs font-semibold text-rose-900">已退回12345</span>}
      {item.closeProposedAt && <span className="whitespace-nowrap rounded bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900">待审核办结</span>}
    </>
  );
}

/** Why a case is in the transfer or dispatch list: the sender's reason, on the card itself. */
function Reasons({ item }: { item: TInboxItem }) {
  return (
    <>
      {item.transferReason && (
        <span className="mt-1 block text-xs text-purple-900" data-testid="transfer-reason">
          转办理由：{item.transferReason}
        </span>
      )}
      {item.sentBackReason && (
        <span className="mt-1 block text-xs text-rose-900">
          退回理由：{item.sentBackReason}
        </span>
      )}
    </>
  );
}

/** A column header that sorts by it; a second click reverses the order. */
function SortHeader({ filters, column, label }: { filters: TInboxFilters; column: "deadline" | "created" | "no" | "status"; label: string }) {
  const isAsc = filters.sort === column;
  const isDesc = filters.sort === `-${column}`;
  const next = (isAsc ? `-${column}` : column) as TInboxFilters["sort"];
  return (
    <th scope="col" className="px-3 py-2" aria-sort={isAsc ? "ascending" : isDesc ? "descending" : "none"}>
      <Link href={href(filters, { sort: next })} className="underline decoration-dotted hover:text-brand-700">
        {label}
        <span aria-hidden>{isAsc ? " ↑" : isDesc ? " ↓" : " ↕"}</span>
      </Link>
    </th>
  );
}

function CaseTable({ items, seesAll, now, filters }: { items: TInboxItem[]; seesAll: boolean; now: Date; filters: TInboxFilters }) {
  return (
    <div className="hidden overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm md:block">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <SortHeader filters={filters} column="no" label="受理编号" />
            <th scope="col" className="px-3 py-2">标题</th>
            <th scope="col" className="px-3 py-2">类别</th>
            {seesAll && <th scope="col" className="px-3 py-2">承办部门</th>}
            <th scope="col" className="px-3 py-2">承办人</th>
            <SortHeader filters={filters} column="status" label="状态" />
            <SortHeader filters={filters} column="created" label="提交时间" />
            <SortHeader filters={filters} column="deadline" label="办理期限" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((c) => (
            <tr key={c.id} className={c.isOverdue ? "bg-red-50" : c.isNearDue ? "bg-amber-50" : ""}>
              <td className="whitespace-nowrap px-3 py-2">
                <Link href={`/officer/complaints/${c.id}`} className="font-mono font-semibold text-brand-700 underline">
                  {c.trackingNo}
                </Link>
              </td>
              <td className="px-3 py-2">
                <span className="mr-1">{c.title}</span>
                <Markers item={c} />
                <Reasons item={c} />
              </td>
              <td className="px-3 py-2">{c.category.name}</td>
              {seesAll && <td className="px-3 py-2">{c.department.name}</td>}
              <td className="px-3 py-2">{c.handler?.name ?? <span className="text-slate-500">未分派</span>}</td>
              <td className="px-3 py-2">
                <StatusBadge status={c.status} />
              </td>
              <td className="whitespace-nowrap px-3 py-2">{formatDateTime(c.createdAt)}</td>
              <td className="px-3 py-2">
                <DeadlineText deadlineAt={c.deadlineAt} isOpen={isOpenStatus(c.status)} isOverdue={c.isOverdue} isNearDue={c.isNearDue} now={now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CaseCards({ items, seesAll, now }: { items: TInboxItem[]; seesAll: boolean; now: Date }) {
  return (
    <ul className="space-y-2 md:hidden">
      {items.map((c) => (
        <li key={c.id} className={`rounded-md border bg-white p-3 shadow-sm ${c.isOverdue ? "border-l-4 border-accent-600" : c.isNearDue ? "border-l-4 border-amber-400" : "border-slate-200"}`}>
          <div className="flex items-center justify-between gap-2">
            <Link href={`/officer/complaints/${c.id}`} className="font-mono font-semibold text-brand-700 underline">
              {c.trackingNo}
            </Link>
            <StatusBadge status={c.status} />
          </div>
          <p className="mt-1 font-semibold">{c.title}</p>
          <p className="mt-1 flex flex-wrap gap-1 text-xs text-slate-600">
            <span>{c.category.name}</span>
            {seesAll && <span>· {c.department.name}</span>}
            <span>· {c.handler?.name ?? "未分派"}</span>
            <Markers item={c} />
          </p>
          <Reasons item={c} />
          <p className="mt-1 text-sm">
            <DeadlineText deadlineAt={c.deadlineAt} isOpen={isOpenStatus(c.status)} isOverdue={c.isOverdue} isNearDue={c.isNearDue} now={now} />
          </p>
        </li>
      ))}
    </ul>
  );
}
