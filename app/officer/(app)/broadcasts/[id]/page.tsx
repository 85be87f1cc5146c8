// GET /officer/broadcasts/[id]: one broadcast and the counts of its messages by status. While
// messages are still queued or sending, the page refreshes itself every 5 seconds (a meta
// refresh: no JavaScript needed), and a plain link refreshes it at once. While messages are
// queued, 停止发送 cancels them (lib/broadcast/stop-broadcast.ts).
import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { BroadcastCounts } from "@/components/broadcast/broadcast-counts";
import { StopBroadcastForm } from "@/components/broadcast/stop-broadcast-form";
import { requirePagePermission } from "@/lib/auth/session";
import { getBroadcast } from "@/lib/broadcast/broadcast-warning";
import { townNames } from "@/lib/broadcast/county-towns";
import { CONTENT_TYPE_LABELS } from "@/lib/content/public-content";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { stopBroadcastAction } from "../actions";

export const metadata = { title: "预警短信发送情况" };

const REFRESH_SECONDS = 5;

export default async function BroadcastDetailPage({ params, searchParams }: PageProps<"/officer/broadcasts/[id]">) {
  const { actor, allowed } = await requirePagePermission("warnings.broadcast");
  if (!allowed) return <Forbidden />;
  const { id } = await params;
  const query = await searchParams;
  const justSent = query.sent === "1";
  const stopped = typeof query.stopped === "string" && /^\d+$/.test(query.stopped) ? Number(query.stopped) : null;
  let b;
  try {
    b = await getBroadcast({ actor, broadcastId: id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return <NotFoundPanel title="没有找到这次发送" />;
    throw err;
  }
  return (
    <div className="max-w-3xl space-y-5">
      {!b.isFinished && <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} />}
      <p className="text-sm">
        <Link href="/officer/broadcasts" className="text-brand-600 underline">
          预警短信
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">预警短信发送情况</h1>
      {justSent && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
          已提交发送：{b.recipientCount} 条短信进入发送队列。
        </p>
      )}
      {stopped !== null && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-900" data-testid="stopped-status">
          已停止发送：{stopped} 条排队中的短信不再发送。
        </p>
      )}

      <section aria-labelledby="b-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="b-title" className="text-lg font-bold">
          {b.content.title}
        </h2>
        <dl className="mt-2 grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-600">类型</dt>
          <dd>{CONTENT_TYPE_LABELS[b.content.type]}</dd>
          <dt className="text-slate-600">发送范围</dt>
          <dd>{townNames(b.towns)}</dd>
          <dt className="text-slate-600">接收人数</dt>
          <dd data-testid="recipient-count">{b.recipientCount}</dd>
          <dt className="text-slate-600">发送人</dt>
          <dd>
            {b.createdBy.name}，{formatDateTime(b.createdAt)}
          </dd>
          {b.stoppedAt && (
            <>
              <dt className="text-slate-600">停止发送</dt>
              <dd>{formatDateTime(b.stoppedAt)}</dd>
            </>
          )}
        </dl>
        <p className="mt-3 whitespace-pre-wrap break-all rounded border border-slate-300 bg-slate-50 p-3 font-mono text-sm">{b.body}</p>
        <p className="mt-1 text-sm text-slate-600">
          共 {b.length.characters} 字，{b.length.segments} 条短信计费
        </p>
      </section>

      <section aria-labelledby="counts-title" className="space-y-3">
        <h2 id="counts-title" className="text-lg font-bold">
          发送情况
        </h2>
        <BroadcastCounts counts={b.counts} />
        <p className="text-sm text-slate-600" aria-live="polite">
          {b.isFinished ? (b.stoppedAt ? "已停止发送：排队中的短信不再发送，其余已交给短信平台（或已确定失败）。" : "全部短信已交给短信平台（或已确定失败）。") : `仍有短信在排队或发送中，本页每${REFRESH_SECONDS}秒自动刷新。`}{" "}
          “已送达”以短信平台的送达回执为准；发送失败的短信会自动重试，多次失败后计入“发送失败”。
          预警撤回、过期或编辑停止发送后，排队中的短信不再发送，计入“已停止”。
        </p>
        {b.counts.QUEUED > 0 && <StopBroadcastForm action={stopBroadcastAction} broadcastId={b.id} queued={b.counts.QUEUED} />}
        <p>
          <Link href={`/officer/broadcasts/${b.id}`} className="rounded border-2 border-slate-400 bg-white px-4 py-1.5 font-semibold hover:bg-slate-100">
            刷新
          </Link>
        </p>
      </section>
    </div>
  );
}
