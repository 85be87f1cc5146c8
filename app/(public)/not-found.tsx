import Link from "next/link";

export default function NotFound() {
  return (
    <div className="rounded-md border border-slate-200 bg-white p-8">
      <h1 className="text-2xl font-bold">未找到该页面</h1>
      <p className="mt-3">您访问的页面不存在，可能已被撤回或地址有误。</p>
      <p className="mt-3">
        <Link href="/" className="text-brand-600 underline">返回首页</Link>
      </p>
    </div>
  );
}
