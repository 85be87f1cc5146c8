// The consumer's batch page body: what a shopper checks in a market in a few seconds: recall,
// warning, product and farm, test results, certificates, then the story of the batch.
import type { BatchView } from "@/lib/trace/batch-view";
import { formatDate, formatDateTime } from "@/lib/format";
import { siteConfig } from "@/lib/site";
import { formatTraceCode } from "@/lib/trace/parse-scanned-code";
import { SCAN_SLOTS } from "./scan-notice";
import { CERTIFICATE_TYPES, COMMITMENT_BASES, EVENT_TYPES, PRODUCER_KINDS } from "./trace-labels";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-2 border-b border-slate-100 py-2">
      <dt className="w-24 shrink-0 text-slate-600">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

/**
 * The page body for a batch, the same for every lookup (so it can be cached); the lookup's
 * counterfeit warning and scan count go in two slots (scan-notice.ts).
 */
export function BatchDetails({ batch }: { batch: BatchView }) {
  const isRecalled = batch.status === "RECALLED";
  const harvest =
    batch.harvestEnd && batch.harvestStart && batch.harvestEnd.getTime() !== batch.harvestStart.getTime()
      ? `${formatDate(batch.harvestStart)} 至 ${formatDate(batch.harvestEnd)}`
      : formatDate(batch.harvestStart);
  const isExpired = batch.expiresAt && batch.expiresAt.getTime() + 86_400_000 < Date.now();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      {isRecalled && (
        <div id="recall" role="alert" className="rounded-md bg-accent-600 p-4 text-white">
          <p className="text-xl font-bold">⚠ 该批次已召回，请勿食用</p>
          <p className="mt-1">召回原因：{batch.recallReason}</p>
          <p className="mt-1 text-sm">召回时间：{formatDateTime(batch.recalledAt)}。已购买的可向商家退货，或拨打{siteConfig().hotline}反映。</p>
        </div>
      )}
      {/* Filled per lookup in the cached page (scan-notice.ts); React leaves the inner HTML be.
          "contents": an empty slot adds no gap to the stack; what fills it carries its own margin. */}
      <div className="contents" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: SCAN_SLOTS.warning }} />
      {!batch.product.isActive && (
        <p className="rounded border-l-4 border-accent-600 bg-red-50 p-3 text-accent-700">该产品已停止销售：{batch.product.deactivationReason}</p>
      )}

      <section className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <p className="text-sm text-slate-600">{batch.product.category} · 追溯码 <span className="font-mono">{formatTraceCode(batch.traceCode)}</span></p>
        <h1 className="text-2xl font-bold text-brand-700">{batch.product.name}</h1>
        <p className="mt-1 text-lg">
          {batch.producer.name}
          <span className="ml-1 text-slate-600">（{PRODUCER_KINDS[batch.producer.kind]}，{batch.producer.town}{batch.producer.village}）</span>
        </p>
        <dl className="mt-3">
          <Fact label="产地">{batch.originPlace}</Fact>
          <Fact label="采收日期">{harvest || "未记录"}</Fact>
          <Fact label="包装日期">{formatDate(batch.packedAt) || "未记录"}</Fact>
          <Fact label="保质期至">
            {formatDate(batch.expiresAt) || "未记录"}
            {isExpired && <span className="ml-2 font-bold text-accent-700">已过期</span>}
          </Fact>
          <Fact label="批次">{batch.lot}{batch.quantity !== null && ` · ${batch.quantity} ${batch.unit ?? ""}`}</Fact>
          {batch.producer.phone && <Fact label="联系电话"><a href={`tel:${batch.producer.phone}`} className="text-brand-700 underline">{batch.producer.phone}</a>{batch.producer.contactName && `（${batch.producer.contactName}）`}</Fact>}
        </dl>
      </section>

      <section aria-labelledby="inspections-title" className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="inspections-title" className="text-lg font-bold">检测结果</h2>
        {batch.inspections.length === 0 ? (
          <p className="mt-2 text-slate-700">暂无检测记录。</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {batch.inspections.map((i) => (
              <li key={i.id} className="flex items-start gap-3">
                <span className={`shrink-0 rounded px-3 py-1 text-lg font-bold text-white ${i.result === "PASS" ? "bg-green-700" : "bg-accent-600"}`}>
                  {i.result === "PASS" ? "✓ 合格" : "✗ 不合格"}
                </span>
                <span>
                  <span className="font-semibold">{i.item}</span>
                  {i.value && <span className="text-slate-700">（{i.value}）</span>}
                  <span className="block text-sm text-slate-600">
                    {i.agency} · {formatDate(i.inspectedAt)}
                    {i.reportNo && ` · 报告 ${i.reportNo}`}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section id="certificates" aria-labelledby="certificates-title" className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="certificates-title" className="text-lg font-bold">合格证和认证</h2>
        <ul className="mt-2 space-y-2">
          {batch.certificates.map((c) => (
            <li key={c.id} id={`certificate-${c.id}`}>
              <span className="font-semibold">{CERTIFICATE_TYPES[c.type]}</span> <span className="text-slate-700">编号 {c.number}</span>
              <span className="block text-sm text-slate-600">
                {c.basis && `承诺依据：${COMMITMENT_BASES[c.basis]} · `}
                {c.issuer && `${c.issuer} · `}
                {formatDate(c.issuedAt)}
                {c.validUntil && ` · 有效期至 ${formatDate(c.validUntil)}`}
              </span>
            </li>
          ))}
        </ul>
        {batch.producer.commitment && (
          <blockquote className="mt-3 border-l-4 border-brand-600 bg-brand-50 p-3">
            <p className="text-sm font-semibold text-brand-700">生产者承诺</p>
            <p>{batch.producer.commitment}</p>
          </blockquote>
        )}
      </section>

      <section aria-labelledby="timeline-title" className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="timeline-title" className="text-lg font-bold">从田间到市场</h2>
        <ol className="mt-3 border-l-2 border-brand-600 pl-4">
          {batch.events.map((e) => (
            <li key={e.id} className="relative mb-4 last:mb-0">
              <span aria-hidden className="absolute -left-[1.4rem] top-1.5 h-3 w-3 rounded-full bg-brand-600" />
              <p className="font-semibold">
                {EVENT_TYPES[e.type]}
                <time dateTime={e.occurredAt.toISOString()} className="ml-2 font-normal text-slate-600">{formatDateTime(e.occurredAt)}</time>
              </p>
              <p className="text-sm text-slate-700">
                {e.place}
                {e.actor !== e.place && ` · ${e.actor}`}
                {e.note && ` · ${e.note}`}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <div className="contents" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: SCAN_SLOTS.count }} />
      <p className="text-sm text-slate-600">
        <a href={`/api/trace/epcis/${batch.traceCode}`} className="underline">下载 EPCIS 2.0 追溯数据</a> · <a href="/trace" className="underline">查询其他追溯码</a>
      </p>
    </div>
  );
}
