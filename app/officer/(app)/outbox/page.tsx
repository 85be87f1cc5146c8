import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { OutboxFilterForm } from "@/components/notify/outbox-filter-form";
import { OUTBOX_STATUS_LABELS, OutboxStatusBadge } from "@/components/notify/outbox-status-badge";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listOutboxMessages } from "@/lib/notify/list-outbox-messages";
import { OUTBOX_CHANNEL_LABELS, OUTBOX_STATUSES } from "@/lib/notify/outbox-filters.schema";

export const metadata = { title: "短信发送记录" };

export default async function OutboxPage({ searchParams }: PageProps<"/officer/outbox">) {
  const { actor, allowed } = await requirePagePermission("outbox.view");
  if (!allowed) return <Forbidden />;
  const params = await searchParams;
  const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? "") : (v ?? "")]));
  const log = await listOutboxMessages({ actor, filters: values });

  const hrefWith = (changes: Record<string, string | number | undefined>) => {
    const query = new URLSearchParams();
    const merged = { ...log.filters, ...changes };
    for (const key of ["status", "channel", "template", "recipient", "from", "to", "page"] as const) {
      const value = merged[key];
      if (value !== undefined && value !== "" && !(key === "page" && value === 1)) query.set(key, String(value));
    }
    const qs = query.toString();
    return qs ? `/officer/outbox?${qs}` : "/officer/outbox";
  };

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-700">短信发送记录</h1>
      <p className="text-sm text-slate-600">
        每条短信先进入发送队列，再由发送程序交给短信平台；“已送达”表示短信平台回执确认手机已收到。发送失败的短信会自动重试，多次失败后标记为“发送失败”。
        配置了企业微信或钉钉时，发给工作人员的提醒同时以“工作消息”通道发送到其工作账号。
      </p>

      <nav aria-label="按状态统计" className="flex flex-wrap gap-2">
        <Link
          href={hrefWith({ status: undefined, page: 1 })}
          aria-current={!log.filters.status ? "page" : undefined}
          className={`rounded border px-3 py-1.5 text-sm ${!log.filters.status ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white"}`}
        >
          全部 <span className="font-semibold">{Object.values(log.counts).reduce((a, b) => a + b, 0)}</span>
        </Link>
        {OUTBOX_STATUSES.map((s) => (
          <Link
            key={s}
            href={hrefWith({ status: s, page: 1 })}
            aria-current={log.filters.status === s ? "page" : undefined}
            className={`rounded border px-3 py-1.5 text-sm ${log.filters.status === s ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white"}`}
          >
            {OUTBOX_STATUS_LABELS[s]} <span className="font-semibold">{log.counts[s]}</span>
          </Link>
        ))}
      </nav>

      <OutboxFilterForm filters={log.filters} values={values} errors={log.errors} templates={log.templates} />

      <p className="text-sm text-slate-600" aria-live="polite">
        共 {log.total} 条{Object.keys(log.errors).length > 0 && "（有筛选条件填写有误，已忽略该条件）"}
      </p>

      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[70rem] text-left text-sm">
          <caption className="sr-only">短信发送记录</caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">时间</th>
              <th scope="col" className="px-3 py-2">接收人</th>
              <th scope="col" className="px-3 py-2">模板</th>
              <th scope="col" className="px-3 py-2">内容</th>
              <th scope="col" className="px-3 py-2">状态</th>
              <th scope="col" className="px-3 py-2">通道</th>
              <th scope="col" className="px-3 py-2">尝试次数</th>
              <th scope="col" className="px-3 py-2">最后错误</th>
              <th scope="col" className="px-3 py-2">发送/送达时间</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {log.messages.map((m) => (
              <tr key={m.id}>
                <td className="whitespace-nowrap px-3 py-2">{formatDateTime(m.createdAt)}</td>
                <td className="whitespace-nowrap px-3 py-2 font-mono">{m.recipient}</td>
                <td className="px-3 py-2 font-mono text-xs">{m.template}</td>
                <td className="max-w-xs px-3 py-2">{m.body}</td>
                <td className="px-3 py-2">
                  <OutboxStatusBadge status={m.status} />
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  {OUTBOX_CHANNEL_LABELS[m.channel]}
                  {m.provider && <span className="block text-xs text-slate-500">{m.provider}</span>}
                </td>
                <td className="px-3 py-2 text-center">{m.attempts}</td>
                <td className="max-w-xs break-all px-3 py-2 text-xs text-accent-700">{m.lastError ?? ""}</td>
                <td className="whitespace-nowrap px-3 py-2 text-xs">
                  {m.sentAt && <div>发送 {formatDateTime(m.sentAt)}</div>}
                  {m.deliveredAt && <div>送达 {formatDateTime(m.deliveredAt)}</div>}
                  {m.nextAttemptAt && <div className="text-slate-500">下次尝试 {formatDateTime(m.nextAttemptAt)}</div>}
                </td>
              </tr>
            ))}
            {log.messages.length === 0 && (
              <tr>
                <td colSpan={9} className="px-3 py-6 text-center text-slate-500">
                  没有符合条件的记录
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pagination page={log.page} pageCount={log.pageCount} href={(page) => hrefWith({ page })} />
    </div>
  );
}
