// The page for a code we cannot find or cannot read: what to check and what to do next.
import Link from "next/link";
import { siteConfig } from "@/lib/site";

export function UnknownCodePanel({ code, reason }: { code: string; reason?: string }) {
  return (
    <div className="mx-auto max-w-2xl rounded-md border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{reason ? "追溯码格式不对" : "没有找到该追溯码"}</h1>
      <p className="mt-3">
        您查询的是 <span className="break-all font-mono font-semibold">{code}</span>。{reason}
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li>追溯码是标签条码下方的12位数字，请逐位核对，注意不要把 0 和 8、1 和 7 看错。</li>
        <li>如果是扫码打开的，请确认扫描的是本县农产品追溯标签上的二维码。</li>
        <li>数字无误仍查不到，说明该产品未在本县追溯系统登记，请谨慎购买，可拨打{siteConfig().hotline}反映。</li>
      </ul>
      <p className="mt-4">
        <Link href="/trace" className="font-semibold text-brand-600 underline">重新查询</Link>
      </p>
    </div>
  );
}
