import Link from "next/link";

export function Forbidden() {
  return (
    <div role="alert" className="rounded-md border-l-4 border-accent-600 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-bold text-accent-700">无权访问</h1>
      <p className="mt-2">您的角色没有访问此页面的权限。如需开通，请联系系统管理员。</p>
      <p className="mt-3">
        <Link href="/officer" className="text-brand-600 underline">返回工作台</Link>
      </p>
    </div>
  );
}
