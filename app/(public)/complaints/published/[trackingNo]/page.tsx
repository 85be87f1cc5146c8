// GET /complaints/published/[trackingNo]: one published case, masked (lib/complaints/mask-pii.ts).
import Link from "next/link";
import { NOT_FOUND_METADATA, NotFoundPanel } from "@/components/layout/not-found-panel";
import { getPublishedCase } from "@/lib/complaints/list-published-cases";
import { formatDate } from "@/lib/format";
import { publicPageMetadata } from "@/lib/page-metadata";

const SATISFACTION = ["非常不满意", "不满意", "一般", "满意", "非常满意"];

export async function generateMetadata({ params }: PageProps<"/complaints/published/[trackingNo]">) {
  const c = await getPublishedCase({ trackingNo: (await params).trackingNo });
  return c ? publicPageMetadata({ path: `/complaints/published/${c.trackingNo}`, title: c.title, type: "article" }) : NOT_FOUND_METADATA;
}

export default async function PublishedCasePage({ params }: PageProps<"/complaints/published/[trackingNo]">) {
  const c = await getPublishedCase({ trackingNo: (await params).trackingNo });
  if (!c) {
    return (
      <NotFoundPanel title="未找到该公开案例">
        <p className="mt-3">该案例不存在或尚未公开。</p>
        <p className="mt-3"><Link href="/complaints/published" className="text-brand-600 underline">查看全部办理结果</Link></p>
      </NotFoundPanel>
    );
  }
  return (
    <article className="mx-auto max-w-3xl rounded border border-slate-200 bg-white p-5">
      <p className="text-sm"><Link href="/complaints/published" className="text-brand-600 underline">办理结果公开</Link> ›</p>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">{c.title}</h1>
      <dl className="mt-4 grid grid-cols-2 gap-3 rounded bg-slate-50 p-3 text-sm sm:grid-cols-4">
        <div><dt className="text-slate-600">受理编号</dt><dd className="font-mono">{c.trackingNo}</dd></div>
        <div><dt className="text-slate-600">类别</dt><dd>{c.categoryName}</dd></div>
        <div><dt className="text-slate-600">办理部门</dt><dd>{c.departmentName}</dd></div>
        <div><dt className="text-slate-600">反映人</dt><dd>{c.citizen}</dd></div>
        <div><dt className="text-slate-600">提交日期</dt><dd>{formatDate(c.createdAt)}</dd></div>
        <div><dt className="text-slate-600">办结日期</dt><dd>{c.resolvedAt ? formatDate(c.resolvedAt) : "—"}</dd></div>
        <div><dt className="text-slate-600">群众评价</dt><dd>{c.satisfaction ? `${SATISFACTION[c.satisfaction - 1]}（${c.satisfaction}分）` : "未评价"}</dd></div>
      </dl>
      <div className="mt-5 whitespace-pre-wrap break-words text-lg leading-8">{c.text}</div>
      <p className="mt-6 text-sm text-slate-600">本页已遮盖姓名、电话、身份证号和门牌号等个人信息。</p>
    </article>
  );
}
