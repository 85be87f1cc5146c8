// GET /officer/broadcasts: the warnings and rural information that can be broadcast now, and the
// past broadcasts with the counts of their messages by status.
import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { BroadcastCounts } from "@/components/broadcast/broadcast-counts";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { listBroadcastableItems, listBroadcasts } from "@/lib/broadcast/broadcast-warning";
import { WARNING_LEVEL_LABELS } from "@/lib/broadcast/broadcast-text";
import { townNames } from "@/lib/broadcast/county-towns";
import { CONTENT_TYPE_LABELS } from "@/lib/content/public-content";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "预警短信" };

export default async function BroadcastsPage({ searchParams }: PageProps<"/officer/broadcasts">) {
  const { actor, allowed } = await requirePagePermission("warnings.broadcast");
  if (!allowed) return <Forbidden />;
  const page = Number((await searchParams).page ?? 1);
  const [items, list] = await Promise.all([listBroadcastableItems({ actor }), listBroadcasts({ actor, page })]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-700">预警短信</h1>

      <section aria-labelledby="ready-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="ready-title" className="text-lg font-bold">
          可发送的预警和惠农信息
        </h2>
        <p className="text-sm text-slate-600">已发布且在有效期内的内容。新的预警请先在内容管理中发布。</p>
        {items.length === 0 ? (
          <p className="mt-3 text-slate-600">目前没有可发送的内容。</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {items.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="mr-2 rounded border border-slate-300 px-1.5 py-0.5 text-xs">
                    {i.warningLevel ? `${WARNING_LEVEL_LABELS[i.warningLevel]}预警` : CONTENT_TYPE_LABELS[i.type]}
                  </span>
                  {i.title}
                  <span className="ml-2 text-sm text-slate-600">
                    {i.area ?? "全县"}
                    {i.validUntil && ` · 有效至 ${formatDateTime(i.validUntil)}`}
                    {i._count.broadcasts > 0 && ` · 已发送 ${i._count.broadcasts} 次`}
                  </span>
                </span>
                <Link href={`/officer/warnings/${i.id}/broadcast`} className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700">
                  发送短信<span className="sr-only">：{i.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="past-title">
        <h2 id="past-title" className="text-lg font-bold">
          发送记录
        </h2>
        <div className="mt-2 overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">预警短信发送记录</caption>
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">时间</th>
                <th scope="col" className="px-3 py-2">内容</th>
                <th scope="col" className="px-3 py-2">范围</th>
                <th scope="col" className="px-3 py-2">人数</th>
                <th scope="col" className="px-3 py-2">发送情况</th>
                <th scope="col" className="px-3 py-2">发送人</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.items.map((b) => (
                <tr key={b.id}>
                  <td className="whitespace-nowrap px-3 py-2">
                    <Link href={`/officer/broadcasts/${b.id}`} className="text-brand-600 underline">
                      {formatDateTime(b.createdAt)}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{b.content.title}</td>
                  <td className="px-3 py-2">{townNames(b.towns)}</td>
                  <td className="px-3 py-2 tabular-nums">{b.recipientCount}</td>
                  <td className="px-3 py-2">
                    <BroadcastCounts counts={b.counts} compact />
                  </td>
                  <td className="whitespace-nowrap px-3 py-2">{b.createdBy.name}</td>
                </tr>
              ))}
              {list.items.length === 0 && (
                <tr>
                  <td colSpan={6} className="px-3 py-6 text-center text-slate-500">
                    还没有发送过预警短信
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <Pagination page={list.page} pageCount={list.pageCount} href={(p) => `/officer/broadcasts?page=${p}`} />
      </section>
    </div>
  );
}
