import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { TraceForm } from "@/components/trace/trace-form";
import { COMMITMENT_BASES, options } from "@/components/trace/trace-labels";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { getProductRecord } from "@/lib/trace/list-trace-records";
import { RecordHistory } from "@/components/trace/record-history";
import { can } from "@/lib/auth/actor";
import { listRecordHistory } from "@/lib/trace/list-record-history";
import { createBatchAction, deactivateProductAction, editProductAction } from "../../actions";

export const metadata = { title: "产品" };

export default async function ProductPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { actor, allowed } = await requirePagePermission("trace.read");
  if (!allowed) return <Forbidden />;
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const product = await getProductRecord({ actor, productId: id }).catch((e) => (isAppError(e, "NOT_FOUND") ? null : Promise.reject(e)));
  if (!product) return <p className="rounded bg-white p-6">未找到该产品。</p>;
  const history = await listRecordHistory({ actor, targetType: "Product", targetId: product.id });
  return (
    <div className="space-y-6">
      <div className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <p className="mb-2 text-sm">
          <Link href={`/officer/trace/producers/${product.producerId}`} className="text-brand-600 underline">‹ {product.producer.name}</Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-700">{product.name}</h1>
        <p className="text-slate-700">
          {product.category} · {product.gtin ? `商品条码 ${product.gtin}` : "无商品条码"}
        </p>
        {saved === "deactivated" && <p role="status" className="mt-3 rounded border-l-4 border-green-700 bg-green-50 p-3">已停用该产品，其二维码网址将答复“已撤回”（410）。</p>}
        {!product.isActive && (
          <p className="mt-3 rounded border-l-4 border-accent-600 bg-red-50 p-3 text-accent-700">
            已停用：{product.deactivationReason}（{formatDate(product.deactivatedAt)}）
          </p>
        )}
        <h2 className="mt-4 text-lg font-bold">批次</h2>
        <ul className="list-disc pl-6">
          {product.batches.map((b) => (
            <li key={b.id}>
              <Link href={`/officer/trace/batches/${b.id}`} className="text-brand-700 underline">
                {b.lot}
              </Link>{" "}
              <span className="font-mono text-sm">{b.traceCode}</span> {b.status === "RECALLED" && <span className="font-semibold text-accent-700">已召回</span>}
            </li>
          ))}
        </ul>
      </div>
      {product.isActive && (
        <section className="max-w-2xl rounded-md border border-slate-200 bg-white p-5 shadow-sm">
          <h2 className="mb-3 text-lg font-bold">新增批次</h2>
          <TraceForm
            action={createBatchAction}
            hidden={{ productId: product.id }}
            submitLabel="保存批次并生成追溯码"
            fields={[
              { name: "lot", label: "批次号", hint: "最多20位字母、数字或 - . /，例如 QX2611A" },
              { name: "harvestStart", label: "采收日期", type: "date" },
              { name: "harvestEnd", label: "采收结束日期", type: "date", optional: true, hint: "分几天采收时填写" },
              { name: "packedAt", label: "包装日期", type: "date", optional: true },
              { name: "expiresAt", label: "保质期至", type: "date", optional: true },
              { name: "quantity", label: "数量", optional: true },
              { name: "unit", label: "单位", optional: true, hint: "例如 千克、箱" },
              { name: "originPlace", label: "产地", hint: "具体到村组或基地" },
              { name: "commitmentBasis", label: "承诺达标合格证的依据", type: "select", options: options(COMMITMENT_BASES) },
            ]}
          />
        </section>
      )}
      {product.isActive && (
        <section className="max-w-2xl rounded-md border border-slate-200 bg-white p-5 shadow-sm">
          <h2 className="mb-3 text-lg font-bold">停用产品</h2>
          <p className="mb-3 text-sm text-slate-700">停用后不能再新增批次，扫描该产品二维码会显示“已撤回”。</p>
          <TraceForm action={deactivateProductAction} hidden={{ productId: product.id }} submitLabel="停用该产品" tone="danger" fields={[{ name: "reason", label: "停用原因" }]} />
        </section>
      )}
      {can(actor, "trace.write") && (
        <section className="max-w-2xl rounded-md border border-slate-200 bg-white p-5 shadow-sm">
          <h2 className="mb-3 text-lg font-bold">修改产品信息</h2>
          <p className="mb-3 text-sm text-slate-600">商品条码印在标签和二维码中：登记有误时，在消费者扫描之前可以更正；扫描过之后不能再改。</p>
          <TraceForm
            action={editProductAction}
            hidden={{ productId: product.id, expectedVersion: String(product.version) }}
            submitLabel="保存修改"
            fields={[
              { name: "name", label: "产品名称", defaultValue: product.name },
              { name: "category", label: "品类", defaultValue: product.category },
              { name: "gtin", label: "商品条码（GTIN）", optional: true, defaultValue: product.gtin ?? "", hint: "8、12、13或14位数字；没有可不填" },
            ]}
          />
        </section>
      )}
      <RecordHistory entries={history} />
    </div>
  );
}
