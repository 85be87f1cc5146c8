import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { PRODUCER_KINDS } from "@/components/trace/trace-labels";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listProducers, listRecentBatches } from "@/lib/trace/list-trace-records";

export const metadata = { title: "农产品追溯" };

export default async function TraceHomePage() {
  const { actor, allowed } = await requirePagePermission("trace.read");
  if (!allowed) return <Forbidden />;
  const [producers, batches] = await Promise.all([listProducers({ actor }), listRecentBatches({ actor })]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold text-brand-700">农产品追溯</h1>
          <p className="text-sm text-slate-600">生产主体 → 产品 → 批次 → 采收、检测、包装、运输记录和证书。</p>
        </div>
        <Link href="/officer/trace/producers/new" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          新增生产主体
        </Link>
      </div>
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="mb-2 text-lg font-bold">生产主体和产品</h2>
        <ul className="divide-y divide-slate-100">
          {producers.map((p) => (
            <li key={p.id} className="py-2">
              <Link href={`/officer/trace/producers/${p.id}`} className="font-semibold text-brand-700 underline">
                {p.name}
              </Link>
              <span className="ml-2 text-sm text-slate-600">
                {PRODUCER_KINDS[p.kind]} · {p.town}
                {p.village}
              </span>
              <ul className="ml-4 mt-1 text-sm">
                {p.products.map((product) => (
                  <li key={product.id}>
                    <Link href={`/officer/trace/products/${product.id}`} className="text-brand-700 underline">
                      {product.name}
                    </Link>{" "}
                    <span className="text-slate-600">
                      {product.gtin ? `GTIN ${product.gtin}` : "无商品条码"} · {product._count.batches} 个批次{product.isActive ? "" : " · 已停用"}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="mb-2 text-lg font-bold">最近的批次</h2>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">产品</th>
                <th scope="col" className="px-3 py-2">批次号</th>
                <th scope="col" className="px-3 py-2">追溯码</th>
                <th scope="col" className="px-3 py-2">采收</th>
                <th scope="col" className="px-3 py-2">状态</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {batches.map((b) => (
                <tr key={b.id}>
                  <td className="px-3 py-2">{b.product.name}</td>
                  <td className="px-3 py-2">
                    <Link href={`/officer/trace/batches/${b.id}`} className="font-semibold text-brand-700 underline">
                      {b.lot}
                    </Link>
                  </td>
                  <td className="px-3 py-2 font-mono">{b.traceCode}</td>
                  <td className="px-3 py-2">{formatDate(b.harvestStart)}</td>
                  <td className="px-3 py-2">{b.status === "RECALLED" ? <span className="font-semibold text-accent-700">已召回</span> : "正常"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
