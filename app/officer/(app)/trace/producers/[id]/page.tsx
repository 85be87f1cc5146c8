import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { TraceForm } from "@/components/trace/trace-form";
import { PRODUCER_KINDS } from "@/components/trace/trace-labels";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getProducerRecord } from "@/lib/trace/list-trace-records";
import { createProductAction } from "../../actions";

export const metadata = { title: "生产主体" };

export default async function ProducerPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, allowed } = await requirePagePermission("trace.read");
  if (!allowed) return <Forbidden />;
  const { id } = await params;
  const producer = await getProducerRecord({ actor, producerId: id }).catch((e) => (isAppError(e, "NOT_FOUND") ? null : Promise.reject(e)));
  if (!producer) return <p className="rounded bg-white p-6">未找到该生产主体。</p>;
  return (
    <div className="space-y-6">
      <div className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <p className="mb-2 text-sm">
          <Link href="/officer/trace" className="text-brand-600 underline">‹ 返回农产品追溯</Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-700">{producer.name}</h1>
        <p className="text-slate-700">
          {PRODUCER_KINDS[producer.kind]} · {producer.town}
          {producer.village} {producer.contactName && `· 联系人 ${producer.contactName}`} {producer.phone && `· ${producer.phone}`}
        </p>
        {producer.commitment && <p className="mt-2 text-sm text-slate-700">承诺：{producer.commitment}</p>}
        <h2 className="mt-4 text-lg font-bold">产品</h2>
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
    </div>
  );
}
