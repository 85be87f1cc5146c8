import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { TraceForm } from "@/components/trace/trace-form";
import { PRODUCER_KINDS } from "@/components/trace/trace-labels";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getProducerRecord } from "@/lib/trace/list-trace-records";
import { RecordHistory } from "@/components/trace/record-history";
import { can } from "@/lib/auth/actor";
import { listRecordHistory } from "@/lib/trace/list-record-history";
import { createProductAction } from "../../actions";

export const metadata = { title: "生产主体" };

export default async function ProducerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { actor, allowed } = await requirePagePermission("trace.read");
  if (!allowed) return <Forbidden />;
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const producer = await getProducerRecord({ actor, producerId: id }).catch((e) => (isAppError(e, "NOT_FOUND") ? null : Promise.reject(e)));
  if (!producer) return <p className="rounded bg-white p-6">未找到该生产主体。</p>;
  const history = await listRecordHistory({ actor, targetType: "Producer", targetId: producer.id });
  const canWrite = can(actor, "trace.write");
  return (
    <div className="space-y-6">
      <div className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <p className="mb-2 text-sm">
          <Link href="/officer/trace" className="text-brand-600 underline">‹ 返回农产品追溯</Link>
        </p>
        {saved === "created" && <p role="status" className="mb-3 rounded border-l-4 border-green-700 bg-green-50 p-3">已登记生产主体 {producer.name}。下一步：在下方新增产品。</p>}
        <h1 className="text-2xl font-bold text-brand-700">{producer.name}</h1>
        <p className="text-slate-700">
          {PRODUCER_KINDS[producer.kind]} · {producer.town}
          {producer.village} {producer.contactName && `· 联系人 ${producer.contactName}`} {producer.phone && `· ${producer.phone}`}
        </p>
        {producer.creditCode && <p className="text-sm text-slate-700">统一社会信用代码：<span className="font-mono">{producer.creditCode}</span></p>}
        {producer.commitment && <p className="mt-2 text-sm text-slate-700">承诺：{producer.commitment}</p>}
        {canWrite && (
          <p className="mt-3">
            <Link href={`/officer/trace/producers/${producer.id}/edit`} className="font-semibold text-brand-600 underline">修改生产主体信息</Link>
          </p>
        )}
        <h2 className="mt-4 text-lg font-bold">产品</h2>
        {producer.products.length === 0 && <p className="text-slate-700">还没有产品，请在下方“新增产品”中登记。</p>}
        <ul className="list-disc pl-6">
          {producer.products.map((p) => (
            <li key={p.id}>
              <Link href={`/officer/trace/products/${p.id}`} className="text-brand-700 underline">
                {p.name}
              </Link>{" "}
              <span className="text-sm text-slate-600">{p.gtin ?? "无商品条码"}</span>
            </li>
          ))}
        </ul>
      </div>
      {canWrite && (
      <section className="max-w-2xl rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-3 text-lg font-bold">新增产品</h2>
        <TraceForm
          action={createProductAction}
          hidden={{ producerId: producer.id }}
          submitLabel="保存产品"
          fields={[
            { name: "name", label: "产品名称", hint: "例如 清溪脐橙" },
            { name: "category", label: "品类", hint: "例如 水果、蔬菜、茶叶" },
            { name: "gtin", label: "商品条码（GTIN）", optional: true, hint: "8、12、13或14位数字；没有可不填，系统用追溯码" },
          ]}
        />
      </section>
      )}
      <RecordHistory entries={history} />
    </div>
  );
}
