import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { AUDIT_ACTION_LABELS } from "@/lib/audit/audit-labels";
import { listAuditEntries, type TAuditFilters } from "@/lib/audit/list-audit-log";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "审计日志" };

const GROUPS: { value: string; label: string }[] = [
  { value: "officer.sign", label: "全部登录记录" },
  { value: "complaint.", label: "全部案件办理" },
  { value: "officer.", label: "全部人员管理" },
  { value: "content.", label: "全部内容管理" },
  { value: "trace.", label: "全部追溯记录" },
];

function query(filters: TAuditFilters, extra: Record<string, string | undefined> = {}) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, before: undefined, ...extra })) if (v) params.set(k, v);
  const q = params.toString();
  return q ? `?${q}` : "";
}

const input = "mt-1 block w-full rounded border-2 border-slate-400 bg-white px-2 py-2 font-normal";

export default async function AuditPage({ searchParams }: PageProps<"/officer/audit">) {
  const { actor, allowed } = await requirePagePermission("audit.view");
  if (!allowed) return <Forbidden />;
  const { entries, filters, nextBefore } = await listAuditEntries({ actor, filters: await searchParams });
  const isFiltered = !!(filters.who || filters.action || filters.from || filters.to || filters.target);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold text-brand-700">审计日志</h1>
          <p className="text-sm text-slate-600">只增不改：每一项操作都记录操作人和时间，记录不可修改或删除。</p>
        </div>
        <a href={`/officer/audit/export${query(filters)}`} className="rounded border-2 border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
          导出CSV{isFiltered ? "（按当前筛选）" : ""}
        </a>
      </div>

      <details open={isFiltered || undefined} className="fold-on-phone rounded-md border border-slate-200 bg-white shadow-sm">
        <summary className="cursor-pointer px-3 py-2 font-semibold text-brand-700 md:hidden">筛选{isFiltered ? "（已筛选）" : ""}</summary>
        <form method="get" action="/officer/audit" role="search" aria-label="筛选审计日志" className="grid gap-3 p-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
          <label className="block text-sm font-semibold">
            操作人
            <input name="who" defaultValue={filters.who ?? ""} placeholder="姓名或登录名" className={input} />
          </label>
          <label className="block text-sm font-semibold lg:col-span-2">
            操作
            <select name="action" defaultValue={filters.action ?? ""} className={input}>
              <option value="">全部操作</option>
              {GROUPS.map((g) => (
                <option key={g.value} value={g.value}>
                  {g.label}
                </option>
              ))}
              {Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-semibold">
            起始日期
            <input type="date" name="from" defaultValue={filters.from ?? ""} className={input} />
          </label>
          <label className="block text-sm font-semibold">
            截止日期
            <input type="date" name="to" defaultValue={filters.to ?? ""} className={input} />
          </label>
          <label className="block text-sm font-semibold">
            对象
            <input name="target" defaultValue={filters.target ?? ""} placeholder="受理编号、登录名或标题" className={input} />
          </label>
          <div className="flex gap-2">
            <button type="submit" className="whitespace-nowrap rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
              筛选
            </button>
            {isFiltered && (
              <Link href="/officer/audit" className="whitespace-nowrap rounded border-2 border-slate-300 px-3 py-2 text-sm">
                清除筛选
              </Link>
            )}
          </div>
        </form>
      </details>

      {/* Phones: one card per entry; wider screens: the table. */}
      <ul className="space-y-2 md:hidden">
        {entries.map((e) => (
          <li key={e.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm shadow-sm">
            <p className="font-semibold">{e.actionLabel}</p>
            <p className="text-slate-600">
              {formatDateTime(e.createdAt)} · {e.who}
            </p>
            <p>{e.target}</p>
            {e.details && <p className="text-slate-700">{e.details}</p>}
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm md:block">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">时间</th>
              <th scope="col" className="px-3 py-2">操作人</th>
              <th scope="col" className="px-3 py-2">操作</th>
              <th scope="col" className="px-3 py-2">对象</th>
              <th scope="col" className="px-3 py-2">详情</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="whitespace-nowrap px-3 py-2">{formatDateTime(e.createdAt)}</td>
                <td className="px-3 py-2">{e.who}</td>
                <td className="px-3 py-2">{e.actionLabel}</td>
                <td className="px-3 py-2">
                  {e.targetType === "Complaint" && e.targetId ? (
                    <Link href={`/officer/complaints/${e.targetId}`} className="text-brand-600 underline">
                      {e.target}
                    </Link>
                  ) : e.targetType === "Officer" && e.targetId ? (
                    <Link href={`/officer/officers/${e.targetId}`} className="text-brand-600 underline">
                      {e.target}
                    </Link>
                  ) : (
                    e.target
                  )}
                </td>
                <td className="max-w-md break-words px-3 py-2 text-slate-700">{e.details}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entries.length === 0 && <p className="rounded-md border border-slate-200 bg-white p-6 text-center text-slate-500">暂无记录</p>}
      {nextBefore && (
        <Link href={`/officer/audit${query(filters, { before: nextBefore })}`} className="inline-block rounded border border-slate-300 bg-white px-4 py-2">
          更早的记录
        </Link>
      )}
    </div>
  );
}
