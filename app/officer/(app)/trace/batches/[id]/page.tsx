import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { TraceForm } from "@/components/trace/trace-form";
import { CERTIFICATE_TYPES, COMMITMENT_BASES, EVENT_TYPES, options } from "@/components/trace/trace-labels";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/format";
import { getBatchLabel } from "@/lib/trace/get-batch-label";
import { getBatchRecord } from "@/lib/trace/list-trace-records";
import { LABEL_SIZES, labelSvg } from "@/lib/trace/render-label";
import { RecordHistory } from "@/components/trace/record-history";
import { isoDate } from "@/lib/format";
import { listRecordHistory } from "@/lib/trace/list-record-history";
import { addCertificateAction, editBatchAction, liftRecallAction, recallBatchAction, recordEventAction, recordInspectionAction } from "../../actions";

export const metadata = { title: "批次" };

const card = "rounded-md border border-slate-200 bg-white p-5 shadow-sm";

export default async function BatchPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { actor, allowed } = await requirePagePermission("trace.read");
  if (!allowed) return <Forbidden />;
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const batch = await getBatchRecord({ actor, batchId: id }).catch((e) => (isAppError(e, "NOT_FOUND") ? null : Promise.reject(e)));
  if (!batch) return <p className="rounded bg-white p-6">未找到该批次。</p>;
  const label = await getBatchLabel({ actor, batchId: batch.id });
  const canWrite = can(actor, "trace.write");
  const isRecalled = batch.status === "RECALLED";
  const history = await listRecordHistory({ actor, targetType: "Batch", targetId: batch.id });
  const hidden = { batchId: batch.id };
  const day = (d: Date | null) => (d ? isoDate(d) : "");
  return (
    <div className="space-y-6">
      <div className={card}>
        <p className="mb-2 text-sm">
          <Link href={`/officer/trace/products/${batch.productId}`} className="text-brand-600 underline">‹ {batch.product.name}</Link>
        </p>
        {saved === "created" && <p role="status" className="mb-3 rounded border-l-4 border-green-700 bg-green-50 p-3">已保存批次，追溯码 {batch.traceCode}。</p>}
        {saved === "recalled" && <p role="status" className="mb-3 rounded border-l-4 border-green-700 bg-green-50 p-3">已召回该批次，消费者查询页面已显示召回提示。</p>}
        {saved === "lifted" && <p role="status" className="mb-3 rounded border-l-4 border-green-700 bg-green-50 p-3">已解除召回，消费者查询页面不再显示召回提示；召回和解除的经过记在“修改记录”中。</p>}
        <h1 className="text-2xl font-bold text-brand-700">
          {batch.product.name} · 批次 {batch.lot}
        </h1>
        {batch.status === "RECALLED" && (
          <p className="mt-2 rounded border-l-4 border-accent-600 bg-red-50 p-3 font-semibold text-accent-700">
            已召回（{formatDateTime(batch.recalledAt)}）：{batch.recallReason}
          </p>
        )}
        <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2">
          <div><dt className="inline text-slate-600">追溯码：</dt><dd className="inline font-mono font-semibold">{batch.traceCode}</dd></div>
          <div><dt className="inline text-slate-600">产地：</dt><dd className="inline">{batch.originPlace}</dd></div>
          <div><dt className="inline text-slate-600">采收：</dt><dd className="inline">{formatDate(batch.harvestStart)}{batch.harvestEnd && batch.harvestEnd.getTime() !== batch.harvestStart?.getTime() ? ` 至 ${formatDate(batch.harvestEnd)}` : ""}</dd></div>
          <div><dt className="inline text-slate-600">包装：</dt><dd className="inline">{formatDate(batch.packedAt) || "未填"}</dd></div>
          <div><dt className="inline text-slate-600">保质期至：</dt><dd className="inline">{formatDate(batch.expiresAt) || "未填"}</dd></div>
          <div><dt className="inline text-slate-600">数量：</dt><dd className="inline">{batch.quantity ? `${batch.quantity} ${batch.unit ?? ""}` : "未填"}</dd></div>
          <div><dt className="inline text-slate-600">查询次数：</dt><dd className="inline">{batch._count.scans}</dd></div>
        </dl>
        <p className="mt-3 text-sm">
          <Link href={`/trace/${batch.traceCode}`} className="text-brand-600 underline">查看消费者页面</Link>
          {" · "}
          <a href={`/api/trace/epcis/${batch.traceCode}`} className="text-brand-600 underline">导出 EPCIS 2.0 事件（JSON-LD）</a>
        </p>
      </div>

      <section className={card} aria-labelledby="labels-title">
        <h2 id="labels-title" className="mb-3 text-lg font-bold">标签</h2>
        <div className="max-w-sm border border-slate-300" role="img" aria-label={`标签预览：二维码和条码 ${batch.traceCode}`} dangerouslySetInnerHTML={{ __html: labelSvg(label, "70x37").replace(/width="70mm" height="37mm"/, 'width="100%"') }} />
        <p className="mt-2 break-all text-sm">
          二维码内容（GS1 数字链接）：<a href={label.digitalLink} className="font-mono text-brand-600 underline" data-testid="digital-link">{label.digitalLink}</a>
        </p>
        {isRecalled ? (
          <p className="mt-4 rounded border-l-4 border-accent-600 bg-red-50 p-3 font-semibold text-accent-700">该批次已召回，不能再打印标签。</p>
        ) : (
        <form action={`/officer/labels/${batch.id}`} method="get" className="mt-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="label-count" className="block font-semibold">张数</label>
            <input id="label-count" name="count" type="number" min={1} max={5000} defaultValue={24} className="mt-1 w-28 rounded border-2 border-slate-400 px-3 py-2" />
          </div>
          <div>
            <label htmlFor="label-size" className="block font-semibold">标签尺寸</label>
            <select id="label-size" name="size" defaultValue="70x37" className="mt-1 rounded border-2 border-slate-400 bg-white px-3 py-2">
              {Object.entries(LABEL_SIZES).map(([value, s]) => (
                <option key={value} value={value}>{s.label}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">打印标签（A4）</button>
        </form>
        )}
      </section>

      <section className={card}>
        <h2 className="mb-2 text-lg font-bold">记录</h2>
        <ol className="space-y-1">
          {batch.events.map((e) => (
            <li key={e.id}>
              <span className="font-semibold">{EVENT_TYPES[e.type]}</span> · {formatDateTime(e.occurredAt)} · {e.place} · {e.actor} {e.note && `· ${e.note}`}
            </li>
          ))}
        </ol>
        <h3 className="mt-4 font-bold">检测</h3>
        <ul>
          {batch.inspections.map((i) => (
            <li key={i.id}>
              {i.item}：<span className={i.result === "PASS" ? "font-semibold text-green-800" : "font-semibold text-accent-700"}>{i.result === "PASS" ? "合格" : "不合格"}</span> {i.value} · {i.agency} · {formatDateTime(i.inspectedAt)}
            </li>
          ))}
        </ul>
        <h3 className="mt-4 font-bold">证书</h3>
        <ul>
          {batch.certificates.map((c) => (
            <li key={c.id}>
              {CERTIFICATE_TYPES[c.type]} {c.number} {c.basis && `（${COMMITMENT_BASES[c.basis]}）`} {c.validUntil && `有效期至 ${formatDate(c.validUntil)}`}
            </li>
          ))}
        </ul>
      </section>

      {canWrite && isRecalled && (
        <section className={`${card} border-accent-600`}>
          <h2 className="mb-2 text-lg font-bold">该批次已召回</h2>
          <p className="mb-3">召回期间不能记录新的环节或检测结果，也不能打印标签。如召回有误或复检合格，可以解除召回，理由会记在修改记录中。</p>
          <TraceForm
            action={liftRecallAction}
            hidden={{ ...hidden, expectedVersion: String(batch.version) }}
            submitLabel="解除召回"
            tone="secondary"
            fields={[{ name: "reason", label: "解除召回的理由", type: "textarea", hint: "例如 复检合格，报告编号 JC-2611-09" }]}
          />
        </section>
      )}
      {canWrite && (
        <div className="grid gap-6 lg:grid-cols-2">
          {!isRecalled && (
          <section className={card}>
            <h2 className="mb-3 text-lg font-bold">记录检测结果</h2>
            <TraceForm
              action={recordInspectionAction}
              hidden={hidden}
              submitLabel="保存检测结果"
              fields={[
                { name: "item", label: "检测项目", defaultValue: "农药残留" },
                { name: "result", label: "结论", type: "select", options: [{ value: "PASS", label: "合格" }, { value: "FAIL", label: "不合格" }] },
                { name: "value", label: "检测值", optional: true, hint: "例如 抑制率 < 50%" },
                { name: "agency", label: "检测机构" },
                { name: "reportNo", label: "报告编号", optional: true },
                { name: "inspectedAt", label: "检测时间", type: "datetime-local" },
              ]}
            />
          </section>
          )}
          {!isRecalled && (
          <section className={card}>
            <h2 className="mb-3 text-lg font-bold">记录流转环节</h2>
            <TraceForm
              action={recordEventAction}
              hidden={hidden}
              submitLabel="保存环节"
              fields={[
                { name: "type", label: "环节", type: "select", options: options(EVENT_TYPES).filter((o) => o.value !== "INSPECTING") },
                { name: "occurredAt", label: "时间", type: "datetime-local" },
                { name: "place", label: "地点" },
                { name: "actor", label: "经办单位或人员" },
                { name: "note", label: "说明", optional: true },
              ]}
            />
          </section>
          )}
          <section className={card}>
            <h2 className="mb-3 text-lg font-bold">修改批次信息</h2>
            <p className="mb-3 text-sm text-slate-600">批次号已印在标签和二维码中，不能在这里修改。</p>
            <TraceForm
              action={editBatchAction}
              hidden={{ ...hidden, expectedVersion: String(batch.version) }}
              submitLabel="保存修改"
              fields={[
                { name: "lot", label: "批次号", defaultValue: batch.lot, hint: "消费者扫描过该批次的二维码后不能再改" },
                { name: "harvestStart", label: "采收开始日期", type: "date", defaultValue: day(batch.harvestStart) },
                { name: "harvestEnd", label: "采收结束日期", type: "date", optional: true, defaultValue: day(batch.harvestEnd) },
                { name: "packedAt", label: "包装日期", type: "date", optional: true, defaultValue: day(batch.packedAt) },
                { name: "expiresAt", label: "保质期至", type: "date", optional: true, defaultValue: day(batch.expiresAt) },
                { name: "quantity", label: "数量", optional: true, defaultValue: batch.quantity ? String(batch.quantity) : "" },
                { name: "unit", label: "单位", optional: true, defaultValue: batch.unit ?? "" },
                { name: "originPlace", label: "产地", defaultValue: batch.originPlace },
              ]}
            />
          </section>
          <section className={card}>
            <h2 className="mb-3 text-lg font-bold">添加证书或标志</h2>
            <TraceForm
              action={addCertificateAction}
              hidden={hidden}
              submitLabel="保存证书"
              fields={[
                { name: "type", label: "类型", type: "select", options: options(CERTIFICATE_TYPES) },
                { name: "number", label: "证书编号" },
                { name: "basis", label: "承诺依据", type: "select", optional: true, options: options(COMMITMENT_BASES), hint: "承诺达标合格证必填" },
                { name: "issuer", label: "发证单位", optional: true },
                { name: "issuedAt", label: "发证日期", type: "date" },
                { name: "validUntil", label: "有效期至", type: "date", optional: true },
              ]}
            />
          </section>
          {batch.status === "ACTIVE" && (
            <section className={`${card} border-accent-600`}>
              <h2 className="mb-3 text-lg font-bold text-accent-700">召回该批次</h2>
              <p className="mb-3 text-sm">召回后，消费者扫码或输入追溯码会立即看到红色召回提示和原因。</p>
              <TraceForm
                action={recallBatchAction}
                hidden={{ ...hidden, expectedVersion: String(batch.version) }}
                submitLabel="确认召回"
                tone="danger"
                fields={[{ name: "reason", label: "召回原因", type: "textarea" }]}
              />
            </section>
          )}
        </div>
      )}
      <RecordHistory entries={history} />
    </div>
  );
}
