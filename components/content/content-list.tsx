import Link from "next/link";
import { formatDate, isoDate } from "@/lib/format";

export interface ContentListItem {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  docNumber: string | null;
  publishedAt: Date | null;
  department: { name: string } | null;
}

export function ContentList({ items, basePath, empty = "暂无内容" }: { items: ContentListItem[]; basePath: string; empty?: string }) {
  if (items.length === 0) return <p className="py-6 text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {items.map((item) => (
        <li key={item.id} className="py-3">
          <Link href={`${basePath}/${item.slug}`} className="text-[1.05rem] font-semibold text-brand-700 hover:underline">
            {item.title}
          </Link>
          {item.summary && <p className="mt-1 line-clamp-2 text-sm text-slate-600">{item.summary}</p>}
          <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-500">
            {item.docNumber && <span>{item.docNumber}</span>}
            {item.department && <span>{item.department.name}</span>}
            {item.publishedAt && <time dateTime={isoDate(item.publishedAt)}>{formatDate(item.publishedAt)}</time>}
          </p>
        </li>
      ))}
    </ul>
  );
}
