// A withdrawn product (GS1 resolver: 410 Gone): what was withdrawn, when and why, inside the
// portal's layout (the resolver renders it through the trace shell page), never a bare page.
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { siteConfig } from "@/lib/site";

export function WithdrawnProductPanel({ product }: { product: { name: string; gtin: string; deactivationReason: string | null; deactivatedAt: Date | null; producer: { name: string } } }) {
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div role="alert" className="rounded-md bg-accent-600 p-4 text-white">
        <h1 className="text-2xl font-bold">该产品已撤回，停止销售</h1>
        <p className="mt-1 text-lg">
          {product.name}（{product.producer.name}）已于{formatDate(product.deactivatedAt)}撤回。
        </p>
        {product.deactivationReason && <p className="mt-1">原因：{product.deactivationReason}</p>}
      </div>
      <div className="rounded-md border border-slate-200 bg-white p-5">
        <p>商品条码 <span className="font-mono">{product.gtin}</span>。已购买的请停止食用，可拨打{siteConfig().hotline}热线或向购买地的市场监管部门反映。</p>
        <p className="mt-3 flex flex-wrap gap-4">
          <Link href={`/trace/product/${product.gtin}`} className="text-brand-600 underline">查看产品信息</Link>
          <Link href="/trace" className="text-brand-600 underline">查询其他追溯码</Link>
        </p>
      </div>
    </div>
  );
}
