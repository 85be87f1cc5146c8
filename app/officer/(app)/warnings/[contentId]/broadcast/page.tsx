// GET /officer/warnings/[contentId]/broadcast: choose the towns (default from the item's area),
// see the subscriber count and the exact SMS with its length, then confirm. ?towns= carries the
// choice, so the preview updates with a plain GET form (no JavaScript needed). ?changed=1: the
// confirmation was refused because the SMS changed since the preview; this is the new preview.
// Earlier broadcasts of the item are listed, and sending again needs the explicit tick.
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { BroadcastConfirmForm } from "@/components/broadcast/broadcast-confirm-form";
import { requirePagePermission } from "@/lib/auth/session";
import { getBroadcastPreview } from "@/lib/broadcast/broadcast-warning";
import { WARNING_LEVEL_LABELS } from "@/lib/broadcast/broadcast-text";
import { COUNTY_TOWNS, TOWN_CODES, townNames, WHOLE_COUNTY } from "@/lib/broadcast/county-towns";
import { CONTENT_TYPE_LABELS } from "@/lib/content/public-content";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { sendBroadcastAction } from "../../../broadcasts/actions";

export const metadata = { title: "发送预警短信" };

export default async function BroadcastPage({ params, searchParams }: PageProps<"/officer/warnings/[contentId]/broadcast">) {
  const { actor, allowed } = await requirePagePermission("warnings.broadcast");
  if (!allowed) return <Forbidden />;
  const { contentId } = await params;
  const query = await searchParams;
  const raw = query.towns;
  const textChanged = query.changed === "1";
  const asked = (Array.isArray(raw) ? raw : raw ? [raw] : []).map(String);
  const towns = asked.includes("all") ? TOWN_CODES : asked;
  let preview;
  try {
    preview = await getBroadcastPreview({ actor, contentId, towns });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return <NotFoundPanel title="没有找到该内容" />;
    throw err;
  }
  const { item } = preview;
  const selectedText = townNames(preview.selectedTowns);
  return (
    <div className="max-w-3xl space-y-5">
      <p className="text-sm">
        <Link href="/officer/broadcasts" className="text-brand-600 underline">
          预警短信
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">发送预警短信</h1>
      {textChanged && !preview.refusal && (
        <div role="alert" className="rounded-md border-4 border-accent-600 bg-white p-4" data-testid="text-changed">
          <h2 className="text-lg font-bold text-accent-700">预警内容已被修改，请核对新的短信内容后再发送</h2>
          <p className="mt-1">刚才的短信没有发送。下面是按最新内容生成的短信，请核对后重新确认。</p>
        </div>
      )}

      <section aria-labelledby="item-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="item-title" className="text-lg font-bold">
          {item.title}
        </h2>
        <dl className="mt-2 grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-600">类型</dt>
          <dd>
            {CONTENT_TYPE_LABELS[item.type]}
            {item.warningLevel && `（${WARNING_LEVEL_LABELS[item.warningLevel]}预警）`}
          </dd>
          <dt className="text-slate-600">影响范围</dt>
          <dd>{item.area || "未填写（按全县）"}</dd>
          <dt className="text-slate-600">有效期</dt>
          <dd>
            {item.validFrom ? formatDateTime(item.validFrom) : "发布起"} 至 {item.validUntil ? formatDateTime(item.validUntil) : "未设定"}
          </dd>
        </dl>
      </section>

      {preview.refusal ? (
        <div role="alert" className="rounded-md border-l-4 border-accent-600 bg-white p-4 shadow-sm">
          <h2 className="text-lg font-bold text-accent-700">不能发送</h2>
          <p className="mt-1">{preview.refusal}</p>
        </div>
      ) : (
        <>
          <section aria-labelledby="towns-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="towns-title" className="text-lg font-bold">
              发送范围
            </h2>
            <p className="text-sm text-slate-600">默认按影响范围（{townNames(preview.defaultTowns)}）选择；改动后点“更新接收人数”。</p>
            <form method="get" className="mt-3">
              <fieldset>
                <legend className="sr-only">发送到哪些乡镇</legend>
                <div className="flex flex-wrap gap-3">
                  <label className="flex items-center gap-2 rounded border border-slate-300 px-3 py-2">
                    <input type="checkbox" name="towns" value="all" defaultChecked={preview.selectedTowns.length === TOWN_CODES.length} className="h-5 w-5 accent-brand-600" />
                    {WHOLE_COUNTY}（所有乡镇）
                  </label>
                  {preview.townCounts.map((t) => (
                    <label key={t.code} className="flex items-center gap-2 rounded border border-slate-300 px-3 py-2">
                      <input type="checkbox" name="towns" value={t.code} defaultChecked={preview.selectedTowns.includes(t.code)} className="h-5 w-5 accent-brand-600" />
                      {t.name}
                      <span className="text-sm text-slate-600">（{t.subscribers} 人订阅）</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <button type="submit" className="mt-3 rounded border-2 border-slate-400 bg-white px-4 py-1.5 font-semibold hover:bg-slate-100">
                更新接收人数
              </button>
            </form>
          </section>

          <section aria-labelledby="sms-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="sms-title" className="text-lg font-bold">
              短信内容
            </h2>
            <p className="mt-2 whitespace-pre-wrap break-all rounded border border-slate-300 bg-slate-50 p-3 font-mono text-sm" data-testid="sms-text">
              {preview.text}
            </p>
            <p className="mt-2 text-sm" data-testid="sms-length">
              共 {preview.length.characters} 字，按 {preview.length.segments} 条短信计费（{preview.length.encoding === "UCS-2" ? "中文短信每条70字，超过时每条67字" : "每条160个字符，超过时每条153个"}）。
            </p>
          </section>

          {preview.earlier.length > 0 && (
            <section aria-labelledby="earlier-title" className="rounded-md border-2 border-amber-500 bg-amber-50 p-4 shadow-sm" data-testid="earlier-broadcasts">
              <h2 id="earlier-title" className="text-lg font-bold">
                该内容已发送过 {preview.earlier.length} 次
              </h2>
              <ul className="mt-2 space-y-1 text-sm">
                {preview.earlier.map((b) => (
                  <li key={b.id}>
                    <Link href={`/officer/broadcasts/${b.id}`} className="text-brand-600 underline">
                      {formatDateTime(b.createdAt)}
                    </Link>
                    ，{b.createdBy.name}发送，{b.recipientCount} 位订阅者{b.stoppedAt && `（已于${formatDateTime(b.stoppedAt)}停止发送）`}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="confirm-title" className="rounded-md border-2 border-accent-600 bg-white p-4 shadow-sm">
            <h2 id="confirm-title" className="text-lg font-bold">
              确认发送
            </h2>
            {preview.selectedTowns.length === 0 ? (
              <p className="mt-1 font-semibold text-accent-700">请至少选择一个乡镇，再点“更新接收人数”。</p>
            ) : (
              <>
                <p className="mt-1" data-testid="recipient-summary">
                  将发送给 <strong>{selectedText}</strong> 的 <strong className="text-xl">{preview.recipientCount}</strong> 位订阅者（同一号码只发一次），发送后不能撤回。
                </p>
                {preview.recipientCount === 0 && <p className="mt-1 text-accent-700">所选乡镇还没有订阅者，无需发送。</p>}
                <div className="mt-3">
                  <BroadcastConfirmForm
                    action={sendBroadcastAction}
                    contentId={item.id}
                    towns={preview.selectedTowns}
                    idempotencyKey={randomUUID()}
                    textHash={preview.textHash}
                    sentBefore={preview.earlier.length > 0}
                    recipientCount={preview.recipientCount}
                    townsText={selectedText}
                  />
                </div>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
