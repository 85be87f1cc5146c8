import Link from "next/link";

export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="分页" className="mt-6 flex items-center justify-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="rounded border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100">
          上一页
        </Link>
      ) : null}
      <span>
        第 {page} / {pageCount} 页
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="rounded border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100">
          下一页
        </Link>
      ) : null}
    </nav>
  );
}
