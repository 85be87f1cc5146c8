import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { CONTENT_STATUSES, CONTENT_TYPES, STATUS_LABELS } from "@/lib/content/content.schema";
import { listOfficerContent } from "@/lib/content/officer-content";
import { CONTENT_TYPE_LABELS } from "@/lib/content/public-content";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "内容管理" };

const STATUS_STYLE: Record<string, string> = {
  DRAFT: "bg-slate-200 text-slate-800",
  SCHEDULED: "bg-amber-100 text-amber-900",
  PUBLISHED: "bg-green-100 text-green-900",
  UNPUBLISHED: "bg-red-100 text-red-900",
};

export default async function ContentListPage({ searchParams }: PageProps<"/officer/content">) {
  const { actor, allowed } = await requirePagePermission("content.edit");
  if (!allowed) return <Forbidden />;
  const sp = await searchParams;
  const result = await listOfficerContent({ actor, filter: { type: sp.type, status: sp.status, page: sp.page } });
  const query = (page: number) => `/officer/content?${new URLSearchParams({ ...(result.type ? { type: result.type } : {}), ...(result.status ? { status: result.status } : {}), page: String(page) })}`;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-700">内容管理</h1>
        <Link href="/officer/content/new" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          新建内容
        </Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <label className="block">
          <span className="block text-sm font-semibold">类型</span>
          <select name="type" defaultValue={result.type ?? ""} className="mt-1 rounded border-2 border-slate-400 bg-white px-3 py-2">
            <option value="">全部类型</option>
            {CONTENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {CONTENT_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="block text-sm font-semibold">状态</span>
          <select name="status" defaultValue={result.status ?? ""} className="mt-1 rounded border-2 border-slate-400 bg-white px-3 py-2">
            <option value="">全部状态</option>
            {CONTENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border-2 border-slate-400 bg-white px-4 py-2 font-semibold hover:bg-slate-100">
          筛选
        </button>
      </form>
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">内容列表，共 {result.total} 项</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2">标题</th>
              <th scope="col" className="px-3 py-2">类型</th>
              <th scope="col" className="px-3 py-2">状态</th>
              <th scope="col" className="px-3 py-2">最后修改</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {result.items.map((item) => (
              <tr key={item.id}>
                <td className="px-3 py-2">
                  <Link href={`/officer/content/${item.id}`} className="font-semibold text-brand-700 underline">
                    {item.title}
                  </Link>
                  <div className="font-mono text-xs text-slate-500">{item.slug}</div>
                </td>
                <td className="whitespace-nowrap px-3 py-2">{CONTENT_TYPE_LABELS[item.type]}</td>
                <td className="whitespace-nowrap px-3 py-2">
                  <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[item.status]}`}>{STATUS_LABELS[item.status]}</span>
                  {item.status === "SCHEDULED" && item.publishAt && <div className="text-xs text-slate-600">{formatDateTime(item.publishAt)}</div>}
                </td>
                <td className="whitespace-nowrap px-3 py-2">{formatDateTime(item.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {result.items.length === 0 && <p className="p-4 text-slate-600">没有符合条件的内容。</p>}
      </div>
      <Pagination page={result.page} pageCount={result.pageCount} href={query} />
    </div>
  );
}
