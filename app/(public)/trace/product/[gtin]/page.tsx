import type { Metadata } from "next";
import Link from "next/link";
import { NOT_FOUND_METADATA } from "@/components/layout/not-found-panel";
import { UnknownCodePanel } from "@/components/trace/unknown-code-panel";
import { formatDate } from "@/lib/format";
import { getProductView } from "@/lib/trace/batch-view";
import { parseScannedCode } from "@/lib/trace/parse-scanned-code";

async function load(gtin: string) {
  const parsed = parseScannedCode(gtin);
  return parsed.kind === "digitalLink" ? getProductView(parsed.link.gtin) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ gtin: string }> }): Promise<Metadata> {
  const product = await load((await params).gtin);
  return product ? { title: `${product.name} · 产品信息`, robots: { index: false, follow: true } } : NOT_FOUND_METADATA;
}

export default async function ProductTracePage({ params, searchParams }: { params: Promise<{ gtin: string }>; searchParams: Promise<{ lot?: string }> }) {
  const [{ gtin }, { lot }] = await Promise.all([params, searchParams]);
  const product = await load(gtin);
  if (!product) return <UnknownCodePanel code={gtin} />;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      {!product.isActive && (
        <div role="alert" className="rounded-md bg-accent-600 p-4 text-white">
          <p className="text-xl font-bold">该产品已撤回，停止销售</p>
          <p className="mt-1">原因：{product.deactivationReason}（{formatDate(product.deactivatedAt)}）</p>
        </div>
      )}
      {lot && product.isActive && (
        <p role="status" className="rounded border-l-4 border-amber-500 bg-amber-50 p-3">
          没有找到批次 <span className="font-mono font-semibold">{lot}</span> 的记录，下面是该产品的基本信息。请核对标签上的批次号，或输入12位追溯码查询。
        </p>
      )}
      <section className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <p className="text-sm text-slate-600">{product.category} · 商品条码 {product.gtin}</p>
        <h1 className="text-2xl font-bold text-brand-700">{product.name}</h1>
        <p className="mt-1 text-lg">
          {product.producer.name}（{product.producer.town}
          {product.producer.village}）
        </p>
        {product.producer.commitment && <p className="mt-3 border-l-4 border-brand-600 bg-brand-50 p-3">{product.producer.commitment}</p>}
        {product.batches.length > 0 && product.isActive && (
          <>
            <h2 className="mt-4 font-bold">最近的批次</h2>
            <ul className="mt-1 list-disc pl-6">
              {product.batches.map((b) => (
                <li key={b.traceCode}>
                  <Link href={`/trace/${b.traceCode}`} className="text-brand-700 underline">
                    批次 {b.lot}
                  </Link>
                  {b.packedAt && <span className="text-sm text-slate-600"> · 包装于 {formatDate(b.packedAt)}</span>}
                  {b.status === "RECALLED" && <span className="ml-1 font-semibold text-accent-700">已召回</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <p>
        <Link href="/trace" className="text-brand-600 underline">查询其他追溯码</Link>
      </p>
    </div>
  );
}
