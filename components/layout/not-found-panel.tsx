import Link from "next/link";

/**
 * The "not found" message. Pages render it themselves when a record is missing instead of calling
 * notFound(): in a Next 16 production build notFound() from a page sends an empty <body> whose
 * content only appears through JavaScript (vercel/next.js#98954), and our public pages must work
 * without it. Such pages also set `robots: noindex` in their metadata.
 */
export function NotFoundPanel({ title = "未找到该页面", children }: { title?: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white p-8">
      <h1 className="text-2xl font-bold">{title}</h1>
      {children ?? <p className="mt-3">您访问的页面不存在，可能已被撤回或地址有误。请检查网址，或从首页重新进入。</p>}
      <p className="mt-3">
        <Link href="/" className="text-brand-600 underline">返回首页</Link>
      </p>
    </div>
  );
}

export const NOT_FOUND_METADATA = { title: "未找到该页面", robots: { index: false, follow: false } } as const;
