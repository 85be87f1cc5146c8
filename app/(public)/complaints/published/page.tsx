// GET /complaints/published: handled cases the citizen agreed to publish and an officer approved,
// masked; filters as a plain GET form, paginated.
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { listComplaintOptions, listPublishedCases } from "@/lib/complaints/list-published-cases";
import { formatDate } from "@/lib/format";
import { publicPageMetadata } from "@/lib/page-metadata";

export async function generateMetadata() {
  return publicPageMetadata({ path: "/complaints/published", title: "办理结果公开", description: "群众投诉的办理结果公开（已隐去个人信息）。" });
}

const SATISFACTION = ["非常不满意", "不满意", "一般", "满意", "非常满意"];

export default async function PublishedCasesPage({ searchParams }: PageProps<"/complaints/published">) {
  const raw = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" && v !== "" ? v : undefined);
  const [result, options] = await Promise.all([
    listPublishedCases({ filters: { categoryId: one(raw.categoryId), departmentId: one(raw.departmentId), month: one(raw.month), page: one(raw.page) } }),
    listComplaintOptions(),
  ]);
  const { filters } = result;
  const href = (page: number) => {
    const q = new URLSearchParams();
    if (filters.categoryId) q.set("categoryId", filters.categoryId);
    if (filters.departmentId) q.set("departmentId", filters.departmentId);
    if (filters.month) q.set("month", filters.month);
    if (page > 1) q.set("page", String(page));
    const s = q.toString();
    return `/complaints/published${s ? `?${s}` : ""}`;
  };
  const selectClass = "mt-1 block w-full rounded border-2 border-slate-500 bg-white px-3 py-3";
  return (
    <div>
      <h1 className="text-3xl font-bold">办理结果公开</h1>
      <p className="mt-2 text-lg">经群众同意并经审核后公开的已办结诉求。姓名、电话、身份证号和门牌号已遮盖。</p>

      <form method="get" action="/complaints/published" className="mt-6 grid gap-4 rounded border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
        <div>
          <label htmlFor="filter-category" className="font-semibold">类别</label>
          <select id="filter-category" name="categoryId" defaultValue={filters.categoryId ?? ""} className={selectClass}>
            <option value="">全部类别</option>
            {options.categories.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-department" className="font-semibold">办理部门</label>
          <select id="filter-department" name="departmentId" defaultValue={filters.departmentId ?? ""} className={selectClass}>
            <option value="">全部部门</option>
            {options.departments.map((d) => (
              <option key={d.id} value={d.id}>{d.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-month" className="font-semibold">提交月份</label>
          <input id="filter-month" name="month" type="month" defaultValue={filters.month ?? ""} className={selectClass} />
        </div>
        <div className="flex gap-2">
          <button type="submit" className="min-h-12 flex-1 rounded bg-brand-600 px-5 py-3 font-bold text-white hover:bg-brand-700">筛选</button>
          <Link href="/complaints/published" className="min-h-12 rounded border-2 border-slate-500 px-4 py-3 text-center font-semibold">清除</Link>
        </div>
      </form>

      <p className="mt-4 text-slate-600" role="status">共 {result.total} 条</p>
      {result.items.length === 0 ? (
        <p className="mt-4 rounded bg-white p-6 text-center text-lg">没有符合条件的公开案例。</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {result.items.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="text-xl font-bold">
                <Link href={`/complaints/published/${c.trackingNo}`} className="text-brand-700 hover:underline">{c.title}</Link>
              </h2>
              <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-600">
                <span>{c.categoryName}</span>
                <span>{c.departmentName}</span>
                <span>{formatDate(c.createdAt)}提交</span>
                {c.resolvedAt && <span>{formatDate(c.resolvedAt)}办结</span>}
                {c.satisfaction && <span className="font-semibold text-green-800">群众评价：{SATISFACTION[c.satisfaction - 1]}</span>}
              </p>
              <p className="mt-2 line-clamp-3 whitespace-pre-wrap break-words">{c.text}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} href={href} />
    </div>
  );
}
